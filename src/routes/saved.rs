//! `/saved`: the items this reader saved in this browser.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::components::item_card::ItemCard;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::page_meta::PageMeta;
use crate::site::Page;
use crate::content::catalog::catalog;
use crate::preferences::saved::SavedItems;

/// The saved-items page.
#[component]
pub fn SavedPage() -> impl IntoView {
    let saved = SavedItems::use_context();
    let cards = move || {
        let cards: Vec<_> = saved
            .paths()
            .into_iter()
            .filter_map(|path| {
                let (center, item) = catalog().resolve(&path)?;
                Some(view! { <li><ItemCard item=item.clone() href=center.item_path(item)/></li> })
            })
            .collect();
        if cards.is_empty() {
            view! {
                <p class="empty-state">"You have not saved anything yet. Use the "<strong>"Save article"</strong>
                " button on any article or slideshow, and it will be listed here."</p>
                <p><SiteLink to="/">"Browse the health centers"</SiteLink></p>
            }
            .into_any()
        } else {
            view! { <ul class="card-grid">{cards}</ul> }.into_any()
        }
    };
    view! {
        <PageMeta page=Page::Saved/>
        <div class="page page--saved">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new("Saved", "/saved")]/>
            <h1>"Saved"</h1>
            <p class="lead">"Articles and slideshows you saved. They are kept in this browser only, not in an account."</p>
            {cards}
        </div>
    }
}
