//! `/a-z`: every article and slideshow by the first letter of its title, with a row of
//! letters to jump to. Plain links and anchors: it works in full without the app.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::data::{LetterGroup, TOPICS_DATA_PATH, TopicsData};
use crate::content::model::ItemKind;
use crate::content::site::SiteIndex;
use crate::routes::loaded::use_data;
use crate::site::page_head::PageHead;

/// The page's heading (also its frame's while its code loads: `split.rs`).
pub const HEADING: &str = "A to Z of topics";
/// Its breadcrumb.
pub const CRUMB: &str = "A to Z";

/// The A–Z page.
#[component]
pub fn TopicsPage() -> impl IntoView {
    let site = SiteIndex::use_context();
    let data = use_data::<TopicsData>(TOPICS_DATA_PATH.to_string());
    let content = move || match data.get() {
        Some(Ok(topics)) => view! { <Topics topics=topics/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed message=error.to_string() retry=data.retry()/> }.into_any(),
        None => view! { <Loading/> }.into_any(),
    };
    view! {
        <PageMeta head=PageHead::topics(&site)/>
        <div class="page page--topics">
            <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new(CRUMB, "/a-z")]/>
            <h1>{HEADING}</h1>
            {content}
        </div>
    }
}

/// The letters, then each letter's items.
#[component]
fn Topics(topics: Rc<TopicsData>) -> impl IntoView {
    let letters = topics
        .letters
        .iter()
        .map(|group| view! { <li><a href=format!("#{}", anchor(&group.letter))>{group.letter.clone()}</a></li> })
        .collect_view();
    let sections = topics.letters.iter().map(|group| view! { <Letter group=group.clone() centers=topics.clone()/> }).collect_view();
    view! {
        <p class="lead">{format!("All {} articles and slideshows, by title.", topics.item_count())}</p>
        <nav class="letter-nav" id="letters" aria-label="Letters"><ul>{letters}</ul></nav>
        {sections}
    }
}

/// One letter: its heading and its items, each with its center (named by `centers`).
#[component]
fn Letter(group: LetterGroup, centers: Rc<TopicsData>) -> impl IntoView {
    let id = anchor(&group.letter);
    let labelled_by = id.clone();
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
            <h2 id=id>{group.letter}</h2>
            <ul class="topic-list">{items}</ul>
            <p class="topic-letter__top"><a href="#letters">"Back to letters"</a></p>
        </section>
    }
}

/// The id of a letter's heading: `letter-a`, `letter-0-9`.
fn anchor(letter: &str) -> String {
    let plain: String = letter.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
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
