//! `/a-z`, `/a-z/2`, …: every article and slideshow by the first letter of its title, in
//! pages of 250 (a large site's A–Z is many pages, not one of megabytes), with a row of
//! letters that leads to the page of each. Plain links and anchors: it works in full
//! without the app.

use std::rc::Rc;

use leptos::prelude::*;

use crate::chunks::frame::PageFrame;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::Page;
use crate::content::data::{LetterGroup, LetterStart, SiteData, TopicsData, topics_data_path};
use crate::content::model::ItemKind;
use crate::content::site::SiteIndex;
use crate::content::use_data::use_data;
use crate::site::page_head::PageHead;

/// The page's heading (also its frame's while its code loads).
const HEADING: &str = "A to Z of topics";
/// Its breadcrumb.
const CRUMB: &str = "A to Z";

/// What page `page` of the A–Z shows while its code loads.
pub fn frame(site: &SiteData, page: u32) -> PageFrame {
    let crumbs = vec![Crumb::new("Home", "/"), Crumb::new(CRUMB, "/a-z")];
    PageFrame { class: "page--topics", crumbs, heading: HEADING.into(), head: PageHead::topics(site, page) }
}

/// Page `page` (from 1) of the A–Z.
#[component]
pub fn TopicsPage(page: u32) -> impl IntoView {
    let site = SiteIndex::use_context();
    let data = use_data::<TopicsData>(topics_data_path(page));
    let content = move || match data.get() {
        Some(Ok(topics)) => view! { <Topics topics=topics/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed message=error.to_string() retry=data.retry()/> }.into_any(),
        None => view! { <Loading/> }.into_any(),
    };
    view! {
        <PageMeta head=PageHead::topics(&site, page)/>
        <div class="page page--topics">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new(CRUMB, "/a-z")]/>
            <h1>{HEADING}</h1>
            {content}
        </div>
    }
}

/// The letters, then each letter's items on this page, then the way to the other pages.
#[component]
fn Topics(topics: Rc<TopicsData>) -> impl IntoView {
    let this_page = topics.page;
    let letters = topics.index.iter().map(|start| view! { <li>{letter_link(start, this_page)}</li> }).collect_view();
    let sections = topics
        .letters
        .iter()
        .map(|group| view! { <Letter group=group.clone() centers=topics.clone()/> })
        .collect_view();
    let lead = match topics.pages {
        1 => format!("All {} articles and slideshows, by title.", topics.item_count),
        pages => format!("All {} articles and slideshows, by title: page {this_page} of {pages}.", topics.item_count),
    };
    view! {
        <p class="lead">{lead}</p>
        <nav class="letter-nav" id="letters" aria-label="Letters"><ul>{letters}</ul></nav>
        {sections}
        {(topics.pages > 1).then(|| view! { <Pager page=this_page pages=topics.pages/> })}
    }
}

/// A letter of the row: an anchor on this page, or a link to the page its items start on.
fn letter_link(start: &LetterStart, this_page: u32) -> AnyView {
    let letter = start.letter.clone();
    if start.page == this_page {
        let href = format!("#{}", anchor(&letter));
        view! { <a href=href>{letter}</a> }.into_any()
    } else {
        let to = format!("{}#{}", Page::Topics { page: start.page }.path(), anchor(&letter));
        view! { <SiteLink to=to>{letter}</SiteLink> }.into_any()
    }
}

/// The way to the page before and the page after, at the end of the list.
#[component]
fn Pager(page: u32, pages: u32) -> impl IntoView {
    let previous = (page > 1).then(|| {
        let to = Page::Topics { page: page - 1 }.path();
        view! { <li><SiteLink to=to class="pager__link">"Previous page"</SiteLink></li> }
    });
    let next = (page < pages).then(|| {
        let to = Page::Topics { page: page + 1 }.path();
        view! { <li><SiteLink to=to class="pager__link">"Next page"</SiteLink></li> }
    });
    view! {
        <nav class="pager" aria-label="Pages of the A to Z">
            <p class="pager__status">{format!("Page {page} of {pages}")}</p>
            <ul>{previous}{next}</ul>
        </nav>
    }
}

/// One letter: its heading and its items, each with its center (named by `centers`).
#[component]
fn Letter(group: LetterGroup, centers: Rc<TopicsData>) -> impl IntoView {
    let id = anchor(&group.letter);
    let labelled_by = id.clone();
    let heading = if group.continued { format!("{} (continued)", group.letter) } else { group.letter };
    let items = group
        .items
        .into_iter()
        .map(|link| {
            let center = centers.center_name(&link.path).map(str::to_string);
            let kind = (link.kind == ItemKind::Slideshow).then_some(" (slideshow)");
            view! {
                <li>
                    <SiteLink to=link.path>{link.title}</SiteLink>{kind}
                    <span class="topic-list__center">{center}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="topic-letter" aria-labelledby=labelled_by>
            <h2 id=id>{heading}</h2>
            <ul class="topic-list">{items}</ul>
            <p class="topic-letter__top"><a href="#letters">"Back to letters"</a></p>
        </section>
    }
}

/// The id of a letter's heading: `letter-a`, `letter-0-9`.
fn anchor(letter: &str) -> String {
    let plain: String =
        letter.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("letter-{plain}")
}

#[cfg(test)]
mod tests {
    use super::anchor;

    #[test]
    fn letter_anchors_are_plain_ids() {
        assert_eq!(anchor("A"), "letter-a");
        assert_eq!(anchor("0–9"), "letter-0-9");
    }
}
