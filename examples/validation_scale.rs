//! Benchmark: how long native content validation takes as the number of articles grows.
//! Writes generated centers of N articles to a temporary folder, then loads and validates them.
//! Run by `make bench`; prints one JSON line per size.

use std::fs;
use std::time::Instant;

use health_center::content::date::Date;
use health_center::content::source::ContentTree;
use health_center::content::validate::validate;
use serde_json::json;

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100, 1_000, 5_000, 10_000] } else { sizes };
    for count in sizes {
        let root = std::env::temp_dir().join(format!("health-center-scale-{}-{count}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        write_content(&root, count);
        let start = Instant::now();
        let tree = ContentTree::load(&root).unwrap_or_else(|errors| panic!("generated content: {errors:?}"));
        let loaded = start.elapsed();
        let errors = validate(&tree, Date::parse("2026-11-01").unwrap_or_else(|e| panic!("{e}")), &|_| true);
        let total = start.elapsed();
        assert!(errors.is_empty(), "generated content is valid: {errors:?}");
        println!(
            "{}",
            json!({ "articles": count, "load_ms": loaded.as_secs_f64() * 1e3, "load_and_validate_ms": total.as_secs_f64() * 1e3 })
        );
        let _ = fs::remove_dir_all(&root);
    }
}

fn write_content(root: &std::path::Path, count: usize) {
    let image = json!({ "src": "/images/x.svg", "width": 640, "height": 360, "alt": "A drawing" });
    fs::create_dir_all(root.join("scale")).unwrap_or_else(|e| panic!("{e}"));
    let site = json!({
        "brand": "Scale", "tagline": "T", "description": "D", "source_line": "S", "disclaimer": ["D"],
        "centers": ["scale"], "demo_notice": "N",
        "today_on": [{ "to": "/scale/a0", "caption": "C", "label": "Article", "image": image }]
    });
    let slugs: Vec<String> = (0..count).map(|i| format!("a{i}")).collect();
    let center = json!({ "slug": "scale", "name": "Scale Center", "topic": "Scale", "description": "D",
        "intro": ["I"], "sections": [{ "heading": "All", "items": slugs }] });
    fs::write(root.join("site.json"), site.to_string()).unwrap_or_else(|e| panic!("{e}"));
    fs::write(root.join("scale/_center.json"), center.to_string()).unwrap_or_else(|e| panic!("{e}"));
    for i in 0..count {
        let next = format!("/scale/a{}", (i + 1) % count);
        let item = json!({
            "slug": format!("a{i}"), "kind": "article", "title": format!("Article {i}"), "description": "D",
            "summary": "S", "image": image,
            "byline": { "author": "Team", "reviewers": [{ "role": "primary", "name": "N", "credential": "MD", "specialty": "S" }] },
            "last_revised": "2026-01-01", "last_updated": "2026-01-02",
            "recommended": { "to": next, "excerpt": "E" }, "related": [next],
            "body": [
                { "type": "heading", "text": "H" },
                { "type": "paragraph", "text": ["Some text with ", { "em": "emphasis" }, " and ", { "link": "a link", "to": next }, "."] },
                { "type": "bullet_list", "items": [["one"], ["two"], ["three"]] },
                { "type": "callout", "tone": "warning", "title": "T", "text": ["Get help if…"] }
            ]
        });
        fs::write(root.join(format!("scale/a{i}.json")), item.to_string()).unwrap_or_else(|e| panic!("{e}"));
    }
}
