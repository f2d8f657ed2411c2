//! The pages rendered natively from the shipped content, as the site build writes them
//! (run with `--features prerender`).
#![cfg(feature = "prerender")]

use std::path::Path;
use std::sync::Arc;

use health_center::content::loader::seed;
use health_center::site::render::{render_page, seed_page_data};
use health_content::Page;
use health_content::build::{Compiled, compile};
use health_content::data::{ItemLink, TOPICS_PER_PAGE, TopicsData, center_data_path, item_data_path, topics_data_path};
use health_content::model::ItemKind;
use health_content::source::ContentTree;

fn shipped() -> (ContentTree, Compiled) {
    let tree = ContentTree::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("shipped content");
    let compiled = compile(tree.clone());
    (tree, compiled)
}

/// Seeds the page's data as the site build does (the file `Page::data_file` names), then
/// renders it.
fn render(compiled: &Compiled, page: &Page) -> String {
    if let Some(file) = page.data_file() {
        seed_page_data(file, compiled.data(file).expect("the build made the page's data file"));
    }
    render_page(&Arc::new(compiled.site.clone()), &page.path())
}

#[test]
fn every_page_renders_its_heading_inside_one_main() {
    let (tree, compiled) = shipped();
    for page in tree.pages() {
        let html = render(&compiled, &page);
        let path = page.path();
        assert_eq!(html.matches("<main").count(), 1, "{path}: one <main>");
        assert_eq!(html.matches("<h1").count(), 1, "{path}: one <h1>");
        let heading = match &page {
            Page::Home => compiled.site.site.brand.clone(),
            Page::Saved => "Saved".to_string(),
            Page::Search => "Search".to_string(),
            Page::About => "About this site".to_string(),
            Page::Topics { .. } => "A to Z of topics".to_string(),
            Page::Hub { center } => compiled.center(center).expect("center").center.name.clone(),
            Page::Item { .. } => compiled.items.iter().find(|d| d.path() == path).expect("item").item.title.clone(),
        };
        assert!(html.contains(&heading), "{path}: shows {heading:?}");
        assert!(!html.contains("Loading the content"), "{path}: no loading state in a pre-rendered page");
    }
}

