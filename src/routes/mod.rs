//! The app's page table, and one file per page: `/`, `/saved`, `/search`, `/about`, `/a-z`,
//! `/{center}`, `/{center}/{slug}`, "not found" and (rendered by the site build only) the
//! offline page.
//!
//! Which pages there are, their addresses and the data file each needs are stated once, in
//! `content::Page`; what the app shows for each, and the chunk its code comes in, once, in
//! [`page_code`] below, with each page's head in [`head_of`]. Everything else (the router, the chunk a deep link loads first, the
//! chunks a pre-rendered page lists, the frame shown while a chunk loads) is derived from
//! these two tables.

mod about;
mod home;
pub mod hub;
mod item;
mod not_found;
#[cfg(feature = "prerender")]
mod offline;
pub mod saved;
mod search;
pub mod topics;

pub use home::Home;
pub use hub::{Hub, HubContent};
pub use item::ItemPage;
pub use not_found::NotFound;
#[cfg(feature = "prerender")]
pub use offline::{OFFLINE_PAGES_SLOT, OfflinePage};
pub use saved::SavedPage;
pub use search::SearchPage;
pub use topics::TopicsPage;

use leptos::prelude::*;

use crate::chunks::chunk;
use crate::chunks::page::PageQuestion;
use crate::content::Page;
use crate::content::data::{PageData, SiteData};
use crate::site::page_head::PageHead;

chunk! {
    /// The home page's code.
    HomeCode = home_page(preload_home) fn home_view() => view! { <Home/> }.into_any();
    /// A hub's code.
    HubCode = hub_page(preload_hub) fn hub_view(center: String) => view! { <Hub center=center/> }.into_any();
    /// The Saved page's code.
    SavedCode = saved_page(preload_saved) fn saved_view() => view! { <SavedPage/> }.into_any();
    /// The A–Z's code.
    TopicsCode = topics_page(preload_topics) fn topics_view(page: u32) => view! { <TopicsPage page=page/> }.into_any();
    /// The About page's code.
    AboutCode = about_page(preload_about) fn about_view() => view! { <about::AboutPage/> }.into_any();
}

/// Each kind of page, with where its code is: in the main module with its view, or the
/// chunk (declared above) whose view it is, with what the view is made from and the frame
/// shown while the chunk loads. `question` says what is wanted of the row (see
/// `chunks::page`: the view, the chunk's name, loading the chunk).
pub fn page_code<Q: PageQuestion>(page: &Page, question: Q) -> Q::Answer {
    match page {
        Page::Home => question.chunk::<HomeCode>(page, (), home::frame),
        Page::Hub { center } => question.chunk::<HubCode>(page, (center.clone(),), |site| hub::frame(site, center)),
        Page::Saved => question.chunk::<SavedCode>(page, (), saved::frame),
        Page::Topics { page: number } => {
            question.chunk::<TopicsCode>(page, (*number,), |site| topics::frame(site, *number))
        }
        Page::Item { center, slug } => {
            question.main_module(|| view! { <ItemPage center=center.clone() slug=slug.clone()/> }.into_any())
        }
        Page::Search => question.main_module(|| view! { <SearchPage/> }.into_any()),
        Page::About => question.chunk::<AboutCode>(page, (), about::frame),
    }
}

/// The head of `page` with `data`, its data file's data (see `Page::data_file`): what the
/// site build writes into the page. `None` when a page that needs data has none.
pub fn head_of(page: &Page, site: &SiteData, data: Option<PageData>) -> Option<PageHead> {
    Some(match (page, data) {
        (Page::Home, _) => PageHead::home(site),
        (Page::Hub { .. }, Some(PageData::Center(data))) => PageHead::hub(site, data),
        (Page::Saved, _) => PageHead::saved(site),
        (Page::Topics { page }, _) => PageHead::topics(site, *page),
        (Page::Item { .. }, Some(PageData::Item(data))) => PageHead::item(site, data),
        (Page::Search, _) => PageHead::search(site, ""),
        (Page::About, _) => about::head(site),
        (Page::Hub { .. } | Page::Item { .. }, _) => return None,
    })
}
