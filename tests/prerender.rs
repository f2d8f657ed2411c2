//! The pages rendered natively, as `make dist` writes them (run with `--features ssr`).
#![cfg(feature = "ssr")]

use health_center::content::catalog::catalog;
use health_center::content::loader::{parse_item, seed_item};
use health_center::site::Page;
use health_center::site::render::render_page;

#[test]
fn every_page_renders_its_heading_inside_one_main() {
    for page in Page::all(catalog()) {
        let path = page.path().expect("listed pages have paths");
        if let Page::Item(entry, item) = page {
            let file = format!("{}/public/content/{}/{}.json", env!("CARGO_MANIFEST_DIR"), entry.center.slug, item.slug);
            let text = std::fs::read_to_string(&file).expect("item file");
            seed_item(&entry.center.slug, &item.slug, parse_item(&text).expect("item parses"));
        }
        let html = render_page(&path);
        assert_eq!(html.matches("<main").count(), 1, "{path}: one <main>");
        assert_eq!(html.matches("<h1").count(), 1, "{path}: one <h1>");
        let heading = match page {
            Page::Home => catalog().site.brand.clone(),
            Page::Saved => "Saved".to_string(),
            Page::Hub(entry) => entry.center.name.clone(),
            Page::Item(_, item) => item.title.clone(),
            Page::NotFound => unreachable!("not listed"),
        };
        assert!(html.contains(&heading), "{path}: shows {heading:?}");
    }
}

#[test]
fn an_item_page_holds_its_whole_article_when_its_item_is_at_hand() {
    let text = include_str!("../public/content/back-pain/spinal-manipulation.json");
    seed_item("back-pain", "spinal-manipulation", parse_item(text).expect("parses"));
    let html = render_page("/back-pain/spinal-manipulation");
    for part in ["What it is", "Medical disclaimer", "Today on Brightwell Health", "href=\"/back-pain/low-back-pain\""] {
        assert!(html.contains(part), "missing {part:?}");
    }
    assert!(!html.contains("Loading"), "no loading state in a pre-rendered article");
}

#[test]
fn an_unknown_address_renders_the_not_found_page() {
    let html = render_page("/no/such/page");
    assert!(html.contains("Page not found"));
}
