//! The application shell: the page frame, site-wide state, and the page for the address, as
//! the site's one route table (`content::Page`) reads it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::boxed_effect::effect;
use crate::chunks::page::view_of;
use crate::components::layout::{FocusOnNavigate, SiteFooter, SiteHeader, SkipLink};
use crate::content::Page;
use crate::content::data::SiteData;
use crate::content::date::Date;
use crate::content::site::SiteIndex;
use crate::content::today::Today;
use crate::navigation::{self, Location};
use crate::paths;
use crate::preferences::reading_state::ReadingState;
use crate::preferences::saved::{STORAGE_KEY as SAVED_KEY, SavedItems};
use crate::routes::NotFound;

/// The whole app for the site `site` at the URL path `pathname`: header, the page for the
/// address inside `<main>`, footer. `today` is the build's date when pre-rendering; the
/// browser reads its own clock.
#[component]
pub fn App(site: Arc<SiteData>, pathname: String, #[prop(optional)] today: Option<Date>) -> impl IntoView {
    Today::provide(today);
    let location = Location::provide(pathname);
    let saved = SavedItems::new();
    let reading = ReadingState::new();
    provide_context(SiteIndex(site));
    provide_context(saved);
    provide_context(reading);
    // In the browser only, after the pre-rendered page has been taken over: the reader's
    // stored choices, then whatever another tab changes later.
    effect(move || {
        saved.reload();
        reading.reload();
        let listener = window_event_listener(leptos::ev::storage, move |event| match event.key() {
            Some(key) if key == SAVED_KEY => saved.reload(),
            Some(key) if key.starts_with("health-center.") => reading.reload(),
            // `localStorage.clear()` in another tab: an event with no key.
            None => {
                saved.reload();
                reading.reload();
            }
            Some(_) => {}
        });
        on_cleanup(move || listener.remove());
        navigation::history::listen(location);
    });
    view! {
        <SkipLink/>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <SitePage/>
        </main>
        <SiteFooter/>
        <FocusOnNavigate/>
    }
}

/// The page at the current address, as `Page::parse` reads it; "not found" when no page
/// can live there. (The site build also renders the offline page through here.)
#[component]
fn SitePage() -> impl IntoView {
    #[cfg(feature = "prerender")]
    let offline = crate::site::render::rendering_offline_page();
    let pathname = Location::use_context().pathname();
    let page = Memo::new(move |_| Page::parse(&paths::site_path(&pathname.get())));
    move || match page.get() {
        #[cfg(feature = "prerender")]
        _ if offline => view! { <crate::routes::OfflinePage/> }.into_any(),
        // As the page table says (routes/mod.rs): most pages' code is a chunk of its own.
        Some(page) => view_of(&page),
        None => view! { <NotFound/> }.into_any(),
    }
}
