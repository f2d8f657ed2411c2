//! The application shell: routes, page frame and site-wide state.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::{FocusOnNavigate, SiteFooter, SiteHeader, SkipLink};
use crate::preferences::saved::SavedItems;
use crate::routes::{Home, Hub, ItemPage, NotFound, SavedPage};

/// The whole app: header, the routed page inside `<main>`, footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(SavedItems::from_storage());
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
