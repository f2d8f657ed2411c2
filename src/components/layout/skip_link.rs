//! "Skip to content": the first focusable element, moving focus into `<main>`.

use leptos::prelude::*;

/// A link, visible when focused, that moves keyboard focus to the page's `<main>`.
#[component]
pub fn SkipLink() -> impl IntoView {
    // Handled here instead of by following `#main`, so the router does not rewrite the URL.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main(true);
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a> }
}

/// Moves focus to the page's `<h1>` if it has one, otherwise to `<main>`, scrolling it into
/// view if `scroll` (after a navigation the page is already where it should be: at the top,
/// at a fragment, or back where the reader was). Browser only: call it from an event handler
/// or an effect.
pub fn focus_main(scroll: bool) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let target = document.query_selector("main h1").ok().flatten().or_else(|| document.get_element_by_id("main"));
    if let Some(element) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
}
