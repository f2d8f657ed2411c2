//! Reads the authored content folder into typed values (native: the content step, tests).
//!
//! The folder holds `site.json`, one folder per center with `_center.json` and one
//! `{slug}.md` per article or slideshow (see `markdown`), and `images/`.

pub mod cache;
mod error;
mod image_size;
pub mod markdown;
pub mod pictures;
mod starting_file;
mod validate;

pub use error::ContentError;
pub use image_size::image_size;
pub use markdown::{FieldLines, MarkdownItem};
pub use starting_file::starting_file;
pub use validate::{locate as locate_errors, validate};

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::model::{Center, Item, Site};
use cache::{FromCache, SourceCache, Update, read_item_cached};
use crate::page::Page;

/// The file every center folder holds besides its items.
pub const CENTER_FILE: &str = "_center.json";

/// An item with the file it came from.
#[derive(Clone, Debug)]
pub struct ItemSource {
    /// Path relative to the content folder, e.g. `back-pain/spinal-manipulation.md`.
    pub file: String,
    /// The parsed item.
    pub item: Item,
    /// The line of each of its fields, for validation's messages.
    pub lines: FieldLines,
}

/// A center with its items, as read from its folder.
#[derive(Clone, Debug)]
pub struct CenterSource {
    /// Path of the center file relative to the content folder.
    pub file: String,
    /// The parsed center.
    pub center: Center,
    /// Its published items, sorted by file name.
    pub items: Vec<ItemSource>,
    /// Its drafts (`draft = true`): checked, never published.
    pub drafts: Vec<ItemSource>,
}

/// All content, parsed but not yet cross-checked (see [`validate`]).
#[derive(Clone, Debug)]
pub struct ContentTree {
    /// The content folder it was read from.
    pub root: PathBuf,
    /// `site.json`.
    pub site: Site,
    /// The centers that `site.json` lists, in its order.
    pub centers: Vec<CenterSource>,
}

impl ContentTree {
    /// Reads and parses every file under `root`; every unreadable or malformed file is reported.
    pub fn load(root: &Path) -> Result<ContentTree, Vec<ContentError>> {
        ContentTree::load_cached(root, None)
    }

    /// [`load`](Self::load), taking each item file that `cache` holds unchanged from it
    /// instead of reading it, and keeping in it what this load read (`make serve`).
    pub fn load_reusing(root: &Path, cache: &mut SourceCache) -> Result<ContentTree, Vec<ContentError>> {
        let before = std::mem::take(cache);
        let mut update = Update::default();
        let tree = ContentTree::load_cached(root, Some((&before, &mut update)));
        *cache = before;
        cache.update(update.taken, update.read);
        tree
    }

    fn load_cached(root: &Path, mut cache: Option<(&SourceCache, &mut Update)>) -> Result<ContentTree, Vec<ContentError>> {
        let mut errors = Vec::new();
        let site: Option<Site> = parse_file(root, "site.json").map_err(|e| errors.push(e)).ok();
        let mut centers = Vec::new();
        if let Some(site) = &site {
            // Every center on every core (and, inside each, every file: see `load_center`).
            let before = cache.as_ref().map(|(before, _)| *before);
            let loaded: Vec<_> = site.centers.par_iter().map(|slug| load_center(root, slug, before)).collect();
            for (center, mut update) in loaded {
                if let Some((_, all)) = cache.as_mut() {
                    all.taken.append(&mut update.taken);
                    all.read.append(&mut update.read);
                }
                match center {
                    Ok(folder) => centers.push(folder),
                    Err(mut found) => errors.append(&mut found),
                }
            }
        }
        match site {
            Some(site) if errors.is_empty() => Ok(ContentTree { root: root.to_path_buf(), site, centers }),
            _ => Err(errors),
        }
    }

    /// Every page the content defines, in sitemap order: home, each hub followed by its
    /// items, the A–Z's pages, search, then the saved page.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Home];
        for folder in &self.centers {
            let center = &folder.center.slug;
            pages.push(Page::Hub { center: center.clone() });
            pages.extend(folder.items.iter().map(|f| Page::Item { center: center.clone(), slug: f.item.slug.clone() }));
        }
        let items = self.centers.iter().map(|folder| folder.items.len()).sum();
        pages.extend((1..=crate::data::topics_page_count(items)).map(|page| Page::Topics { page }));
        pages.extend([Page::Search, Page::Saved]);
        pages
    }

    /// Whether an image's site path (`/images/…`) names a file in the content folder.
    pub fn image_exists(&self, src: &str) -> bool {
        src.starts_with("/images/") && !src.contains("..") && self.root.join(src.trim_start_matches('/')).is_file()
    }
}

