//! The app's messages to the service worker: the saved list whenever it is read or changed,
//! and each page shown after a client-side navigation (the worker sees full page loads
//! itself). A browser adapter: call it from effects and event handlers only.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    /// `navigator.serviceWorker.controller.postMessage(message)`: it throws when no worker
    /// controls the page (first visit until it installs, no support, storage blocked). One
    /// import, no types: the cheapest binding for the wasm.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "serviceWorker", "controller"], js_name = postMessage)]
    fn post_to_controller(message: &str) -> Result<(), JsValue>;
}

/// The message that hands the worker the saved list (`saved_json`, a JSON array of site paths).
pub fn saved_message(saved_json: &str) -> String {
    format!("{{\"saved\":{saved_json}}}")
}

/// The message that says the page at the site path `path` was read. Not escaped: the path of
/// a page is slugs and slashes, and the worker drops a message that is not JSON.
pub fn read_message(path: &str) -> String {
    format!("{{\"read\":\"{path}\"}}")
}

/// Sends `message` to the worker controlling this page; without one (or natively) there is
/// nobody to tell, and nothing to do.
pub fn tell(message: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = post_to_controller(message);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_json_the_worker_reads() {
        assert_eq!(saved_message(r#"["/a/b"]"#), r#"{"saved":["/a/b"]}"#);
        assert_eq!(read_message("/back-pain/sciatica"), r#"{"read":"/back-pain/sciatica"}"#);
    }
}
