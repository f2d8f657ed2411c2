//! The application shell: routes, page frame and site-wide state.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::{FocusOnNavigate, SiteFooter, SiteHeader, SkipLink};
use crate::preferences::reading_state::ReadingState;
use crate::preferences::saved::{STORAGE_KEY as SAVED_KEY, SavedItems};
use crate::routes::{Home, Hub, ItemPage, NotFound, SavedPage};

/// The whole app: header, the routed page inside `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    let saved = SavedItems::from_storage();
    let reading = ReadingState::from_storage();
    provide_context(saved);
    provide_context(reading);
    // Another tab changed a preference or the saved list: take it up here too.
    Effect::new(move |_| {
        let listener = window_event_listener(leptos::ev::storage, move |event| match event.key() {
            Some(key) if key == SAVED_KEY => saved.reload(),
            Some(key) if key.starts_with("health-center.") => reading.reload(),
            _ => {}
        });
        on_cleanup(move || listener.remove());
    });
    view! {
        <Router>
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
