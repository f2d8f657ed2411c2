//! Reads the content folder from disk into typed values (native builds: build script and tests).

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::error::ContentError;
use super::model::{Catalog, Center, CenterEntry, Item, ItemSummary, Site};

/// The file every center folder holds besides its items.
pub const CENTER_FILE: &str = "_center.json";

/// An item with the file it came from.
#[derive(Clone, Debug)]
pub struct ItemFile {
    /// Path relative to the content folder, e.g. `back-pain/spinal-manipulation.json`.
    pub file: String,
    /// The parsed item.
    pub item: Item,
}

/// A center with its items, as read from its folder.
#[derive(Clone, Debug)]
pub struct CenterFolder {
    /// Path of the center file relative to the content folder.
    pub file: String,
    /// The parsed center.
    pub center: Center,
    /// Its items, sorted by file name.
    pub items: Vec<ItemFile>,
}

/// All content, parsed but not yet cross-checked (see `validate`).
#[derive(Clone, Debug)]
pub struct ContentTree {
    /// `site.json`.
    pub site: Site,
    /// The centers that `site.json` lists, in its order.
    pub centers: Vec<CenterFolder>,
}

impl ContentTree {
    /// Reads and parses every file under `root`; every unreadable or malformed file is reported.
    pub fn load(root: &Path) -> Result<ContentTree, Vec<ContentError>> {
        let mut errors = Vec::new();
        let site: Option<Site> = parse_file(root, "site.json").map_err(|e| errors.push(e)).ok();
        let mut centers = Vec::new();
        if let Some(site) = &site {
            for slug in &site.centers {
                match load_center(root, slug) {
                    Ok(folder) => centers.push(folder),
                    Err(mut found) => errors.append(&mut found),
                }
            }
        }
        match site {
            Some(site) if errors.is_empty() => Ok(ContentTree { site, centers }),
            _ => Err(errors),
        }
    }

    /// The bundled catalog: the site and every center with its item summaries.
    pub fn catalog(&self) -> Catalog {
        Catalog {
            site: self.site.clone(),
            centers: self
                .centers
                .iter()
                .map(|folder| CenterEntry {
                    center: folder.center.clone(),
                    items: folder.items.iter().map(|f| ItemSummary::from(&f.item)).collect(),
                })
                .collect(),
        }
    }
}

fn load_center(root: &Path, slug: &str) -> Result<CenterFolder, Vec<ContentError>> {
    let center_file = format!("{slug}/{CENTER_FILE}");
    let mut errors = Vec::new();
    let center: Option<Center> = parse_file(root, &center_file).map_err(|e| errors.push(e)).ok();
    let mut items = Vec::new();
    for file in item_files(root, slug).map_err(|e| vec![e])? {
        match parse_file::<Item>(root, &file) {
            Ok(item) => items.push(ItemFile { file, item }),
            Err(error) => errors.push(error),
        }
    }
    match center {
        Some(center) if errors.is_empty() => Ok(CenterFolder { file: center_file, center, items }),
        _ => Err(errors),
    }
}

fn item_files(root: &Path, slug: &str) -> Result<Vec<String>, ContentError> {
    let dir: PathBuf = root.join(slug);
    let entries = fs::read_dir(&dir).map_err(|e| {
        ContentError::new(format!("{slug}/"), ".", format!("cannot read the center folder listed in site.json: {e}"))
    })?;
    let mut files: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && name != CENTER_FILE)
        .map(|name| format!("{slug}/{name}"))
        .collect();
    files.sort();
    Ok(files)
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
