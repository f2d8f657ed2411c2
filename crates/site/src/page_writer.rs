//! One page of the site, from its data to its file: what [`write_pages`](super::pages::write_pages)
//! does for every page, on every core. Each page is rendered from its own data alone (the
//! renderer's session cache is emptied first), so the result does not depend on which thread
//! rendered which page before it.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use health_app_files::AppFiles;
use health_center::content::loader;
use health_center::routes::head_of;
use health_center::site::head::HeadTags;
use health_center::site::page_head::PageHead;
use health_center::site::render::{render_page, seed_page_data};
use health_content::build::{Compiled, KeptData, Outputs, Stamp};
use health_content::data::{DataFile, ItemData, PageData, SITE_DATA_ID, SITE_DATA_PATH, SiteData, item_data_path};
use health_content::{Date, Page};

use super::document::{DataBlock, PageParts, compose, page_chunks};
use super::output::read_data_file;
use super::render_cache::RenderCache;
use super::shell::Shell;
use super::sitemap::Newest;

/// What every page is made with.
pub struct Site<'a> {
    /// The site index every page carries.
    pub data: Arc<SiteData>,
    /// The site index's JSON, as each page carries it.
    pub json: String,
    /// Its hash.
    pub json_hash: u64,
    /// The data files this build wrote or kept, by their path in the site folder, with stamps.
    pub data_files: &'a HashMap<String, Stamp>,
    /// The newest item dates, for the sitemap.
    pub newest: &'a Newest,
    /// Every data file of the site.
    pub compiled: &'a Compiled,
    /// Each item's data by its site path.
    pub items: HashMap<String, ItemAt<'a>>,
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

/// Where an item's data is: made by this build, or in the data file the last build wrote.
#[derive(Clone, Copy)]
pub enum ItemAt<'a> {
    /// Read and compiled now.
    Memory(&'a ItemData),
    /// Kept: its data file is as the last build wrote it.
    Kept(&'a KeptData),
}

/// Renders `page` into its file, unless its inputs are those of the last build. A kept
/// item's data is read from its data file only when its page must be rendered again (the
/// site index changed, or the page file is gone).
pub fn write_page(page: &Page, site: &Site) -> Result<WrittenPage, String> {
    let path = page.path();
    let Some(ItemAt::Kept(kept)) = site.items.get(&path) else { return write_page_of(page, path, site, None) };
    let data_file = item_data_path(&kept.center, &kept.slug).trim_start_matches('/').to_string();
    let own_hash =
        site.data_files.get(&data_file).ok_or_else(|| format!("the data file {data_file} was not kept"))?.hash;
    let inputs = site.cache.inputs(&path, site.json_hash, Some(own_hash));
    let file = page_file(&path);
    if site.cache.unchanged(&path, inputs, &site.outputs.root().join(&file)) {
        let stamp = site.outputs.stamp_of(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
        // An item page is indexed, at its canonical address, with its update date.
        let sitemap = Some((format!("{}{path}", site.url), kept.last_updated));
        return Ok(WrittenPage { path, file, inputs, rendered: false, changed: false, stamp, sitemap });
    }
    let data = read_data_file(site.outputs.root(), &data_file)?;
    write_page_of(page, path, site, Some(&data))
}

/// [`write_page`] with the item's data at hand (for an item page whose data was kept).
fn write_page_of(page: &Page, path: String, site: &Site, loaded: Option<&ItemData>) -> Result<WrittenPage, String> {
    let (head, own) = own_data(page, &path, site, loaded)?;
    let item = match own {
        Some(OwnData { data: PageData::Item(data), .. }) => Some(data),
        _ => None,
    };
    let tags = HeadTags::for_page(&head, item, &site.data, site.url, site.shell.lang());
    let file = page_file(&path);
    // A page is its data: the site index and the data file it carries, whose hash the data
    // files' step has just taken (so an unchanged page's data is not serialized again).
    let own_hash = match &own {
        Some(own) => Some(
            site.data_files
                .get(own.data_path().trim_start_matches('/'))
                .map_or_else(|| own.json().map(|json| hash_text(&json)), |stamp| Ok(stamp.hash))?,
        ),
        None => None,
    };
    let inputs = site.cache.inputs(&path, site.json_hash, own_hash);
    let sitemap = head.indexable.then(|| {
        let lastmod = last_modified(page, item, site.newest).unwrap_or_else(Date::today);
        (tags.canonical.clone().unwrap_or_default(), lastmod)
    });
    let target = site.outputs.root().join(&file);
    let failed = |e: std::io::Error| format!("cannot write {}: {e}", target.display());
    let (rendered, changed, stamp) = if site.cache.unchanged(&path, inputs, &target) {
        (false, false, site.outputs.stamp_of(&file).map_err(failed)?)
    } else {
        loader::clear();
        let own_json = match &own {
            Some(own) => Some((own.id(), own.data_path(), own.seed_and_json()?)),
            None => None,
        };
        let mut blocks = vec![site_block(&site.json)];
        blocks.extend(own_json.as_ref().map(|(id, data_path, json)| DataBlock { id, path: data_path, json }));
        let body = render_page(&site.data, &path);
        let chunks = page_chunks(page, item);
        let parts = PageParts {
            head: &tags,
            body: &body,
            path: Some(&path),
            base: health_center::paths::base(),
            data: &blocks,
            chunks: &chunks,
        };
        let html = compose(site.shell, site.app, &parts);
        loader::clear();
        let (changed, stamp) = site.outputs.write(&file, html.as_bytes()).map_err(failed)?;
        (true, changed, stamp)
    };
    Ok(WrittenPage { path, file, inputs, rendered, changed, stamp, sitemap })
}

/// The data file a page carries besides the site index, with its data.
struct OwnData<'a> {
    /// Which file.
    file: DataFile<'a>,
    /// Its data.
    data: PageData<'a>,
}

impl OwnData<'_> {
    /// The id of its `<script type="application/json">` block.
    fn id(&self) -> &'static str {
        self.file.id()
    }

    /// Its site path (`/content/back-pain/sciatica.json`).
    fn data_path(&self) -> String {
        self.file.path()
    }

    /// Its JSON, as its data file holds it.
    fn json(&self) -> Result<String, String> {
        match self.data {
            PageData::Centers(data) => json(data),
            PageData::Topics(data) => json(data),
            PageData::Center(data) => json(data),
            PageData::Item(data) => json(data),
        }
    }

    /// Puts it in the renderer's session cache, as the browser's will hold it; its JSON.
    fn seed_and_json(&self) -> Result<String, String> {
        seed_page_data(self.file, self.data);
        self.json()
    }
}

