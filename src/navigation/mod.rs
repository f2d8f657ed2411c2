//! Moving between the site's pages without reloading: the address the app shows
//! ([`Location`]), which link clicks the app follows itself ([`follow`]), and the browser's
//! history and scroll position ([`history`]).
//!
//! Our own small module rather than `leptos_router`: the site has one route table already
//! (`content::Page`), and the router's matching, nested routes and navigation futures cost
//! every reader about 38 KB of wasm (brotli) for a table we did not use.

pub mod follow;
pub mod history;

use leptos::prelude::*;

/// The URL path the app shows (with the deployment's base, such as `/health/back-pain`):
/// set from the browser's address at start, by links the app follows and by back/forward.
#[derive(Clone, Copy)]
pub struct Location {
    pathname: RwSignal<String>,
}

impl Location {
    /// Provides the location for the URL path `pathname` to the app below.
    pub fn provide(pathname: String) -> Location {
        let location = Location { pathname: RwSignal::new(pathname) };
        provide_context(location);
        location
    }

    /// The location the app provides.
    pub fn use_context() -> Location {
        expect_context::<Location>()
    }

    /// Reactive: the URL path shown.
    pub fn pathname(self) -> ReadSignal<String> {
        self.pathname.read_only()
    }

    /// Shows the page at the URL path `pathname` (the history entry is the caller's).
    pub fn set(self, pathname: String) {
        if self.pathname.get_untracked() != pathname {
            self.pathname.set(pathname);
        }
    }
}
