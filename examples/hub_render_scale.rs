//! Benchmark: how long rendering a hub takes as its number of items grows. Builds a center
//! of N generated items and renders its hub page to HTML natively (the same components the
//! pre-render step and the browser use). Run by `make bench`; prints one JSON line per size.

// The app's view types nest deeply (see src/lib.rs).
#![recursion_limit = "256"]

use std::time::Instant;

use health_center::content::model::{Center, CenterEntry, Image, ItemKind, ItemSummary, Section};
use health_center::routes::HubContent;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use serde_json::json;

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100, 1_000, 10_000] } else { sizes };
    for count in sizes {
        let entry: &'static CenterEntry = Box::leak(Box::new(generated_center(count)));
        let start = Instant::now();
        let html = Owner::new().with(|| {
            provide_context(RequestUrl::new("/generated"));
            view! { <Router><HubContent entry=entry/></Router> }.to_html()
        });
        let elapsed = start.elapsed();
        assert_eq!(html.matches("class=\"card\"").count(), count, "every item has a card");
        println!("{}", json!({ "items": count, "render_ms": elapsed.as_secs_f64() * 1e3, "html_bytes": html.len() }));
    }
}

/// A center with `count` articles in sections of 10.
fn generated_center(count: usize) -> CenterEntry {
    let items: Vec<ItemSummary> = (0..count)
        .map(|i| ItemSummary {
            slug: format!("item-{i}"),
            kind: ItemKind::Article,
            title: format!("Generated article {i}"),
            description: format!("A generated description of article {i}, long enough to wrap on a phone."),
            image: Image { src: format!("/images/generated/{i}.svg"), width: 640, height: 360, alt: String::new() },
        })
        .collect();
    let sections = items
        .chunks(10)
        .enumerate()
        .map(|(n, chunk)| Section { heading: format!("Section {n}"), items: chunk.iter().map(|i| i.slug.clone()).collect() })
        .collect();
    let center = Center {
        slug: "generated".into(),
        name: "Generated Health Center".into(),
        topic: "generated".into(),
        description: "A generated center for the benchmark.".into(),
        intro: vec!["Generated for the render benchmark.".into()],
        sections,
        today_on: Vec::new(),
    };
    CenterEntry { center, items }
}
