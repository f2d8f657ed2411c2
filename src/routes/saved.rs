//! `/saved`: the items this reader saved in this browser, each card from its item's data file.

use leptos::prelude::*;

use crate::chunks::frame::PageFrame;
use crate::components::item_card::ItemCard;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::Page;
use crate::content::data::{ItemData, ItemSummary, SiteData, item_data_path};
use crate::content::loader::{LoadError, known_link};
use crate::content::site::SiteIndex;
use crate::content::use_data::use_data;
use crate::paths;
use crate::preferences::saved::SavedItems;
use crate::site::page_head::PageHead;

/// The page's heading (also its frame's while its code loads).
const HEADING: &str = "Saved";

/// What the Saved page shows while its code loads.
pub fn frame(site: &SiteData) -> PageFrame {
    let crumbs = vec![Crumb::new("Home", "/"), Crumb::new(HEADING, "/saved")];
    PageFrame { class: "page--saved", crumbs, heading: HEADING.into(), head: PageHead::saved(site) }
}

/// The saved-items page.
#[component]
pub fn SavedPage() -> impl IntoView {
    let site = SiteIndex::use_context();
    let saved = SavedItems::use_context();
    let cards = move || {
        let saved_paths = saved.paths();
        if saved_paths.is_empty() {
            view! {
                <p class="empty-state">"You have not saved anything yet. Use the "<strong>"Save article"</strong>
                " button on any article or slideshow, and it will be listed here."</p>
                <p><SiteLink to="/">"Browse the health centers"</SiteLink></p>
            }
            .into_any()
        } else {
            let cards = saved_paths
                .into_iter()
                .map(|path| {
                    // Says "Available offline" when the service worker keeps the page (the
                    // bootstrap defines it: it looks in Cache Storage; the wasm would cost more).
                    let page = paths::href(&path);
                    view! {
                        <li>
                            <SavedCard path=path/>
                            <hc-offline-mark data-page=page></hc-offline-mark>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="card-grid">{cards}</ul> }.into_any()
        }
    };
    view! {
        <PageMeta head=PageHead::saved(&site)/>
        <div class="page page--saved">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new(HEADING, "/saved")]/>
            <h1>{HEADING}</h1>
            <p class="lead">"Articles and slideshows you saved. They are kept in this browser only, not in an account, and those marked “Available offline” open without a connection."</p>
            // The cards' titles are `<h3>`s, as on a hub: a heading above them keeps the outline whole.
            <h2 class="visually-hidden">"Your saved items"</h2>
            {cards}
        </div>
    }
}

/// One saved item's card, once its data file is at hand; a short note while it loads, and
/// when it is gone from the site or could not be loaded.
#[component]
fn SavedCard(path: String) -> impl IntoView {
    let Some(Page::Item { center, slug }) = Page::parse(&path) else { return ().into_any() };
    let data = use_data::<ItemData>(item_data_path(&center, &slug));
    let saved = SavedItems::use_context();
    let title = known_link(&path).map_or_else(|| "A saved item".to_string(), |link| link.title);
    (move || match data.get() {
        Some(Ok(data)) => {
            let item = &data.item;
            let summary = ItemSummary {
                path: data.path(),
                kind: item.kind(),
                title: item.title.clone(),
                description: item.description.clone(),
                image: item.image.clone(),
            };
            view! { <ItemCard item=summary/> }.into_any()
        }
        None => view! { <p class="card card--note" role="status">"Loading…"</p> }.into_any(),
        Some(Err(LoadError::Status(404))) => {
            let path = path.clone();
            view! {
                <div class="card card--note">
                    <p>{format!("{title} is no longer on this site.")}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| saved.toggle(&path)>"Remove it"</button>
                </div>
            }
            .into_any()
        }
        Some(Err(error)) => view! {
            <div class="card card--note" role="alert">
                <p>{format!("{title} could not be loaded. {error}")}</p>
                <button type="button" class="button button--secondary" on:click=move |_| data.retry().run(())>"Try again"</button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}
