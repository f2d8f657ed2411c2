//! `/{center}/{slug}`: an article or a slideshow, from its data file. Opened from a link, its
//! title shows at once while the rest loads.

use std::rc::Rc;

use leptos::prelude::*;

use crate::chunks::parts as item_parts;
use crate::components::article::{
    ArticleBody, Byline, KeyPoints, MedicalNotes, Recommended, RelatedInformation, ReviewNotice, Sources,
};
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::components::picture::{Picture, Place};
use crate::components::save_button::SaveButton;
use crate::components::share_button::ShareButton;
use crate::components::today_on::TodayOn;
use crate::content::data::{CenterName, ItemData, ItemLink, item_data_path};
use crate::content::loader::{LoadError, known_link, remember_links};
use crate::content::model::ItemContent;
use crate::content::site::{SiteIndex, center_name};
use crate::content::use_data::use_data;
use crate::routes::NotFound;
use crate::site::page_head::PageHead;

/// The item page at `/{center}/{slug}`, or "not found".
#[component]
pub fn ItemPage(center: String, slug: String) -> impl IntoView {
    let site = SiteIndex::use_context();
    let path = format!("/{center}/{slug}");
    let data = use_data::<ItemData>(item_data_path(&center, &slug));
    let link = known_link(&path);
    // The center's name for the frame's breadcrumbs, when this session knows it already.
    let center = CenterName { name: center_name(&site, &center, Some(&slug)).unwrap_or_default(), slug: center };
    (move || match data.get() {
        Some(Ok(data)) => view! { <ItemView data=data/> }.into_any(),
        // An unknown center or item: the server has no file for it.
        Some(Err(LoadError::Status(404))) => view! { <NotFound/> }.into_any(),
        Some(Err(error)) => {
            let failed = view! { <LoadFailed message=error.to_string() retry=data.retry()/> };
            view! { <ItemFrame center=center.clone() path=path.clone() link=link.clone()>{failed}</ItemFrame> }
                .into_any()
        }
        None => view! { <ItemFrame center=center.clone() path=path.clone() link=link.clone()><Loading/></ItemFrame> }
            .into_any(),
    })
    .into_any()
}

/// The article frame while its content is not at hand: breadcrumbs (the center's when its
/// name is known), and the kind and title when a link to it was seen.
#[component]
fn ItemFrame(center: CenterName, path: String, link: Option<ItemLink>, children: Children) -> impl IntoView {
    let mut crumbs = vec![Crumb::new("Home", "/")];
    if !center.name.is_empty() {
        crumbs.push(Crumb::new(center.name.clone(), format!("/{}", center.slug)));
    }
    let heading = link.map(|link| {
        crumbs.push(Crumb::new(link.title.clone(), path));
        view! {
            <p class="page__kind">{link.kind.label()}</p>
            <h1 id="item-title">{link.title}</h1>
        }
    });
    view! {
        <article class="page page--item" aria-labelledby="item-title">
            <Breadcrumbs crumbs=crumbs/>
            {heading}
            {children()}
        </article>
    }
}

/// The whole item page from its data.
#[component]
fn ItemView(data: Rc<ItemData>) -> impl IntoView {
    let site = SiteIndex::use_context();
    remember_links(data.related.iter().chain(&data.recommended).cloned());
    let head = PageHead::item(&site, &data);
    let path = data.path();
    let ItemData { center, item, related, recommended, sources, next_review, reading_minutes } = (*data).clone();
    let kind = item.kind();
    let main_part = match item.content {
        ItemContent::Article { body } => view! {
            <Picture image=item.image place=Place::Lead first=true/>
            <ArticleBody blocks=body/>
        }
        .into_any(),
        // A chunk of its own (chunks/parts.rs).
        ItemContent::Slideshow { slides } => item_parts::slideshow(slides, item.title.clone()),
    };
    let teaser = item.recommended.zip(recommended);
    // The page's opening: what it is, its title and short answer, its actions, its key points…
    let intro = view! {
        <p class="page__kind">{kind.label()}{reading_minutes.map(|minutes| format!(" · {minutes} min read"))}</p>
        <h1 id="item-title">{item.title.clone()}</h1>
        <p class="item__summary">{item.summary}</p>
        <ReviewNotice next_review=next_review/>
        <div class="item__actions">
            <SaveButton path=path.clone() kind=kind/>
            <ShareButton title=item.title.clone()/>
        </div>
        <KeyPoints points=item.key_points/>
    };
    // …and its close: the evidence, where to read on, who wrote and reviewed it, and when.
    let closing = view! {
        <Sources citations=sources/>
        {teaser.map(|(teaser, link)| view! { <Recommended excerpt=teaser.excerpt link=link topic=center.topic.clone()/> })}
        <RelatedInformation links=related/>
        <Byline byline=item.byline last_revised=item.last_revised next_review=next_review/>
        <MedicalNotes last_updated=item.last_updated/>
    };
    view! {
        <PageMeta head=head item=data.clone()/>
        <article class="page page--item" aria-labelledby="item-title">
            <Breadcrumbs crumbs=vec![
                Crumb::new("Home", "/"),
                Crumb::new(center.name.clone(), center.path()),
                Crumb::new(item.title.clone(), path.clone()),
            ]/>
            {intro}
            {main_part}
            {closing}
        </article>
        <TodayOn center_tiles=center.today_on current_path=path/>
    }
}
