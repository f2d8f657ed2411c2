//! Writes the data files and the images into the site folder (`dist/`).

use std::io;

use rayon::prelude::*;
use serde::Serialize;

use super::outputs::{Outputs, Stamp};
use super::{Compiled, PictureTable};
use crate::data::{CENTERS_DATA_PATH, SITE_DATA_PATH, center_data_path, item_data_path, topics_data_path};

/// What [`write_site_data`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Data files written (or left as they were, being unchanged).
    pub data_files: usize,
    /// Images copied (or left, being unchanged).
    pub images: usize,
    /// Files whose bytes actually changed.
    pub changed: usize,
    /// Every file written or left unchanged, relative to the site folder (`content/site.json`),
    /// with its stamp.
    pub files: Vec<(String, Stamp)>,
}

/// Writes every data file of `compiled` under `content/` and the published pictures of
/// `pictures` under `images/` in the site folder of `outputs`, on every core. A file whose
/// bytes are unchanged is not rewritten, so its date, and any cache keyed on it, stays as it was.
pub fn write_site_data(compiled: &Compiled, pictures: &PictureTable, outputs: &Outputs) -> io::Result<WriteReport> {
    let mut data: Vec<(String, &(dyn ErasedJson + Sync))> =
        vec![(SITE_DATA_PATH.into(), &compiled.site), (CENTERS_DATA_PATH.into(), &compiled.center_list)];
    data.extend(
        compiled.topics.iter().map(|topics| (topics_data_path(topics.page), topics as &(dyn ErasedJson + Sync))),
    );
    data.extend(
        compiled
            .centers
            .iter()
            .map(|center| (center_data_path(&center.center.slug), center as &(dyn ErasedJson + Sync))),
    );
    data.extend(
        compiled
            .items
            .iter()
            .map(|item| (item_data_path(&item.center.slug, &item.item.slug), item as &(dyn ErasedJson + Sync))),
    );
    let written: Vec<io::Result<(String, (bool, Stamp))>> = data
        .par_iter()
        .map(|(path, value)| {
            let relative = path.trim_start_matches('/').to_string();
            let written = outputs.write(&relative, value.to_json()?.as_bytes())?;
            Ok((relative, written))
        })
        .collect();
    let copied: Vec<io::Result<(String, (bool, Stamp))>> =
        pictures.files.par_iter().map(|file| Ok((file.path.clone(), outputs.copy(&file.from, &file.path)?))).collect();
    let mut report = WriteReport { data_files: written.len(), images: copied.len(), ..WriteReport::default() };
    for file in written.into_iter().chain(copied) {
        let (relative, (changed, stamp)) = file?;
        report.changed += usize::from(changed);
        report.files.push((relative, stamp));
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
