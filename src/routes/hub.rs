//! `/{center}`: a health center's hub with its sections of items, from the center's index.

use std::rc::Rc;

use leptos::prelude::*;

use crate::chunks::frame::PageFrame;
use crate::components::item_card::ItemCard;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::components::today_on::TodayOn;
use crate::content::data::SiteData;
use crate::content::data::{CenterData, HubSection, ItemSummary, center_data_path};
use crate::content::loader::{LoadError, remember_links};
use crate::content::model::ItemKind;
use crate::content::site::{SiteIndex, center_name};
use crate::content::use_data::use_data;
use crate::routes::NotFound;
use crate::site::page_head::PageHead;

/// Above this many items a hub lists its sections first.
const LONG_HUB: usize = 24;

/// The heading of the hub of `center` while its index loads: the center's name when this
/// session knows it (see [`center_name`]), else what the page is.
pub fn frame_heading(site: &SiteData, center: &str) -> String {
    center_name(site, center, None).unwrap_or_else(|| "Health center".to_string())
}

/// What the hub of `center` shows while its code loads.
pub fn frame(site: &SiteData, center: &str) -> PageFrame {
    // Untracked: the page at this address is the same when the center's file arrives (the
    // hub reads it), and re-rendering it would replace the page (vendor/README.md).
    let heading = untrack(|| frame_heading(site, center));
    let crumbs = vec![Crumb::new("Home", "/"), Crumb::new(heading.clone(), format!("/{center}"))];
    let head = PageHead::loading(site, &heading, format!("/{center}"));
    PageFrame { class: "page--hub", crumbs, heading, head }
}

/// The hub of the center `center`, or "not found" (when the server has no index for it).
#[component]
pub fn Hub(center: String) -> impl IntoView {
    let site = SiteIndex::use_context();
    let data = use_data::<CenterData>(center_data_path(&center));
    let heading = frame_heading(&site, &center);
    let frame = move |status: AnyView| {
        let crumbs = vec![Crumb::new("Home", "/"), Crumb::new(heading.clone(), format!("/{center}"))];
        view! {
            <div class="page page--hub">
                <Breadcrumbs crumbs=crumbs/>
                <h1>{heading.clone()}</h1>
                {status}
            </div>
        }
        .into_any()
    };
    (move || match data.get() {
        Some(Ok(data)) => view! { <HubContent data=data/> }.into_any(),
        Some(Err(LoadError::Status(404))) => view! { <NotFound/> }.into_any(),
        Some(Err(error)) => frame(view! { <LoadFailed message=error.to_string() retry=data.retry()/> }.into_any()),
        None => frame(view! { <Loading/> }.into_any()),
    })
    .into_any()
}

/// A center's hub: name, intro, sections of items and the "Today on" carousel.
#[component]
pub fn HubContent(data: Rc<CenterData>) -> impl IntoView {
    let site = SiteIndex::use_context();
    let head = PageHead::hub(&site, &data);
    let center = &data.center;
    let intro = data.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    let sections = data
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| view! { <HubSectionView section=section.clone() index=i/> })
        .collect_view();
    // A long hub gets a list of its sections first, so a reader on a phone can jump ahead.
    let jump_list = (data.item_count() > LONG_HUB && data.sections.len() > 1).then(|| {
        let links = data
            .sections
            .iter()
            .enumerate()
            .map(|(i, section)| {
                let count = section.cards.len() + section.more.len();
                view! { <li><a href=format!("#section-{i}")>{format!("{} ({count})", section.heading)}</a></li> }
            })
            .collect_view();
        view! {
            <nav class="section-nav" aria-labelledby="section-nav-heading">
                <h2 id="section-nav-heading" class="section-nav__heading">"Sections of this center"</h2>
                <ul>{links}</ul>
            </nav>
        }
    });
    view! {
        <PageMeta head=head/>
        <div class="page page--hub">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new(center.name.clone(), center.path())]/>
            <h1>{center.name.clone()}</h1>
            <div class="lead-block">{intro}</div>
            {jump_list}
            {sections}
            <TodayOn center_tiles=center.today_on.clone()/>
        </div>
    }
}

/// One section: its first items as cards, the rest (in a long section) as a list of titles.
#[component]
fn HubSectionView(section: HubSection, index: usize) -> impl IntoView {
    let heading_id = format!("section-{index}");
    let labelled_by = heading_id.clone();
    let more_id = format!("section-{index}-more");
    let more_labelled_by = more_id.clone();
    remember_links(section.cards.iter().map(ItemSummary::link).chain(section.more.iter().cloned()));
    let cards = section
        .cards
        .into_iter()
        .enumerate()
        // The first section's first two cards are in view on arrival, on a phone too.
        .map(|(n, item)| view! { <li><ItemCard item=item eager={index == 0 && n < 2}/></li> })
        .collect_view();
    let more = (!section.more.is_empty()).then(|| {
        let count = section.more.len();
        let links = section
            .more
            .into_iter()
            .map(|link| {
                // Articles are the rule; a slideshow says what it is.
                let kind = (link.kind == ItemKind::Slideshow)
                    .then(|| view! { " "<span class="link-list__kind">"(slideshow)"</span> });
                view! { <li><SiteLink to=link.path>{link.title}</SiteLink>{kind}</li> }
            })
            .collect_view();
        view! {
            <h3 id=more_id class="hub-section__more">{format!("More in {} ({count})", section.heading)}</h3>
            <ul class="link-list" aria-labelledby=more_labelled_by>{links}</ul>
        }
    });
    view! {
        <section class="hub-section" aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.heading}</h2>
            <ul class="card-grid">{cards}</ul>
            {more}
        </section>
    }
}
