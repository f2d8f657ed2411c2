//! The offline page, rendered by the site build into the service worker, which shows it
//! (static: the app does not start on it) when a page is not kept and the network fails. The
//! worker writes the pages that do open into `#offline-pages`; "Try again" is a link to the
//! address itself (an empty `href`), so it works without the app.

use leptos::prelude::*;

/// The element the worker fills with the list of kept pages, exactly as rendered.
pub const OFFLINE_PAGES_SLOT: &str = r#"<div id="offline-pages"></div>"#;

/// "You are offline", a way to try again, and room for the pages that open offline.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <div class="page page--offline">
            <h1>"You are offline"</h1>
            <p class="lead">"We could not reach the server, and this page is not kept in this browser for reading offline. Check your connection, then try again."</p>
            <p><a class="button" href="">"Try again"</a></p>
            <div id="offline-pages"></div>
        </div>
    }
}
