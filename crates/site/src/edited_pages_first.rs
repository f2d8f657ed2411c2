//! Under `make serve`, the pages of the items a save changed are written first, before the
//! rest of the site: the writer reloads the page they are editing, and on a large site the
//! hubs, the A–Z and the search index (which every build makes again from the whole site)
//! follow a second later. The same pages are then made again by the build, with the same
//! bytes (`crates/content/tests/kept_items.rs` checks the data is the whole build's,
//! `tests/build/serve.mjs` the watched site against a fresh build).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use health_app_files::AppFiles;
use health_content::Page;
use health_content::build::{Outputs, PictureTable, compile_read_items};
use health_content::source::ContentTree;
use rayon::prelude::*;

use super::page_writer::{ItemAt, Site, hash_text, json, write_page};
use super::render_cache::RenderCache;
use super::shell::Shell;
use super::sitemap::Newest;

/// Writes the page of every item `tree` read into the site folder `dist`; returns how many.
pub fn write_edited_pages(
    tree: &ContentTree,
    pictures: &PictureTable,
    app: &Path,
    shell: &Shell,
    site_url: &str,
    dist: &Path,
) -> Result<usize, String> {
    if tree.centers.iter().all(|folder| folder.items.is_empty()) {
        return Ok(0);
    }
    let mut compiled = compile_read_items(tree);
    compiled.for_each_image_mut(|image| pictures.apply(image));
    let app = AppFiles::read(app)?;
    let data = Arc::new(compiled.site.clone());
    let site_json = json(&*data)?;
    let (newest, outputs, cache, no_stamps) =
        (Newest::of(&compiled), Outputs::unrecorded(dist), RenderCache::none(), HashMap::new());
    let site = Site {
        data,
        json_hash: hash_text(&site_json),
        json: site_json,
        data_files: &no_stamps,
        newest: &newest,
        compiled: &compiled,
        items: compiled.items.iter().map(|item| (item.path(), ItemAt::Memory(item))).collect(),
        app: &app,
        shell,
        url: site_url,
        outputs: &outputs,
        cache: &cache,
    };
    let pages: Vec<Page> = compiled
        .items
        .iter()
        .map(|item| Page::Item { center: item.center.slug.clone(), slug: item.item.slug.clone() })
        .collect();
    let written: Result<Vec<_>, String> = pages.par_iter().map(|page| write_page(page, &site)).collect();
    Ok(written?.len())
}
