//! Pre-renders the site into `dist/` (run by `make dist`, natively, with the `ssr` feature):
//! every page as `{path}/index.html` rendered from the same Leptos components the browser
//! runs, plus `404.html`, `sitemap.xml`, `robots.txt` and `_headers`.
//!
//! Usage: `prerender <dist> <content folder> <site URL>`, where the site URL is the origin
//! the site will be served from (`https://example.org`); the sub-path comes from the build
//! (`PUBLIC_URL`, see `health_center::paths`).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use health_center::content::catalog::catalog;
use health_center::content::date::Date;
use health_center::content::loader;
use health_center::content::model::Item;
use health_center::content::source::ContentTree;
use health_center::paths;
use health_center::site::document::{PageParts, compose};
use health_center::site::head::HeadTags;
use health_center::site::render::render_page;
use health_center::site::{Page, headers, sitemap};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, content, origin] = args.as_slice() else {
        eprintln!("usage: prerender <dist> <content folder> <site URL, e.g. https://example.org>");
        return ExitCode::from(2);
    };
    match prerender(Path::new(dist), Path::new(content), origin.trim_end_matches('/')) {
        Ok(count) => {
            println!("prerender: wrote {count} pages, 404.html, sitemap.xml, robots.txt and _headers into {dist}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// An item as read from its file: typed, and as compact JSON for the page to carry.
struct LoadedItem {
    item: Item,
    json: String,
}

fn prerender(dist: &Path, content: &Path, origin: &str) -> Result<usize, String> {
    let template_path = dist.join("index.html");
    let template = fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    if template.contains(health_center::site::document::PRERENDERED_ATTRIBUTE) {
        return Err(format!("{} is already pre-rendered; run Trunk first", template_path.display()));
    }
    let items = load_items(content)?;
    let catalog = catalog();
    let site_url = format!("{origin}{}", paths::BASE);
    let mut sitemap_urls = Vec::new();
    let mut page_paths = Vec::new();

    for page in Page::all(catalog) {
        let path = page.path().ok_or("every listed page has a path")?;
        let item = match page {
            Page::Item(entry, summary) => items.get(&entry.item_path(summary)),
            _ => None,
        };
        if let (Page::Item(entry, summary), Some(loaded)) = (page, item) {
            loader::seed_item(&entry.center.slug, &summary.slug, loaded.item.clone());
        }
        let head = HeadTags::for_page(page, item.map(|i| &i.item), &catalog.site, &site_url);
        let body = render_page(&path);
        let html = compose(&template, &PageParts { head: &head, body: &body, path: Some(&path), item_json: item.map(|i| i.json.as_str()) })?;
        write(&page_file(dist, &path), &html)?;
        if page.indexable() {
            sitemap_urls.push((head.canonical.clone().unwrap_or_default(), last_modified(page, &items)));
        }
        page_paths.push(path);
    }

    let head = HeadTags::for_page(Page::NotFound, None, &catalog.site, &site_url);
    let body = render_page("/404");
    write(&dist.join("404.html"), &compose(&template, &PageParts { head: &head, body: &body, path: None, item_json: None })?)?;
    write(&dist.join("sitemap.xml"), &sitemap::sitemap_xml(&sitemap_urls))?;
    write(&dist.join("robots.txt"), &sitemap::robots_txt(&site_url))?;
    write(&dist.join("_headers"), &headers::headers_file(paths::BASE, &page_paths, &hashed_files(dist)?))?;
    Ok(page_paths.len())
}

/// Every item of every center, by site path.
fn load_items(content: &Path) -> Result<HashMap<String, LoadedItem>, String> {
    let tree = ContentTree::load(content).map_err(|errors| {
        errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    })?;
    let mut items = HashMap::new();
    for folder in tree.centers {
        for file in folder.items {
            let raw = fs::read_to_string(content.join(&file.file)).map_err(|e| format!("{}: {e}", file.file))?;
            let value: serde_json::Value = serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", file.file))?;
            let path = format!("/{}/{}", folder.center.slug, file.item.slug);
            items.insert(path, LoadedItem { item: file.item, json: value.to_string() });
        }
    }
    Ok(items)
}

/// When a page's content last changed: an item's update date; for a hub, its newest item;
/// for the home page, the newest item of all.
fn last_modified(page: Page, items: &HashMap<String, LoadedItem>) -> Date {
    let newest = |prefix: &str| {
        items.iter().filter(|(path, _)| path.starts_with(prefix)).map(|(_, loaded)| loaded.item.last_updated).max()
    };
    let date = match page {
        Page::Item(entry, summary) => items.get(&entry.item_path(summary)).map(|loaded| loaded.item.last_updated),
        Page::Hub(entry) => newest(&format!("{}/", entry.path())),
        _ => newest("/"),
    };
    date.unwrap_or_else(Date::today)
}

/// `dist/index.html` for `/`, `dist/back-pain/index.html` for `/back-pain`.
fn page_file(dist: &Path, path: &str) -> PathBuf {
    dist.join(path.trim_start_matches('/')).join("index.html")
}

/// Files in the dist root whose names carry a content hash (`name-0123456789abcdef.ext`).
fn hashed_files(dist: &Path) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| headers::is_content_hashed(name))
        .collect();
    names.sort();
    Ok(names)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
