//! Applies reading preferences to the page: attributes on `<html>` that the stylesheets read.

use super::reading::ReadingPrefs;

/// Sets `data-text-size`, `data-spacing` and `data-theme` on `<html>` (browser only: call it
/// from an effect or an event handler).
pub fn apply(prefs: ReadingPrefs) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    for (name, value) in prefs.document_attributes() {
        let _ = root.set_attribute(name, &value);
    }
}
