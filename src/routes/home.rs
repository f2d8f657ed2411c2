//! `/`: what the site is, and its health centers (from `content/centers.json`, which only
//! this page carries: the site index every page carries names only a few).

use std::rc::Rc;

use leptos::prelude::*;

use crate::chunks::frame::PageFrame;
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::data::{CENTERS_DATA_PATH, CentersData, SiteData};
use crate::content::site::SiteIndex;
use crate::content::use_data::use_data;
use crate::site::page_head::PageHead;

/// What the home page shows while its code loads.
pub fn frame(site: &SiteData) -> PageFrame {
    PageFrame { class: "page--home", crumbs: Vec::new(), heading: site.site.brand.clone(), head: PageHead::home(site) }
}

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let index = SiteIndex::use_context();
    let data = use_data::<CentersData>(CENTERS_DATA_PATH.to_string());
    let centers = move || match data.get() {
        Some(Ok(list)) => view! { <CenterList list=list/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed message=error.to_string() retry=data.retry()/> }.into_any(),
        None => view! { <Loading/> }.into_any(),
    };
    let site = &index.site;
    view! {
        <PageMeta head=PageHead::home(&index)/>
        <div class="page page--home">
            <h1>{site.brand.clone()}</h1>
            <p class="lead">{site.tagline.clone()}</p>
            <p>{site.description.clone()}</p>
            <h2 class="visually-hidden">"Health centers"</h2>
            {centers}
        </div>
    }
}

/// Every center: its name (a link to its hub), what it is about and how much it holds.
#[component]
fn CenterList(list: Rc<CentersData>) -> impl IntoView {
    let centers = list
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
    view! { <ul class="center-list">{centers}</ul> }
}
