//! `/about`: what the site is, where its information comes from, how its pages are
//! reviewed, what it keeps about a reader, and what it cannot do. All from `site.json`, in
//! the site index every page carries, so the page needs no data file of its own.

use leptos::prelude::*;

use crate::chunks::frame::PageFrame;
use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::Page;
use crate::content::data::SiteData;
use crate::content::site::SiteIndex;
use crate::site::page_head::PageHead;

/// The page's heading, title and breadcrumb.
const HEADING: &str = "About this site";

/// The page's head: indexed, described by what it answers.
pub fn head(site: &SiteData) -> PageHead {
    let description = format!(
        "Who writes {}, how its pages are reviewed, what it keeps about you, and what it cannot do.",
        site.site.brand
    );
    PageHead::new(site, HEADING, &description, Some(Page::About.path()))
}

/// What the page shows while its code loads.
pub fn frame(site: &SiteData) -> PageFrame {
    PageFrame { class: "page--about", crumbs: crumbs(), heading: HEADING.into(), head: head(site) }
}

fn crumbs() -> Vec<Crumb> {
    vec![Crumb::new("Home", "/"), Crumb::new(HEADING, Page::About.path())]
}

/// "24 months", "1 month".
fn months(count: u16) -> String {
    if count == 1 { "1 month".to_string() } else { format!("{count} months") }
}

/// The About page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let index = SiteIndex::use_context();
    let site = &index.site;
    let disclaimer = site.disclaimer.iter().map(|paragraph| view! { <p>{paragraph.clone()}</p> }).collect_view();
    view! {
        <PageMeta head=head(&index)/>
        <div class="page page--about">
            <Breadcrumbs crumbs=crumbs()/>
            <h1>{HEADING}</h1>
            <p class="lead">{site.description.clone()}</p>
            <h2>"Where our information comes from"</h2>
            <p>{site.source_line.clone()}</p>
            <p>"Every article and slideshow names the person who wrote it and the health professionals who checked it."</p>
            <h2>"How we keep pages up to date"</h2>
            <p>
                "Every article and slideshow shows the date it was last reviewed and the date its next review is due. "
                {format!("Most pages are due for review {} after their last review.", months(site.review_interval_months))}
            </p>
            <p>"If you read a page after its review date, a notice near the top of the page tells you."</p>
            <h2>"What we keep about you"</h2>
            <p>"There are no accounts, no cookies and no advertising trackers on this site."</p>
            <p>"The pages you save and your choices of text size, line spacing and colours stay in this browser. This site does not send them anywhere. This browser also keeps copies of your saved pages and of the pages you read most recently, so you can read them again without a connection."</p>
            <h2>"What this information cannot do"</h2>
            {disclaimer}
            <p>
                "Find a topic in the "<SiteLink to="/">"health centers"</SiteLink>" or the "
                <SiteLink to="/a-z">"A to Z of topics"</SiteLink>"."
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_interval_reads_as_words() {
        assert_eq!(months(24), "24 months");
        assert_eq!(months(1), "1 month");
    }
}
