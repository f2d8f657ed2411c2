//! Whether the service worker keeps a page for reading offline: the page is in Cache Storage,
//! which the page can read as well as the worker. A browser adapter (call it from effects).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    /// `caches.match(url)`: a promise of the kept response, or of `undefined`. It throws where
    /// there is no Cache Storage (an insecure page).
    #[wasm_bindgen(catch, js_namespace = caches, js_name = match)]
    fn cache_match(url: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Whether the page at the site path `path` opens offline (the worker keeps pages under their
/// address without a trailing slash, as the site links to them).
#[cfg(target_arch = "wasm32")]
pub async fn is_kept(path: &str) -> bool {
    let Ok(promise) = cache_match(&crate::paths::href(path)) else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok_and(|response| !response.is_undefined())
}

/// Natively nothing is kept.
#[cfg(not(target_arch = "wasm32"))]
pub async fn is_kept(_path: &str) -> bool {
    false
}
