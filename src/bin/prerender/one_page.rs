//! One page of the site, from its data to its file: what [`write_pages`](super::pages::write_pages)
//! does for every page, on every core. Each page is rendered from its own data alone (the
//! renderer's session cache is emptied first), so the result does not depend on which thread
//! rendered which page before it.

use std::collections::HashMap;
use std::sync::Arc;

use health_center::content::loader;
use health_center::site::app_files::AppFiles;
use health_center::site::head::HeadTags;
use health_center::site::page_head::PageHead;
use health_center::site::render::render_page;
use health_content::build::{Compiled, Outputs, Stamp};
use health_content::data::{
    CENTER_DATA_ID, CENTERS_DATA_ID, CENTERS_DATA_PATH, ITEM_DATA_ID, ItemData, SITE_DATA_ID, SITE_DATA_PATH, SiteData, TOPICS_DATA_ID,
    center_data_path, item_data_path, topics_data_path,
};
use health_content::{Date, Page};

use super::document::{DataBlock, PageParts, compose, page_chunks};
use super::render_cache::RenderCache;
use super::shell::Shell;

/// What every page is made with.
pub struct Site<'a> {
    /// The site index every page carries.
    pub data: Arc<SiteData>,
    /// The site index's JSON, as each page carries it.
    pub json: String,
    /// Every data file of the site.
    pub compiled: &'a Compiled,
    /// Each item's data file by its site path.
    pub items: HashMap<String, &'a ItemData>,
    /// The app's files, as `app.json` records them.
    pub app: &'a AppFiles,
    /// The page shell every page is written into.
    pub shell: &'a Shell,
    /// The site's public address with the base (`https://example.org/health`).
    pub url: &'a str,
    /// The site folder, with what the last build wrote into it.
    pub outputs: &'a Outputs,
    /// Each page's inputs at the last build, to skip the pages whose inputs did not change.
    pub cache: &'a RenderCache,
}

/// A page as it was written (or found unchanged).
pub struct WrittenPage {
    /// Its site path.
    pub path: String,
    /// Its file, relative to the site folder.
    pub file: String,
    /// The hash of its inputs, for the next build.
    pub inputs: u64,
    /// Whether it was rendered (its inputs changed).
    pub rendered: bool,
    /// Whether its file's bytes changed.
    pub changed: bool,
    /// Its file's stamp, for the next build.
    pub stamp: Stamp,
    /// Its sitemap entry (canonical address, last change), if it is indexed.
    pub sitemap: Option<(String, Date)>,
}

/// Renders `page` into its file, unless its inputs are those of the last build.
pub fn write_page(page: &Page, site: &Site) -> Result<WrittenPage, String> {
    let path = page.path();
    let (head, item, own_data) = own_data(page, &path, site)?;
    let mut blocks = vec![site_block(&site.json)];
    blocks.extend(own_data.as_ref().map(|(id, data_path, json)| DataBlock { id, path: data_path, json }));
    let page_json = blocks.iter().map(|block| block.json).collect::<Vec<_>>().join("\n");
    let tags = HeadTags::for_page(&head, item, &site.data, site.url, site.shell.lang());
    let file = page_file(&path);
    let inputs = site.cache.inputs(&path, &page_json);
    let sitemap = head.indexable.then(|| {
        let lastmod = last_modified(page, item, site.compiled).unwrap_or_else(Date::today);
        (tags.canonical.clone().unwrap_or_default(), lastmod)
    });
    let target = site.outputs.root().join(&file);
    let failed = |e: std::io::Error| format!("cannot write {}: {e}", target.display());
    let (rendered, changed, stamp) = if site.cache.unchanged(&path, inputs, &target) {
        (false, false, site.outputs.stamp_of(&file).map_err(failed)?)
    } else {
        let body = render_page(&site.data, &path);
        let chunks = page_chunks(page, item);
        let parts = PageParts { head: &tags, body: &body, path: Some(&path), base: health_center::paths::base(), data: &blocks, chunks: &chunks };
        let html = compose(site.shell, site.app, &parts);
        let (changed, stamp) = site.outputs.write(&file, html.as_bytes()).map_err(failed)?;
        (true, changed, stamp)
    };
    loader::clear();
    Ok(WrittenPage { path, file, inputs, rendered, changed, stamp, sitemap })
}

/// The page's head, its item, and the data file it carries besides the site index (its id,
/// site path and JSON), put in the renderer's session cache as the browser's will hold it.
type OwnData<'a> = (PageHead, Option<&'a ItemData>, Option<(&'static str, String, String)>);

fn own_data<'a>(page: &Page, path: &str, site: &Site<'a>) -> Result<OwnData<'a>, String> {
    let compiled = site.compiled;
    loader::clear();
    Ok(match page {
        Page::Home => {
            loader::seed(CENTERS_DATA_PATH, compiled.center_list.clone());
            (PageHead::home(&site.data), None, Some((CENTERS_DATA_ID, CENTERS_DATA_PATH.to_string(), json(&compiled.center_list)?)))
        }
        Page::Saved => (PageHead::saved(&site.data), None, None),
        Page::Search => (PageHead::search(&site.data, ""), None, None),
        Page::Topics { page } => {
            let data = compiled.topics_page(*page).ok_or_else(|| format!("no A–Z page {page}"))?;
            let data_path = topics_data_path(*page);
            loader::seed(&data_path, data.clone());
            (PageHead::topics(&site.data, *page), None, Some((TOPICS_DATA_ID, data_path, json(data)?)))
        }
        Page::Hub { center } => {
            let data = compiled.center(center).ok_or_else(|| format!("no index for center {center}"))?;
            let data_path = center_data_path(center);
            loader::seed(&data_path, data.clone());
            (PageHead::hub(&site.data, data), None, Some((CENTER_DATA_ID, data_path, json(data)?)))
        }
        Page::Item { center, slug } => {
            let data = *site.items.get(path).ok_or_else(|| format!("no data for {path}"))?;
            let data_path = item_data_path(center, slug);
            loader::seed(&data_path, data.clone());
            (PageHead::item(&site.data, data), Some(data), Some((ITEM_DATA_ID, data_path, json(data)?)))
        }
    })
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
        Page::Home | Page::Saved | Page::Search | Page::Topics { .. } => newest(None),
    }
}

/// `index.html` for `/`, `back-pain/index.html` for `/back-pain`.
fn page_file(path: &str) -> String {
    let folder = path.trim_start_matches('/');
    if folder.is_empty() { "index.html".to_string() } else { format!("{folder}/index.html") }
}

/// Compact JSON of a data file.
pub fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot write JSON: {e}"))
}
