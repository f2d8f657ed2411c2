//! Tells the service worker about each page the reader opens by a link inside the site, so it
//! keeps that page for reading offline (full page loads it sees for itself), or, offline,
//! shows the offline page in its place. Called by the app's one watcher of the address
//! (`components::layout::FocusOnNavigate`), which costs the wasm less than a watcher of its own.

use super::worker;

/// The address changed from `previous` (`None`: the page as loaded) to `current` (URL paths).
pub fn page_shown(previous: Option<&str>, current: &str) {
    if previous.is_some_and(|previous| previous != current) {
        worker::tell(&worker::read_message(&crate::paths::site_path(current)));
    }
}
