//! The site's files besides the data: the app's assets, every page, `404.html`, the sitemap,
//! `robots.txt` and `_headers`.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use health_center::content::loader;
use health_center::paths;
use health_center::paths::PRERENDERED_ATTRIBUTE;
use health_center::site::head::HeadTags;
use health_center::site::page_head::PageHead;
use health_center::site::render::render_page;
use health_content::build::Compiled;
use health_content::data::{CENTER_DATA_ID, ITEM_DATA_ID, ItemData, SITE_DATA_ID, SiteData, center_data_path, item_data_path};
use health_content::source::ContentTree;
use health_content::{Date, Page};

use super::document::{PageParts, compose};
use super::headers::{ASSETS_DIR, headers_file, is_content_hashed};
use super::output::SiteWriter;
use super::sitemap;
use super::render_cache::RenderCache;

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

/// How many pages were written, and how many of them had to be rendered.
pub struct PagesReport {
    /// Every page of the site.
    pub pages: usize,
    /// The pages whose inputs changed since the last build.
    pub rendered: usize,
}

/// Writes every page of the site, `404.html`, `sitemap.xml`, `robots.txt` and `_headers`.
pub fn write_pages(tree: &ContentTree, compiled: &Compiled, template: &str, site_url: &str, site: &mut SiteWriter) -> Result<PagesReport, String> {
    let site_data = Arc::new(compiled.site.clone());
    let site_json = json(&*site_data)?;
    let mut cache = RenderCache::open(site.root(), &[template, site_url, paths::base()]);
    let mut rendered = 0;
    let items: std::collections::HashMap<String, &ItemData> =
        compiled.items.iter().map(|item| (item.path(), item)).collect();
    let mut sitemap_urls = Vec::new();
    let mut count = 0;
    for page in tree.pages() {
        let path = page.path();
        let (head, item, own_data) = match &page {
            Page::Home => (PageHead::home(&site_data), None, None),
            Page::Saved => (PageHead::saved(&site_data), None, None),
            Page::Hub { center } => {
                let data = compiled.center(center).ok_or_else(|| format!("no index for center {center}"))?;
                loader::seed(&center_data_path(center), data.clone());
                (PageHead::hub(&site_data, data), None, Some((CENTER_DATA_ID, json(data)?)))
            }
            Page::Item { center, slug } => {
                let data = *items.get(&path).ok_or_else(|| format!("no data for {path}"))?;
                loader::seed(&item_data_path(center, slug), data.clone());
                (PageHead::item(&site_data, data), Some(data), Some((ITEM_DATA_ID, json(data)?)))
            }
        };
        let mut blocks = vec![(SITE_DATA_ID, site_json.as_str())];
        blocks.extend(own_data.as_ref().map(|(id, json)| (*id, json.as_str())));
        let page_json = blocks.iter().map(|(_, json)| *json).collect::<Vec<_>>().join("\n");
        let tags = HeadTags::for_page(&head, item, &site_data, site_url);
        let file = page_file(&path);
        if cache.unchanged(&path, &site.root().join(&file), &page_json) {
            site.keep(file);
        } else {
            let body = render_page(&site_data, &path);
            let parts = PageParts { head: &tags, body: &body, path: Some(&path), base: paths::base(), data: &blocks };
            site.write(&file, compose(template, &parts)?.as_bytes())?;
            rendered += 1;
        }
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
    cache.save()?;
    Ok(PagesReport { pages: count, rendered })
}

/// `404.html`: rendered for no address; the browser renders the address it is shown for.
fn write_not_found(site_data: &Arc<SiteData>, site_json: &str, template: &str, site_url: &str, site: &mut SiteWriter) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::not_found(site_data), None, site_data, site_url);
    let body = render_page(site_data, "/404/not/found");
    let parts = PageParts { head: &tags, body: &body, path: None, base: paths::base(), data: &[(SITE_DATA_ID, site_json)] };
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
