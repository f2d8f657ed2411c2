//! `/`: what the site is, and its health centers.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::components::page_meta::PageMeta;
use crate::site::Page;
use crate::content::catalog::catalog;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let site = &catalog().site;
    let centers = catalog()
        .centers
        .iter()
        .map(|entry| {
            let count = entry.items.len();
            view! {
                <li class="center-list__item">
                    <h2 class="center-list__name"><SiteLink to=entry.path()>{entry.center.name.clone()}</SiteLink></h2>
                    <p>{entry.center.description.clone()}</p>
                    <p class="center-list__count">{format!("{count} articles and slideshows")}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta page=Page::Home/>
        <div class="page page--home">
            <h1>{site.brand.clone()}</h1>
            <p class="lead">{site.tagline.clone()}</p>
            <p>{site.description.clone()}</p>
            <h2 class="visually-hidden">"Health centers"</h2>
            <ul class="center-list">{centers}</ul>
        </div>
    }
}
