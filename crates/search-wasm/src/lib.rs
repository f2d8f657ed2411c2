//! The search page as the browser runs it, in its own wasm module: the app's bootstrap
//! imports it the first time a reader opens the search page (`hcSearchMount`), so readers who
//! never search never download it, and the app's own wasm carries no search code.
//!
//! The app pre-renders the page's frame (heading, form, status line, the help shown when
//! nothing matches); [`mount`] takes it over: it reads the query from the address, answers
//! each change of the field ([`page`]), fetches the index files a query needs ([`index`]) and
//! writes the results with plain DOM calls ([`render`], text only: never HTML).

mod dom;
mod fetch;
mod index;
mod page;
mod render;

use wasm_bindgen::prelude::*;

/// Runs the search page whose frame is `root` (the app's `<hc-search>`). The deployment's
/// sub-path is the one the pre-renderer wrote on `<body data-base>`, as the app reads it.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) -> Result<(), JsValue> {
    let base = dom::document().body().and_then(|body| body.get_attribute("data-base")).unwrap_or_default();
    page::Page::mount(root, base).map_err(|missing| JsValue::from_str(&format!("the search page has no {missing}")))
}
