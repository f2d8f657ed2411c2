//! `/{center}/{slug}`: an article or a slideshow. The title comes from the bundled catalog at
//! once; the rest is fetched from the item's JSON file.

use std::rc::Rc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::paths;
use leptos_router::hooks::use_params_map;

use crate::components::article::{ArticleBody, Byline, MedicalNotes, Recommended, RelatedInformation};
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::site::Page;
use crate::components::save_button::SaveButton;
use crate::components::slideshow::Slideshow;
use crate::components::today_on::TodayOn;
use crate::content::catalog::catalog;
use crate::content::loader::{cached_item, load_item, LoadError};
use crate::content::model::{CenterEntry, Item, ItemContent, ItemSummary};
use crate::routes::NotFound;

/// The item page for the path in the URL, or "not found".
#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    let key = Memo::new(move |_| {
        params.with(|p| (p.get("center").unwrap_or_default(), p.get("slug").unwrap_or_default()))
    });
    move || {
        let (center, slug) = key.get();
        match catalog().center(&center).and_then(|entry| Some((entry, entry.item(&slug)?))) {
            Some((entry, summary)) => view! { <ItemView entry=entry summary=summary/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn ItemView(entry: &'static CenterEntry, summary: &'static ItemSummary) -> impl IntoView {
    let center = &entry.center;
    let path = entry.item_path(summary);
    // Already here (seeded by the pre-rendered page, or fetched earlier this session): shown
    // at once, the same markup the page was pre-rendered with. Otherwise fetched.
    let content = match cached_item(&center.slug, &summary.slug) {
        Some(loaded) => Either::Left(view! { <ItemDetails item=loaded entry=entry path=path/> }),
        None => Either::Right(view! { <FetchedItemDetails entry=entry summary=summary path=path/> }),
    };
    view! {
        <PageMeta page=Page::Item(entry, summary)/>
        <article class="page page--item" aria-labelledby="item-title">
            <Breadcrumbs crumbs=vec![
                Crumb::new("Home", "/"),
                Crumb::new(center.name.clone(), entry.path()),
                Crumb::new(summary.title.clone(), entry.item_path(summary)),
            ]/>
            <p class="page__kind">{summary.kind.label()}</p>
            <h1 id="item-title">{summary.title.clone()}</h1>
            {content}
        </article>
        <TodayOn center=Some(entry) current_path=entry.item_path(summary)/>
    }
}

/// The item's details once its JSON file has been fetched; loading and error states until then.
#[component]
fn FetchedItemDetails(entry: &'static CenterEntry, summary: &'static ItemSummary, path: String) -> impl IntoView {
    let (center_slug, slug) = (entry.center.slug.clone(), summary.slug.clone());
    // A signal and a task rather than a `LocalResource`: the result is all this page needs,
    // and the resource machinery (async derived signals) would cost ~20 KB of wasm.
    let item = RwSignal::new_local(None::<Result<Rc<Item>, LoadError>>);
    let attempt = RwSignal::new(0_u32);
    // In an effect, so the fetch only ever starts in the browser.
    Effect::new(move |_| {
        attempt.track();
        item.set(None);
        let (center_slug, slug) = (center_slug.clone(), slug.clone());
        // `try_set`: the reader may have left the page before the answer arrives.
        spawn_local(async move { _ = item.try_set(Some(load_item(&center_slug, &slug).await)) });
    });
    let retry = Callback::new(move |_| attempt.update(|count| *count += 1));
    move || match item.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed message=error.to_string() retry=retry/> }.into_any(),
        Some(Ok(loaded)) => view! { <ItemDetails item=loaded entry=entry path=path.clone()/> }.into_any(),
    }
}

#[component]
fn ItemDetails(item: Rc<Item>, entry: &'static CenterEntry, path: String) -> impl IntoView {
    let item = (*item).clone();
    let kind = item.kind();
    let main_part = match item.content {
        ItemContent::Article { body } => view! {
            <img class="item__image" src=paths::href(&item.image.src) width=item.image.width height=item.image.height
                alt=item.image.alt/>
            <ArticleBody blocks=body/>
        }
        .into_any(),
        ItemContent::Slideshow { slides } => view! { <Slideshow slides=slides title=item.title.clone()/> }.into_any(),
    };
    view! {
        <p class="item__summary">{item.summary}</p>
        <SaveButton path=path kind=kind/>
        {main_part}
        {item.recommended.map(|teaser| view! { <Recommended teaser=teaser topic=entry.center.topic.clone()/> })}
        <RelatedInformation paths=item.related/>
        <Byline byline=item.byline last_revised=item.last_revised/>
        <MedicalNotes last_updated=item.last_updated/>
    }
}
