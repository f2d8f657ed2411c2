//! "Share": the device's share sheet where there is one, otherwise the page's link copied to
//! the clipboard, with a visible confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
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

#[wasm_bindgen]
extern "C" {
    /// The parts of `navigator` used here, bound by hand: neither API is in web-sys's stable
    /// set, and typed bindings cost the wasm less than calls through `Reflect`.
    #[derive(Clone)]
    type Navigator;
    #[wasm_bindgen(thread_local_v2, js_namespace = globalThis, js_name = navigator)]
    static NAVIGATOR: Navigator;
    /// `navigator.share`, absent on most desktop browsers.
    #[wasm_bindgen(method, getter, js_name = share)]
    fn share_method(this: &Navigator) -> Option<js_sys::Function>;
    #[wasm_bindgen(method, catch)]
    fn share(this: &Navigator, data: &js_sys::Object) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn clipboard(this: &Navigator) -> Option<Clipboard>;

    type Clipboard;
    #[wasm_bindgen(method, catch, js_name = writeText)]
    fn write_text(this: &Clipboard, text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// `navigator.share` where the browser has it; else `navigator.clipboard.writeText`.
async fn share_or_copy(title: &str, url: &str) -> Outcome {
    let navigator = NAVIGATOR.with(Navigator::clone);
    if navigator.share_method().is_some() {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = navigator.share(&data) {
            match JsFuture::from(promise).await {
                Ok(_) => return Outcome::Shared,
                // The reader closed the sheet: that is their answer, not a failure.
                Err(error) if error.dyn_ref::<js_sys::Error>().is_some_and(|error| error.name() == "AbortError") => {
                    return Outcome::Shared;
                }
                Err(_) => {}
            }
        }
    }
    if let Some(clipboard) = navigator.clipboard()
        && let Ok(promise) = clipboard.write_text(url)
        && JsFuture::from(promise).await.is_ok()
    {
        return Outcome::Copied;
    }
    Outcome::Failed
}
