//! `/{center}`: a health center's hub with its sections of item cards.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::item_card::ItemCard;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::page_meta::PageMeta;
use crate::site::Page;
use crate::components::today_on::TodayOn;
use crate::content::catalog::catalog;
use crate::content::model::CenterEntry;
use crate::routes::NotFound;

/// The hub page of the center named in the URL, or "not found".
#[component]
pub fn Hub() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("center").unwrap_or_default());
        match catalog().center(&slug) {
            Some(entry) => view! { <HubContent entry=entry/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// A center's hub: name, intro, sections of item cards and the "Today on" carousel.
#[component]
pub fn HubContent(entry: &'static CenterEntry) -> impl IntoView {
    let center = &entry.center;
    let intro = center.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    let sections = center
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let heading_id = format!("section-{i}");
            let labelled_by = heading_id.clone();
            let cards = section
                .items
                .iter()
                .filter_map(|slug| entry.item(slug))
                .enumerate()
                // The first section's first two cards are in view on arrival, on a phone too.
                .map(|(n, item)| view! { <li><ItemCard item=item.clone() href=entry.item_path(item) eager={i == 0 && n < 2}/></li> })
                .collect_view();
            view! {
                <section class="hub-section" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{section.heading.clone()}</h2>
                    <ul class="card-grid">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageMeta page=Page::Hub(entry)/>
        <div class="page page--hub">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new(center.name.clone(), entry.path())]/>
            <h1>{center.name.clone()}</h1>
            <div class="lead-block">{intro}</div>
            {sections}
            <TodayOn center=Some(entry)/>
        </div>
    }
}
