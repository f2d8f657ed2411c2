//! "Share": the device's share sheet where there is one, otherwise the page's link copied to
//! the clipboard, with a visible confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What sharing did, as the reader is told.
enum Outcome {
    /// The share sheet took it (or the reader closed it): nothing to say.
    Shared,
    /// The link is on the clipboard.
    Copied,
    /// Neither worked: the address is shown to copy by hand.
    Failed,
}

/// A button that shares the page titled `title`.
#[component]
pub fn ShareButton(title: String) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let share = move |_| {
        let title = title.clone();
        spawn_local(async move {
            let url = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
            message.set(match share_or_copy(&title, &url).await {
                Outcome::Shared => String::new(),
                Outcome::Copied => "Link copied. Paste it to share this page.".to_string(),
                Outcome::Failed => format!("Copy this address to share the page: {url}"),
            });
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button--secondary share__button" on:click=share>
                <span class="share__icon" aria-hidden="true"></span>"Share"
            </button>
            <span class="share__state" role="status">{move || message.get()}</span>
        </div>
    }
}

/// `navigator.share` where the browser has it; else `navigator.clipboard.writeText`. Called
/// through `Reflect`: neither API is in web-sys's stable set.
async fn share_or_copy(title: &str, url: &str) -> Outcome {
    let Some(window) = web_sys::window() else { return Outcome::Failed };
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    let method = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    if let Some(share) = method(&navigator, "share") {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            match JsFuture::from(js_sys::Promise::from(promise)).await {
                Ok(_) => return Outcome::Shared,
                // The reader closed the sheet: that is their answer, not a failure.
                Err(error) if js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).as_deref() == Some("AbortError") => {
                    return Outcome::Shared;
                }
                Err(_) => {}
            }
        }
    }
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(write) = method(&clipboard, "writeText")
        && let Ok(promise) = write.call1(&clipboard, &url.into())
        && JsFuture::from(js_sys::Promise::from(promise)).await.is_ok()
    {
        return Outcome::Copied;
    }
    Outcome::Failed
}
