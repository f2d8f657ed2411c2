//! The site's files besides the data: the app's files (under `assets/`), every page, `404.html`, the sitemap,
//! `robots.txt` and `_headers`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use health_app_files::AppFiles;
use health_center::paths;
use health_center::routes::OFFLINE_PAGES_SLOT;
use health_center::site::head::HeadTags;
use health_center::site::page_head::PageHead;
use health_center::site::render::{render_offline_page, render_page};
use health_content::build::Compiled;
use health_content::data::SiteData;
use health_content::page::Page;
use rayon::prelude::*;

use super::document::{PageParts, compose};
use super::headers::{ASSETS_DIR, headers_file};
use super::manifest::{MANIFEST_FILE, manifest};
use super::output::SiteWriter;
use super::page_writer::{ItemAt, Site, WrittenPage, hash_text, json, site_block, write_page};
use super::render_cache::RenderCache;
use super::service_worker::{SERVICE_WORKER_FILE, service_worker};
use super::shell::Shell;
use super::sitemap::{self, Newest};

/// Copies the app's files, as `app.json` in `app` records them, into `assets/`, checking
/// each against its recorded integrity, and returns the record.
pub fn copy_app(app: &Path, site: &mut SiteWriter) -> Result<AppFiles, String> {
    let files = AppFiles::read(app)?;
    // A page whose chunk the app does not have would load the main module only, and stay
    // as the server sent it: an app built from other code than this site build.
    let mut chunks = health_center::routes::CHUNK_NAMES.iter().chain(health_center::chunks::parts::CHUNK_NAMES);
    if let Some(missing) = chunks.find(|name| !files.page_chunks.contains_key(**name)) {
        return Err(format!(
            "{} has no chunk for {missing}; rebuild the app: make build-app",
            app.join("app.json").display()
        ));
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
    /// Why the last build's record of the pages' inputs was not used, if it was there.
    pub note: Option<String>,
}

/// Writes every page of the site (on every core), `404.html`, `sitemap.xml`, `robots.txt`
/// and `_headers`. Every page is `shell` filled in.
pub fn write_pages(
    pages: &[Page],
    compiled: &Compiled,
    app: &AppFiles,
    shell: &Shell,
    site_url: &str,
    site: &mut SiteWriter,
    cache_file: PathBuf,
) -> Result<PagesReport, String> {
    let data = Arc::new(compiled.site.clone());
    let site_json = json(&*data)?;
    let mut cache = RenderCache::open(cache_file, &[&json(app)?, shell.source(), site_url, paths::base()]);
    let read = compiled.items.iter().map(|item| (item.path(), ItemAt::Memory(item)));
    let items = read.chain(compiled.kept.iter().map(|kept| (kept.path(), ItemAt::Kept(kept)))).collect();
    let written: Vec<Result<WrittenPage, String>> = {
        let (json_hash, newest) = (hash_text(&site_json), Newest::of(compiled));
        let every = Site {
            data: data.clone(),
            json: site_json.clone(),
            json_hash,
            data_files: site.stamps(),
            newest: &newest,
            compiled,
            items,
            app,
            shell,
            url: site_url,
            outputs: site.outputs(),
            cache: &cache,
        };
        pages.par_iter().map(|page| write_page(page, &every)).collect()
    };
    let (mut rendered, mut sitemap_urls) = (0, Vec::new());
    for page in written {
        let page = page?;
        rendered += usize::from(page.rendered);
        site.record(page.file, page.changed, page.stamp);
        cache.record(page.path, page.inputs);
        sitemap_urls.extend(page.sitemap);
    }
    write_not_found(&data, &site_json, app, shell, site_url, site)?;
    write_offline_reading(&data, &json(&compiled.center_list)?, app, shell, site_url, site)?;
    site.write("sitemap.xml", sitemap::sitemap_xml(&sitemap_urls).as_bytes())?;
    site.write("robots.txt", sitemap::robots_txt(site_url).as_bytes())?;
    site.write("_headers", headers_file(paths::base(), &app.head_script.hash).as_bytes())?;
    cache.save()?;
    Ok(PagesReport { pages: pages.len(), rendered, note: cache.note })
}

/// `404.html`: rendered for no address; the browser renders the address it is shown for.
fn write_not_found(
    site_data: &Arc<SiteData>,
    site_json: &str,
    app: &AppFiles,
    shell: &Shell,
    site_url: &str,
    site: &mut SiteWriter,
) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::not_found(site_data), None, site_data, site_url, shell.lang());
    let body = render_page(site_data, "/404/not/found");
    let parts = PageParts {
        head: &tags,
        body: &body,
        path: None,
        base: paths::base(),
        data: &[site_block(site_json)],
        chunks: &[],
    };
    site.write("404.html", compose(shell, app, &parts).as_bytes())
}

/// What reading offline and installing need: the service worker, with the offline page inside
/// it (so a first visit downloads nothing for it but the worker) and the home page's list of
/// centers in its shell, and the web app manifest.
/// The offline page carries no data: the app does not start on it (it is static, and its
/// links and "Try again" are plain links).
fn write_offline_reading(
    site_data: &Arc<SiteData>,
    centers_json: &str,
    app: &AppFiles,
    shell: &Shell,
    site_url: &str,
    site: &mut SiteWriter,
) -> Result<(), String> {
    let tags = HeadTags::for_page(&PageHead::offline(site_data), None, site_data, site_url, shell.lang());
    let body = render_offline_page(site_data);
    if body.matches(OFFLINE_PAGES_SLOT).count() != 1 {
        return Err(format!("the offline page must hold {OFFLINE_PAGES_SLOT} once, for the service worker to fill"));
    }
    let parts = PageParts { head: &tags, body: &body, path: None, base: paths::base(), data: &[], chunks: &[] };
    site.write(SERVICE_WORKER_FILE, service_worker(app, &compose(shell, app, &parts), centers_json)?.as_bytes())?;
    site.write(MANIFEST_FILE, manifest(site_data, app, shell, paths::base())?.as_bytes())
}