/// The page's head and the data file it carries besides the site index (the one
/// `Page::data_file` names).
fn own_data<'a>(
    page: &'a Page,
    path: &str,
    site: &Site<'a>,
    loaded: Option<&'a ItemData>,
) -> Result<(PageHead, Option<OwnData<'a>>), String> {
    let compiled = site.compiled;
    let own = match page.data_file() {
        None => None,
        Some(file) => {
            // An item's data is where `site.items` says (or `loaded`, read from its kept file).
            let data = match (file, loaded, site.items.get(path)) {
                (DataFile::Item(..), Some(data), _) => PageData::Item(data),
                (DataFile::Item(..), None, Some(ItemAt::Memory(data))) => PageData::Item(data),
                (DataFile::Item(..), ..) => return Err(format!("no data for {path}")),
                _ => compiled.data(file).ok_or_else(|| format!("no {} for {path}", file.path()))?,
            };
            Some(OwnData { file, data })
        }
    };
    let head =
        head_of(page, &site.data, own.as_ref().map(|own| own.data)).ok_or_else(|| format!("no head for {path}"))?;
    Ok((head, own))
}

/// A hash of a text that no data file's stamp gave.
pub fn hash_text(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The site index's block, which every page carries.
pub fn site_block(site_json: &str) -> DataBlock<'_> {
    DataBlock { id: SITE_DATA_ID, path: SITE_DATA_PATH, json: site_json }
}

/// When a page's content last changed: an item's update date; for a hub, its newest item;
/// for every other page, the newest item of all.
fn last_modified(page: &Page, item: Option<&ItemData>, newest: &Newest) -> Option<Date> {
    match page {
        Page::Item { .. } => item.map(|data| data.item.last_updated),
        Page::Hub { center } => newest.by_center.get(center).copied(),
        _ => newest.all,
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
