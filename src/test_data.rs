//! Small typed data files for the app's unit tests: a site with one center ("back") and
//! two articles ("one", "two").

use serde_json::json;

use crate::content::data::{CenterData, ItemData, SiteData};

fn image() -> serde_json::Value {
    json!({ "src": "/images/ok.svg", "width": 640, "height": 360, "alt": "A drawing" })
}

/// The site index.
pub fn site_data() -> SiteData {
    serde_json::from_value(json!({
        "site": {
            "brand": "Test Health", "tagline": "Tagline", "description": "Description", "review_interval_months": 24,
            "source_line": "Source", "disclaimer": ["Not a diagnosis."], "centers": ["back"],
            "demo_notice": "Fictional people.",
            "today_on": [{ "to": "/back/one", "caption": "One", "label": "Article", "image": image() }]
        },
        "centers": [{ "slug": "back", "name": "Back Center" }],
        "center_count": 1
    }))
    .expect("site fixture")
}

fn center_info() -> serde_json::Value {
    json!({ "slug": "back", "name": "Back Center", "topic": "Back", "today_on": [] })
}

/// The index of the center "back".
pub fn center_data() -> CenterData {
    serde_json::from_value(json!({
        "center": center_info(), "description": "About backs.", "intro": ["Intro."],
        "sections": [{
            "heading": "All",
            "cards": [{ "path": "/back/one", "kind": "article", "title": "Title one", "description": "D", "image": image() }],
            "more": [{ "path": "/back/two", "kind": "article", "title": "Title two" }]
        }]
    }))
    .expect("center fixture")
}

/// The data file of the article "/back/one".
pub fn item_data() -> ItemData {
    serde_json::from_value(json!({
        "center": center_info(),
        "item": {
            "slug": "one", "title": "Title one", "description": "D", "summary": "S", "image": image(),
            "byline": { "author": "Team", "reviewers": [
                { "role": "primary", "name": "A Person", "credential": "MD", "specialty": "Family Medicine" } ] },
            "last_revised": "2026-01-02", "last_updated": "2026-01-03",
            "recommended": { "to": "/back/two", "excerpt": "Read this." },
            "related": ["/back/two"],
            "content": { "article": { "body": [
                { "heading": { "text": "Heading" } },
                { "paragraph": { "text": ["Text ", { "em": "emphasis" }, { "link": "link", "to": "/back/two" }] } }
            ] } }
        },
        "related": [{ "path": "/back/two", "kind": "article", "title": "Title two" }],
        "recommended": { "path": "/back/two", "kind": "article", "title": "Title two" },
        "next_review": "2028-01-02", "reading_minutes": 1
    }))
    .expect("item fixture")
}
