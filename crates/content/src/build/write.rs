//! Writes the data files and the images into the site folder (`dist/`).

use std::fs;
use std::io;
use std::path::Path;

use serde::Serialize;

use super::{Compiled, PictureTable};
use crate::data::{SITE_DATA_PATH, TOPICS_DATA_PATH, center_data_path, item_data_path};

/// What [`write_site_data`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Data files written (or left as they were, being unchanged).
    pub data_files: usize,
    /// Images copied (or left, being unchanged).
    pub images: usize,
    /// Files whose bytes actually changed.
    pub changed: usize,
    /// Every file written or left unchanged, relative to the site folder (`content/site.json`).
    pub files: Vec<String>,
}

/// Writes every data file of `compiled` under `site/content/` and the published pictures of
/// `pictures` under `site/images/`. A file whose bytes are unchanged is not rewritten, so its
/// date, and any cache keyed on it, stays as it was.
pub fn write_site_data(compiled: &Compiled, pictures: &PictureTable, site: &Path) -> io::Result<WriteReport> {
    let mut report = WriteReport::default();
    let mut write = |path: &str, value: &dyn ErasedJson| -> io::Result<()> {
        report.data_files += 1;
        let relative = path.trim_start_matches('/');
        if write_if_changed(&site.join(relative), value.to_json()?.as_bytes())? {
            report.changed += 1;
        }
        report.files.push(relative.to_string());
        Ok(())
    };
    write(SITE_DATA_PATH, &compiled.site)?;
    write(TOPICS_DATA_PATH, &compiled.topics)?;
    for center in &compiled.centers {
        write(&center_data_path(&center.center.slug), center)?;
    }
    for item in &compiled.items {
        write(&item_data_path(&item.center.slug, &item.item.slug), item)?;
    }
    for file in &pictures.files {
        report.images += 1;
        if copy_if_changed(&file.from, &site.join(&file.path))? {
            report.changed += 1;
        }
        report.files.push(file.path.clone());
    }
    Ok(report)
}

/// Serializes any data file to compact JSON (one object-safe entry point for the writer).
trait ErasedJson {
    fn to_json(&self) -> io::Result<String>;
}

impl<T: Serialize> ErasedJson for T {
    fn to_json(&self) -> io::Result<String> {
        serde_json::to_string(self).map_err(io::Error::other)
    }
}

/// Writes `bytes` to `path` unless it already holds them; true when it wrote.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, bytes)?;
    Ok(true)
}

/// Copies `from` to `to` unless `to` already holds the same bytes; true when it copied.
fn copy_if_changed(from: &Path, to: &Path) -> io::Result<bool> {
    if fs::metadata(to).is_ok_and(|m| fs::metadata(from).is_ok_and(|f| f.len() == m.len())) && fs::read(to)? == fs::read(from)? {
        return Ok(false);
    }
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::copy(from, to)?;
    Ok(true)
}