/// A center's folder, or every problem in it; and what its load took from the cache or read
/// (kept even when another file of the folder has a problem).
fn load_center(root: &Path, slug: &str, cache: Option<&SourceCache>) -> (Result<CenterSource, Vec<ContentError>>, Update) {
    let center_file = format!("{slug}/{CENTER_FILE}");
    let mut errors = Vec::new();
    let center: Option<Center> = parse_file(root, &center_file).map_err(|e| errors.push(e)).ok();
    let (mut items, mut drafts) = (Vec::new(), Vec::new());
    // Read and parsed on every core; collected in file-name order, so the result (and every
    // message) is the same whatever the number of cores.
    let mut update = Update::default();
    let files = match item_files(root, slug) {
        Ok(files) => files,
        Err(found) => return (Err(found), update),
    };
    let read: Vec<_> = files.into_par_iter().map(|file| read_item_cached(root, file, cache)).collect();
    for item in read {
        match item {
            Ok((source, draft, from_cache)) => {
                match from_cache {
                    FromCache::Taken => update.taken.push(source.file.clone()),
                    FromCache::Read(cached) => update.read.push((source.file.clone(), *cached)),
                    FromCache::NoCache => {}
                }
                if draft { drafts.push(source) } else { items.push(source) }
            }
            Err(mut found) => errors.append(&mut found),
        }
    }
    let folder = match center {
        Some(center) if errors.is_empty() => Ok(CenterSource { file: center_file, center, items, drafts }),
        _ => Err(errors),
    };
    (folder, update)
}

/// One item file read and parsed, and whether it is a draft; or every problem in it.
pub(crate) fn read_item_file(root: &Path, file: String, image_size: &markdown::ImageSize) -> Result<(ItemSource, bool), Vec<ContentError>> {
    let text = fs::read_to_string(root.join(&file)).map_err(|e| vec![ContentError::new(&file, ".", format!("cannot read the file: {e}"))])?;
    match markdown::read_item(&file, &text, image_size) {
        Ok(MarkdownItem { item, draft, lines }) => Ok((ItemSource { file, item, lines }, draft)),
        Err(found) => Err(found.into_iter().map(|(line, message)| ContentError::at_line(&file, line, message)).collect()),
    }
}

fn item_files(root: &Path, slug: &str) -> Result<Vec<String>, Vec<ContentError>> {
    let dir: PathBuf = root.join(slug);
    let entries = fs::read_dir(&dir).map_err(|e| {
        vec![ContentError::new(format!("{slug}/"), ".", format!("cannot read the center folder listed in site.json: {e}"))]
    })?;
    let mut files = Vec::new();
    let mut strays = Vec::new();
    for name in entries.filter_map(|entry| entry.ok()).map(|entry| entry.file_name().to_string_lossy().into_owned()) {
        // Editors' backup and swap files are not content.
        if name.starts_with('.') || name.ends_with('~') || name == CENTER_FILE {
            continue;
        }
        if name.ends_with(".md") {
            files.push(format!("{slug}/{name}"));
        } else {
            let message = "not an item file: articles and slideshows are `{slug}.md` files (see CONTENT.md); pictures go in images/";
            strays.push(ContentError::new(format!("{slug}/{name}"), ".", message));
        }
    }
    if !strays.is_empty() {
        return Err(strays);
    }
    files.sort();
    Ok(files)
}

/// Reads and validates the content folder `root` as of `today`: the tree, or every problem.
pub fn check(root: &Path, today: crate::Date) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load(root)?;
    let errors = validate(&tree, today, &|src| tree.image_exists(src));
    if errors.is_empty() { Ok(tree) } else { Err(errors) }
}

/// [`check`], reading only the item files that `cache` does not hold unchanged (`make serve`).
pub fn check_reusing(root: &Path, today: crate::Date, cache: &mut SourceCache) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load_reusing(root, cache)?;
    let errors = validate(&tree, today, &|src| tree.image_exists(src));
    if errors.is_empty() { Ok(tree) } else { Err(errors) }
}

/// [`check`], and every photograph checked as the build would check it (decoded, unless the
/// picture cache already holds it): `make check`, which must find every problem at once.
pub fn check_with_pictures(root: &Path, today: crate::Date) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load(root)?;
    let mut errors = validate(&tree, today, &|src| tree.image_exists(src));
    errors.extend(pictures::check_pictures(&tree));
    if errors.is_empty() { Ok(tree) } else { Err(errors) }
}

/// Every problem, one per line, under a heading naming the folder and their number.
pub fn report(root: &Path, errors: &[ContentError]) -> String {
    let mut text = format!("Content errors in {} ({}):\n", root.display(), errors.len());
    for error in errors {
        text.push_str(&format!("  {error}\n"));
    }
    text
}

/// Parses one file, naming the field path of the first problem (`serde_path_to_error`).
pub fn parse_file<T: DeserializeOwned>(root: &Path, file: &str) -> Result<T, ContentError> {
    let text = fs::read_to_string(root.join(file))
        .map_err(|e| ContentError::new(file, ".", format!("cannot read the file: {e}")))?;
    parse_text(file, &text)
}

/// Parses JSON text that came from `file`, naming the field path of the first problem.
pub fn parse_text<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let mut field = error.path().to_string();
        let inner = error.into_inner();
        // serde names a missing field only in its message; put it in the path where it belongs.
        if let Some(missing) = inner.to_string().strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
            field = if field == "." { missing.to_string() } else { format!("{field}.{missing}") };
        }
        let message = if inner.is_syntax() || inner.is_eof() {
            // The position is in the message; a field path means nothing in broken JSON.
            field = ".".into();
            format!("invalid JSON: {inner}")
        } else {
            inner.to_string()
        };
        ContentError::new(file, field, message)
    })
}
