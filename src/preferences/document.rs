//! Applies reading preferences to the page: attributes on `<html>` that the stylesheets read.

use super::reading::ReadingPrefs;

/// Sets `data-text-size`, `data-spacing` and `data-theme` on `<html>` (browser only).
pub fn apply(prefs: ReadingPrefs) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
            return;
        };
        for (name, value) in prefs.document_attributes() {
            let _ = root.set_attribute(name, &value);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = prefs;
}
