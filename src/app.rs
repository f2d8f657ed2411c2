//! The application shell: routes, page frame and site-wide state.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::paths;
use crate::components::layout::{FocusOnNavigate, SiteFooter, SiteHeader, SkipLink};
use crate::preferences::reading_state::ReadingState;
use crate::preferences::saved::{STORAGE_KEY as SAVED_KEY, SavedItems};
use crate::routes::{Home, Hub, ItemPage, NotFound, SavedPage};

/// The whole app: header, the routed page inside `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    let saved = SavedItems::new();
    let reading = ReadingState::new();
    provide_context(saved);
    provide_context(reading);
    // In the browser only, after the pre-rendered page has been taken over: the reader's
    // stored choices, then whatever another tab changes later.
    Effect::new(move |_| {
        saved.reload();
        reading.reload();
        let listener = window_event_listener(leptos::ev::storage, move |event| match event.key() {
            Some(key) if key == SAVED_KEY => saved.reload(),
            Some(key) if key.starts_with("health-center.") => reading.reload(),
            _ => {}
        });
        on_cleanup(move || listener.remove());
    });
    view! {
        <Router base=paths::BASE>
            <SkipLink/>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/saved") view=SavedPage/>
                    <Route path=path!("/:center") view=Hub/>
                    <Route path=path!("/:center/:slug") view=ItemPage/>
                </Routes>
            </main>
            <SiteFooter/>
            <FocusOnNavigate/>
        </Router>
    }
}
