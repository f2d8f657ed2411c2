//! Reads the authored content folder into typed values (native: the site build, tests).
//!
//! The folder holds `site.json`, one folder per center with `_center.json` and one
//! `{slug}.md` per article or slideshow (see `markdown`), and `images/`.

mod characters;
mod dependents;
pub mod drawings;
mod entry;
mod error;
mod image_size;
mod inside;
pub mod kept_items;
mod load;
pub mod markdown;
pub mod messages;
pub mod pictures;
pub mod stamp;
mod starting_file;
pub mod state;
pub(crate) mod validate;

pub use characters::{Refused, nfc, refused_characters};
pub use entry::ItemEntry;
pub use error::ContentError;
pub use image_size::image_size;
pub use inside::check_inside;
pub use markdown::{FieldLines, MarkdownItem};
pub use starting_file::starting_file;
pub use validate::{locate as locate_errors, validate};

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::model::{Center, Item, Site};
use crate::page::Page;
use kept_items::KeptItem;
use stamp::SourceStamp;
use state::BuildState;

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
    /// The file's stamp when it was read (`None` if it could not be taken: then the next
    /// build reads it again).
    pub stamp: Option<SourceStamp>,
}

/// A center with its items, as read from its folder.
#[derive(Clone, Debug)]
pub struct CenterSource {
    /// Path of the center file relative to the content folder.
    pub file: String,
    /// The parsed center.
    pub center: Center,
    /// A hash of the center file's text.
    pub hash: u64,
    /// Its published items read by this build, sorted by file name.
    pub items: Vec<ItemSource>,
    /// Its published items this build did not read, being unchanged since the last build
    /// (see [`ContentTree::load_keeping`]), sorted by file name.
    pub kept: Vec<Arc<KeptItem>>,
    /// Its drafts (`draft = true`): checked, never published; always read.
    pub drafts: Vec<ItemSource>,
}

/// All content, parsed but not yet cross-checked (see [`validate`]).
#[derive(Clone, Debug)]
pub struct ContentTree {
    /// The content folder it was read from.
    pub root: PathBuf,
    /// `site.json`.
    pub site: Site,
    /// A hash of `site.json`'s text.
    pub site_hash: u64,
    /// The centers that `site.json` lists, in its order.
    pub centers: Vec<CenterSource>,
    /// The interface's words in the site's language (`messages::read_messages`).
    pub words: crate::words::Catalog,
    /// Keys of the site's messages files that fall back to the default language's text.
    pub word_notes: Vec<crate::words::MessagesProblem>,
}

impl ContentTree {
    /// Reads and parses every file under `root`; every unreadable or malformed file is reported.
    pub fn load(root: &Path) -> Result<ContentTree, Vec<ContentError>> {
        ContentTree::load_from(root, None)
    }

    /// [`load`](Self::load), keeping from `state` (the last build's record) each item file
    /// whose stamp, and its pictures', still hold and whose center file and `site.json` are
    /// unchanged; then reading again every kept item that links to an item whose title or
    /// kind changed, or to a page that is gone (its data file names them, or it no longer
    /// checks).
    pub fn load_keeping(root: &Path, state: &BuildState) -> Result<ContentTree, Vec<ContentError>> {
        let mut tree = ContentTree::load_from(root, Some(state))?;
        dependents::read_dependents(&mut tree, state)?;
        Ok(tree)
    }

    fn load_from(root: &Path, state: Option<&BuildState>) -> Result<ContentTree, Vec<ContentError>> {
        let mut errors = Vec::new();
        let site: Option<(Site, u64)> = parse_file_hashed(root, "site.json").map_err(|e| errors.extend(e)).ok();
        let mut centers = Vec::new();
        if let Some((site, site_hash)) = &site {
            let state = state.filter(|state| state.site == *site_hash);
            // Tens of thousands of items show a few pictures: each is stamped once.
            let pictures = state.map(|state| state.picture_stamps(root)).unwrap_or_default();
            let kept = state.map(|state| load::Keep { state, pictures: &pictures });
            // Every center on every core (and, inside each, every file: see `load_center`).
            let loaded: Vec<_> =
                site.centers.par_iter().map(|slug| load::load_center(root, slug, kept.as_ref())).collect();
            for center in loaded {
                match center {
                    Ok(folder) => centers.push(folder),
                    Err(mut found) => errors.append(&mut found),
                }
            }
        }
        let words = messages::read_messages(root).map_err(|found| errors.extend(found)).ok();
        match (site, words) {
            (Some((site, site_hash)), Some((words, word_notes))) if errors.is_empty() => {
                Ok(ContentTree { root: root.to_path_buf(), site, site_hash, centers, words, word_notes })
            }
            _ => Err(errors),
        }
    }

