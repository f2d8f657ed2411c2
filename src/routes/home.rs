//! `/`: what the site is, and its health centers.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_meta::PageMeta;
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
                    <h2 class="center-list__name"><A exact=true href=entry.path()>{entry.center.name.clone()}</A></h2>
                    <p>{entry.center.description.clone()}</p>
                    <p class="center-list__count">{format!("{count} articles and slideshows")}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta parts=vec![site.tagline.clone()] description=site.description.clone()/>
        <div class="page page--home">
            <h1>{site.brand.clone()}</h1>
            <p class="lead">{site.tagline.clone()}</p>
            <p>{site.description.clone()}</p>
            <h2 class="visually-hidden">"Health centers"</h2>
            <ul class="center-list">{centers}</ul>
        </div>
    }
}
