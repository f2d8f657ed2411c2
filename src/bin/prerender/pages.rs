//! The site's files besides the data: the app's assets, every page, `404.html`, the sitemap,
//! `robots.txt` and `_headers`.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use health_center::content::loader;
use health_center::paths;
use health_center::site::document::{PRERENDERED_ATTRIBUTE, PageParts, compose};
use health_center::site::head::HeadTags;
use health_center::site::headers::{ASSETS_DIR, headers_file, is_content_hashed};
use health_center::site::page_head::PageHead;
use health_center::site::render::render_page;
use health_center::site::sitemap;
use health_content::build::Compiled;
use health_content::data::{ItemData, SiteData, center_data_path, item_data_path};
use health_content::source::ContentTree;
use health_content::{Date, Page};

use super::output::SiteWriter;

/// Copies Trunk's output (`app`) into `assets/` and returns its `index.html`, the template
/// of every page. Fails if a file there has no content hash: everything under `assets/` is
/// cached for a year.
pub fn copy_app(app: &Path, site: &mut SiteWriter) -> Result<String, String> {
    let template_path = app.join("index.html");
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {} (run Trunk first: make build-app): {e}", template_path.display()))?;
    if template.contains(PRERENDERED_ATTRIBUTE) {
        return Err(format!("{} is already a pre-rendered page; rebuild the app", template_path.display()));
    }
    copy_dir(app, "", site)?;
    Ok(template)
}

fn copy_dir(dir: &Path, relative: &str, site: &mut SiteWriter) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if relative.is_empty() { name.clone() } else { format!("{relative}/{name}") };
        if entry.path().is_dir() {
            // wasm-bindgen's `snippets/{crate}-{hash}/…`: the folder name carries the hash.
            copy_dir(&entry.path(), &path, site)?;
        } else if path == "index.html" {
            continue;
        } else if !(is_content_hashed(&name) || path.starts_with("snippets/")) {
            return Err(format!(
                "the app's build wrote {path}, whose name carries no content hash; everything under {ASSETS_DIR}/ is cached for a year, so Trunk's output has changed shape"
            ));
        } else {
            let bytes = fs::read(entry.path()).map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
            site.write(&format!("{ASSETS_DIR}/{path}"), &bytes)?;
        }
    }
    Ok(())
}

/// Writes every page of the site, `404.html`, `sitemap.xml`, `robots.txt` and `_headers`;
/// returns how many pages.
pub fn write_pages(tree: &ContentTree, compiled: &Compiled, template: &str, site_url: &str, site: &mut SiteWriter) -> Result<usize, String> {
    let site_data = Arc::new(compiled.site.clone());
    let site_json = json(&*site_data)?;
    let items: std::collections::HashMap<String, &ItemData> =
        compiled.items.iter().map(|item| (item.path(), item)).collect();
    let mut sitemap_urls = Vec::new();
    let mut count = 0;
    for page in tree.pages() {
        let path = page.path();
        let (head, item, page_json) = match &page {
            Page::Home => (PageHead::home(&site_data), None, format!("{{\"site\":{site_json}}}")),
            Page::Saved => (PageHead::saved(&site_data), None, format!("{{\"site\":{site_json}}}")),
            Page::Hub { center } => {
                let data = compiled.center(center).ok_or_else(|| format!("no index for center {center}"))?;
                loader::seed(&center_data_path(center), data.clone());
                (PageHead::hub(&site_data, data), None, format!("{{\"site\":{site_json},\"center\":{}}}", json(data)?))
            }
            Page::Item { center, slug } => {
                let data = *items.get(&path).ok_or_else(|| format!("no data for {path}"))?;
                loader::seed(&item_data_path(center, slug), data.clone());
                (PageHead::item(&site_data, data), Some(data), format!("{{\"site\":{site_json},\"item\":{}}}", json(data)?))
            }
        };
        let tags = HeadTags::for_page(&head, item, &site_data, site_url);
        let body = render_page(&site_data, &path);
        let parts = PageParts { head: &tags, body: &body, path: Some(&path), base: paths::base(), data_json: &page_json };
        site.write(&page_file(&path), compose(template, &parts)?.as_bytes())?;
        if head.indexable {
            let lastmod = last_modified(&page, item, compiled).unwrap_or_else(Date::today);
            sitemap_urls.push((tags.canonical.clone().unwrap_or_default(), lastmod));
        }
        count += 1;
    }
    write_not_found(&site_data, &site_json, template, site_url, site)?;
    site.write("sitemap.xml", sitemap::sitemap_xml(&sitemap_urls).as_bytes())?;
    site.write("robots.txt", sitemap::robots_txt(site_url).as_bytes())?;
    site.write("_headers", headers_file(paths::base()).as_bytes())?;
    Ok(count)
}

/// `404.html`: rendered for no address; the browser renders the address it is shown for.
fn write_not_found(site_data: &Arc<SiteData>, site_json: &str, template: &str, site_url: &str, site: &mut SiteWriter) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::not_found(site_data), None, site_data, site_url);
    let body = render_page(site_data, "/404/not/found");
    let data = format!("{{\"site\":{site_json}}}");
    let parts = PageParts { head: &tags, body: &body, path: None, base: paths::base(), data_json: &data };
    site.write("404.html", compose(template, &parts)?.as_bytes())
}

/// When a page's content last changed: an item's update date; for a hub, its newest item;
/// for the home page, the newest item of all.
fn last_modified(page: &Page, item: Option<&ItemData>, compiled: &Compiled) -> Option<Date> {
    let newest = |center: Option<&str>| {
        compiled
            .items
            .iter()
            .filter(|data| center.is_none_or(|slug| data.center.slug == slug))
            .map(|data| data.item.last_updated)
            .max()
    };
    match page {
        Page::Item { .. } => item.map(|data| data.item.last_updated),
        Page::Hub { center } => newest(Some(center)),
        Page::Home | Page::Saved => newest(None),
    }
}

/// `index.html` for `/`, `back-pain/index.html` for `/back-pain`.
fn page_file(path: &str) -> String {
    let folder = path.trim_start_matches('/');
    if folder.is_empty() { "index.html".to_string() } else { format!("{folder}/index.html") }
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot write JSON: {e}"))
}