    /// Every page the content defines, in sitemap order: home, each hub followed by its
    /// items, the A–Z's pages, then the site's other pages ([`Page::FIXED`]).
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Home];
        for folder in &self.centers {
            let center = &folder.center.slug;
            pages.push(Page::Hub { center: center.clone() });
            pages.extend(
                folder
                    .entries()
                    .iter()
                    .map(|entry| Page::Item { center: center.clone(), slug: entry.slug().to_string() }),
            );
        }
        let items = self.centers.iter().map(CenterSource::item_count).sum();
        pages.extend((1..=crate::data::topics_page_count(items)).map(|page| Page::Topics { page }));
        pages.extend(Page::FIXED.iter().cloned());
        pages
    }

    /// Whether an image's site path (`/images/…`) names a file in the content folder.
    pub fn image_exists(&self, src: &str) -> bool {
        src.starts_with("/images/") && !src.contains("..") && self.root.join(src.trim_start_matches('/')).is_file()
    }
}

/// Reads and validates the content folder `root` as of `today`: the tree, or every problem.
pub fn check(root: &Path, today: crate::Date) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load(root)?;
    let errors = validate(&tree, today, &|src| tree.image_exists(src));
    if errors.is_empty() { Ok(tree) } else { Err(errors) }
}

/// [`check`], keeping from the last build's `state` what did not change (see
/// [`ContentTree::load_keeping`]): only the items read now are checked field by field; the
/// kept ones were checked when they were read, and their links are checked again here.
pub fn check_keeping(root: &Path, today: crate::Date, state: &BuildState) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load_keeping(root, state)?;
    let errors = validate(&tree, today, &|src| tree.image_exists(src));
    if errors.is_empty() { Ok(tree) } else { Err(errors) }
}

/// [`check`], and every photograph checked as the build would check it (decoded, unless the
/// picture cache already holds it): `make check`, which must find every problem at once.
pub fn check_with_pictures(root: &Path, today: crate::Date) -> Result<ContentTree, Vec<ContentError>> {
    let tree = ContentTree::load(root)?;
    let mut errors = validate(&tree, today, &|src| tree.image_exists(src));
    errors.extend(pictures::check_pictures(&tree));
    errors.extend(drawings::check_drawings(&tree).0);
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
pub fn parse_file<T: DeserializeOwned>(root: &Path, file: &str) -> Result<T, Vec<ContentError>> {
    parse_file_hashed(root, file).map(|(value, _)| value)
}

/// [`parse_file`], and a hash of the file's text (what tells the next build it changed).
fn parse_file_hashed<T: DeserializeOwned>(root: &Path, file: &str) -> Result<(T, u64), Vec<ContentError>> {
    let text = read_text(root, file)?;
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    Ok((parse_text(file, &text).map_err(|e| vec![e])?, hasher.finish()))
}

/// A text file of the content folder as the site build reads every one: from inside the
/// folder (see [`check_inside`]), UTF-8, without a character that hides what a reader sees
/// (see [`refused_characters`]), in NFC.
pub fn read_text(root: &Path, file: &str) -> Result<String, Vec<ContentError>> {
    check_inside(root, file).map_err(|message| vec![ContentError::new(file, ".", message)])?;
    let bytes = fs::read(root.join(file))
        .map_err(|e| vec![ContentError::new(file, ".", format!("cannot read the file: {e}"))])?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        vec![ContentError::at_line(file, line, "the file is not UTF-8 text: save it as UTF-8 (every editor can)")]
    })?;
    // No language of the site is written right to left yet: isolates and marks are refused.
    let refused = refused_characters(&text, false);
    if !refused.is_empty() {
        return Err(refused.into_iter().map(|r| ContentError::at_line(file, r.line, r.message)).collect());
    }
    Ok(match nfc(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(composed) => composed,
    })
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