#[test]
fn the_a_to_z_lists_every_item_under_its_letter_with_a_letter_row() {
    let (_, compiled) = shipped();
    let html = render(&compiled, &Page::Topics { page: 1 });
    assert!(html.contains(r##"<a href="#letter-s">S</a>"##), "the letter row links to each letter");
    assert!(!html.contains("Page 1 of") && !html.contains("Next page"), "a site of 16 items has one A–Z page");
    assert!(html.contains(r#"<h2 id="letter-s">S</h2>"#));
    for item in &compiled.items {
        assert!(html.contains(&format!("href=\"{}\"", item.path())), "{} is listed", item.path());
    }
    assert!(html.contains("Back Pain Myths</a> (slideshow)"), "slideshows say what they are");
}

#[test]
fn a_large_a_to_z_is_pages_that_lead_to_each_other_and_to_every_letter() {
    let (_, compiled) = shipped();
    let link = |title: String, n: usize| ItemLink { path: format!("/sleep/item-{n}"), kind: ItemKind::Article, title };
    let mut links: Vec<ItemLink> = (0..300).map(|n| link(format!("Apnoea {n:03}"), n)).collect();
    links.extend((0..300).map(|n| link(format!("Generated {n:03}"), 300 + n)));
    links.push(link("Walking".into(), 600));
    let pages = TopicsData::pages(links, &compiled.site.centers);
    assert_eq!(pages.len(), 3);
    seed(&topics_data_path(2), pages[1].clone());
    let html = render_page(&Arc::new(compiled.site.clone()), "/a-z/2");
    assert!(html.contains("by title: page 2 of 3."), "the lead says which page");
    assert!(html.contains(r#"<h2 id="letter-a">A (continued)</h2>"#), "a letter begun on page 1 goes on");
    assert!(html.contains(r##"<a href="#letter-g">G</a>"##), "a letter of this page is an anchor");
    assert!(html.contains(r##"<a href="/a-z/3#letter-w" class="">W</a>"##), "a letter of another page leads to it");
    assert!(html.contains(r##"<a href="/a-z#letter-a" class="">A</a>"##), "… page 1 by its own address");
    assert!(html.contains(r#"<a href="/a-z" class="pager__link">Previous page</a>"#), "{html}");
    assert!(html.contains(r#"<a href="/a-z/3" class="pager__link">Next page</a>"#));
    assert!(html.contains("Page 2 of 3"));
    assert_eq!(html.matches(r#"href="/sleep/item-"#).count(), TOPICS_PER_PAGE, "the page lists its own items");
}

#[test]
fn the_search_page_is_a_frame_for_the_search_module() {
    let (_, compiled) = shipped();
    let html = render(&compiled, &Page::Search);
    assert!(html.contains("<hc-search>"), "the element the bootstrap defines");
    assert!(html.contains("A to Z of topics"), "without JavaScript it points to the A–Z");
}

#[test]
fn an_item_page_holds_its_whole_article() {
    let (_, compiled) = shipped();
    let page = Page::parse("/back-pain/spinal-manipulation").expect("a page");
    let html = render(&compiled, &page);
    for part in [
        "What it is",
        "Medical disclaimer",
        "Today on Brightwell Health",
        "href=\"/back-pain/low-back-pain\"",
        "Recommended related to",
        "Read the How to Protect Your Back article",
    ] {
        assert!(html.contains(part), "missing {part:?}");
    }
}

#[test]
fn a_hub_lists_every_item_of_its_center() {
    let (_, compiled) = shipped();
    let html = render(&compiled, &Page::Hub { center: "back-pain".into() });
    for data in compiled.items.iter().filter(|d| d.center.slug == "back-pain") {
        assert!(html.contains(&format!("href=\"{}\"", data.path())), "hub links to {}", data.path());
    }
}

#[test]
fn an_unknown_address_renders_the_not_found_page() {
    let (_, compiled) = shipped();
    let site = Arc::new(compiled.site.clone());
    let html = render_page(&site, "/no/such/page");
    assert!(html.contains("Page not found"));
    // A center or item the site index does not name may still exist (it names only the first
    // few centers): its page asks the server for its data file, whose 404 says "not found"
    // (tests/e2e/routes.spec.js). Natively no file is at hand, so the frame shows loading.
    for path in ["/no-such-center", "/no-such-center/item"] {
        let html = render_page(&site, path);
        assert!(html.contains("Loading the content") && !html.contains("Page not found"), "{path}: {html}");
    }
}

#[test]
fn a_footer_names_the_centers_of_the_site_index_then_links_to_all() {
    let (_, compiled) = shipped();
    let mut site = compiled.site.clone();
    for n in 0..6 {
        site.centers
            .push(health_content::data::CenterName { slug: format!("extra-{n}"), name: format!("Extra {n} Center") });
    }
    site.center_count = 12;
    let html = render_page(&Arc::new(site), "/no/such/page");
    let footer = html.split("<footer class=\"site-footer\"").nth(1).expect("a footer");
    assert_eq!(footer.matches("Center</a>").count(), 8, "{footer}");
    assert!(footer.contains("Extra 5 Center</a>") && footer.contains(">All 12 health centers</a>"), "{footer}");
}

#[test]
fn a_center_the_site_index_does_not_name_is_named_from_the_page_own_data() {
    let (_, compiled) = shipped();
    let mut site = compiled.site.clone();
    site.centers.retain(|center| center.slug != "sleep");
    let site = Arc::new(site);
    let item = compiled.items.iter().find(|data| data.path() == "/sleep/insomnia").expect("shipped item");
    health_center::content::loader::seed(&item_data_path("sleep", "insomnia"), item.clone());
    let html = render_page(&site, "/sleep/insomnia");
    let header = html.split("</header>").next().expect("a header");
    assert!(header.contains(">Sleep Health Center</a>"), "the header names it: {header}");
    health_center::content::loader::clear();
    let hub = compiled.center("sleep").expect("shipped center");
    health_center::content::loader::seed(&center_data_path("sleep"), hub.clone());
    let html = render_page(&site, "/sleep");
    assert!(
        html.contains("<h1>Sleep Health Center</h1>")
            && html.split("</header>").next().unwrap().contains(">Sleep Health Center</a>")
    );
    health_center::content::loader::clear();
}

#[test]
fn the_offline_page_has_the_site_frame_a_plain_try_again_link_and_one_slot_for_the_worker() {
    let (_, compiled) = shipped();
    let html = health_center::site::render::render_offline_page(&Arc::new(compiled.site.clone()));
    assert_eq!(html.matches("<main").count(), 1);
    assert!(html.contains("<h1>You are offline</h1>"), "{html}");
    assert!(html.contains(r#"<a class="button" href="">Try again</a>"#), "a reload that needs no app");
    assert_eq!(html.matches(health_center::routes::OFFLINE_PAGES_SLOT).count(), 1, "the worker fills one slot");
    assert!(html.contains("site-header") && html.contains("site-footer"), "in the site's frame");
    assert!(!html.contains("Page not found"), "not the not-found page");
}
