//! The site's files besides the data: the app's files (under `assets/`), every page, `404.html`, the sitemap,
//! `robots.txt` and `_headers`.

use std::path::Path;
use std::sync::Arc;

use health_center::content::loader;
use health_center::paths;
use health_center::routes::OFFLINE_PAGES_SLOT;
use health_center::site::app_files::AppFiles;
use health_center::site::head::HeadTags;
use health_center::site::page_head::PageHead;
use health_center::site::render::{render_offline_page, render_page};
use health_content::build::Compiled;
use health_content::data::{
    CENTER_DATA_ID, ITEM_DATA_ID, ItemData, SITE_DATA_ID, SITE_DATA_PATH, SiteData, TOPICS_DATA_ID, TOPICS_DATA_PATH, center_data_path,
    item_data_path,
};
use health_content::source::ContentTree;
use health_content::{Date, Page};

use super::document::{DataBlock, PageParts, compose};
use super::headers::{ASSETS_DIR, headers_file};
use super::manifest::{MANIFEST_FILE, manifest};
use super::service_worker::{SERVICE_WORKER_FILE, service_worker};
use super::output::SiteWriter;
use super::sitemap;
use super::render_cache::RenderCache;
use super::shell::Shell;

/// Copies the app's files, as `app.json` in `app` records them, into `assets/`, checking
/// each against its recorded integrity, and returns the record.
pub fn copy_app(app: &Path, site: &mut SiteWriter) -> Result<AppFiles, String> {
    let files = AppFiles::read(app)?;
    // A page whose chunk the app does not have would load the main module only, and stay
    // as the server sent it: an app built from other code than this content step.
    if let Some(missing) = health_center::routes::split::CHUNK_NAMES.iter().find(|name| !files.page_chunks.contains_key(**name)) {
        return Err(format!("{} has no chunk for {missing}; rebuild the app: make build-app", app.join("app.json").display()));
    }
    for file in files.files() {
        site.write(&format!("{ASSETS_DIR}/{}", file.file), &file.read_checked(app)?)?;
    }
    Ok(files)
}

/// How many pages were written, and how many of them had to be rendered.
pub struct PagesReport {
    /// Every page of the site.
    pub pages: usize,
    /// The pages whose inputs changed since the last build.
    pub rendered: usize,
}

/// Writes every page of the site, `404.html`, `sitemap.xml`, `robots.txt` and `_headers`.
/// Every page is `shell` filled in.
pub fn write_pages(tree: &ContentTree, compiled: &Compiled, app: &AppFiles, shell: &Shell, site_url: &str, site: &mut SiteWriter) -> Result<PagesReport, String> {
    let site_data = Arc::new(compiled.site.clone());
    let site_json = json(&*site_data)?;
    let mut cache = RenderCache::open(site.root(), &[&json(app)?, shell.source(), site_url, paths::base()]);
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
            Page::Search => (PageHead::search(&site_data, ""), None, None),
            Page::Topics => {
                loader::seed(TOPICS_DATA_PATH, compiled.topics.clone());
                (PageHead::topics(&site_data), None, Some((TOPICS_DATA_ID, TOPICS_DATA_PATH.to_string(), json(&compiled.topics)?)))
            }
            Page::Hub { center } => {
                let data = compiled.center(center).ok_or_else(|| format!("no index for center {center}"))?;
                let data_path = center_data_path(center);
                loader::seed(&data_path, data.clone());
                (PageHead::hub(&site_data, data), None, Some((CENTER_DATA_ID, data_path, json(data)?)))
            }
            Page::Item { center, slug } => {
                let data = *items.get(&path).ok_or_else(|| format!("no data for {path}"))?;
                let data_path = item_data_path(center, slug);
                loader::seed(&data_path, data.clone());
                (PageHead::item(&site_data, data), Some(data), Some((ITEM_DATA_ID, data_path, json(data)?)))
            }
        };
        let mut blocks = vec![site_block(&site_json)];
        blocks.extend(own_data.as_ref().map(|(id, path, json)| DataBlock { id, path, json }));
        let page_json = blocks.iter().map(|block| block.json).collect::<Vec<_>>().join("\n");
        let tags = HeadTags::for_page(&head, item, &site_data, site_url, shell.lang());
        let file = page_file(&path);
        if cache.unchanged(&path, &site.root().join(&file), &page_json) {
            site.keep(file);
        } else {
            let body = render_page(&site_data, &path);
            let parts = PageParts { head: &tags, body: &body, path: Some(&path), base: paths::base(), data: &blocks };
            site.write(&file, compose(shell, app, &parts).as_bytes())?;
            rendered += 1;
        }
        if head.indexable {
            let lastmod = last_modified(&page, item, compiled).unwrap_or_else(Date::today);
            sitemap_urls.push((tags.canonical.clone().unwrap_or_default(), lastmod));
        }
        count += 1;
    }
    write_not_found(&site_data, &site_json, app, shell, site_url, site)?;
    write_offline_reading(&site_data, app, shell, site_url, site)?;
    site.write("sitemap.xml", sitemap::sitemap_xml(&sitemap_urls).as_bytes())?;
    site.write("robots.txt", sitemap::robots_txt(site_url).as_bytes())?;
    site.write("_headers", headers_file(paths::base(), &app.head_script.hash).as_bytes())?;
    cache.save()?;
    Ok(PagesReport { pages: count, rendered })
}

/// `404.html`: rendered for no address; the browser renders the address it is shown for.
fn write_not_found(site_data: &Arc<SiteData>, site_json: &str, app: &AppFiles, shell: &Shell, site_url: &str, site: &mut SiteWriter) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::not_found(site_data), None, site_data, site_url, shell.lang());
    let body = render_page(site_data, "/404/not/found");
    let parts = PageParts { head: &tags, body: &body, path: None, base: paths::base(), data: &[site_block(site_json)] };
    site.write("404.html", compose(shell, app, &parts).as_bytes())
}

/// What reading offline and installing need: the service worker, with the offline page inside
/// it (so a first visit downloads nothing for it but the worker), and the web app manifest.
/// The offline page carries no data: the app does not start on it (it is static, and its
/// links and "Try again" are plain links).
fn write_offline_reading(site_data: &Arc<SiteData>, app: &AppFiles, shell: &Shell, site_url: &str, site: &mut SiteWriter) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::offline(site_data), None, site_data, site_url, shell.lang());
    let body = render_offline_page(site_data);
    if body.matches(OFFLINE_PAGES_SLOT).count() != 1 {
        return Err(format!("the offline page must hold {OFFLINE_PAGES_SLOT} once, for the service worker to fill"));
    }
    let parts = PageParts { head: &tags, body: &body, path: None, base: paths::base(), data: &[] };
    site.write(SERVICE_WORKER_FILE, service_worker(app, &compose(shell, app, &parts))?.as_bytes())?;
    site.write(MANIFEST_FILE, manifest(site_data, app, shell, paths::base())?.as_bytes())
}

/// The site index's block, which every page carries.
pub fn site_block(site_json: &str) -> DataBlock<'_> {
    DataBlock { id: SITE_DATA_ID, path: SITE_DATA_PATH, json: site_json }
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
        Page::Home | Page::Saved | Page::Search | Page::Topics => newest(None),
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
