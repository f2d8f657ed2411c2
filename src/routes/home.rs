//! `/`: what the site is, and its health centers.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;
use crate::site::page_head::PageHead;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let index = SiteIndex::use_context();
    let centers = index
        .centers
        .iter()
        .map(|center| {
            let (count, name) = (center.item_count, center.name.clone());
            view! {
                <li class="center-list__item">
                    <h2 class="center-list__name"><SiteLink to=format!("/{}", center.slug)>{name}</SiteLink></h2>
                    <p>{center.description.clone()}</p>
                    <p class="center-list__count">{format!("{count} articles and slideshows")}</p>
                </li>
            }
        })
        .collect_view();
    let site = &index.site;
    view! {
        <PageMeta head=PageHead::home(&index)/>
        <div class="page page--home">
            <h1>{site.brand.clone()}</h1>
            <p class="lead">{site.tagline.clone()}</p>
            <p>{site.description.clone()}</p>
            <h2 class="visually-hidden">"Health centers"</h2>
            <ul class="center-list">{centers}</ul>
        </div>
    }
}
