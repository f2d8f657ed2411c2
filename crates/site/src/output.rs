//! The site folder as the build writes it: every file written this run is recorded with its
//! stamp, a file whose bytes did not change is left alone, and whatever an earlier build left
//! that this one did not write (a removed article, an old wasm) is deleted at the end. The
//! stamps are kept for the next build (`Outputs`), which then proves unchanged files from
//! their metadata and deletes without walking the folder.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use health_content::build::{Outputs, Stamp};
use health_content::data::ItemData;

/// Writes files under one folder and remembers which.
pub struct SiteWriter {
    outputs: Outputs,
    written: HashMap<String, Stamp>,
    /// How many files changed on disk.
    pub changed: usize,
}

impl SiteWriter {
    /// A writer for the site folder `root` (created if missing), with the last build's
    /// record of it read from `record` (kept under `target/site-build/`, never deployed).
    pub fn new(root: &Path, record: PathBuf) -> SiteWriter {
        SiteWriter { outputs: Outputs::open(root, record), written: HashMap::new(), changed: 0 }
    }

    /// The last build's record, for writers on other threads.
    pub fn outputs(&self) -> &Outputs {
        &self.outputs
    }

    /// Writes `bytes` at `relative` (`back-pain/index.html`).
    pub fn write(&mut self, relative: &str, bytes: &[u8]) -> Result<(), String> {
        let written = write_under(&self.outputs, relative.to_string(), bytes)?;
        self.record_all(vec![Ok(written)]).map(|_| ())
    }

    /// Records what [`write_under`] returned for files written on other threads; returns
    /// how many, or the first error.
    pub fn record_all(&mut self, written: Vec<Result<(String, bool, Stamp), String>>) -> Result<usize, String> {
        let count = written.len();
        for file in written {
            let (relative, changed, stamp) = file?;
            self.record(relative, changed, stamp);
        }
        Ok(count)
    }

    /// Records a file written elsewhere (by the content crate, or a page on another
    /// thread), so it is kept; `changed` when its bytes changed.
    pub fn record(&mut self, relative: String, changed: bool, stamp: Stamp) {
        self.changed += usize::from(changed);
        self.written.insert(relative, stamp);
    }

    /// The stamp of a file this run has written or kept (`content/site.json`).
    pub fn stamp(&self, relative: &str) -> Option<Stamp> {
        self.written.get(relative).copied()
    }

    /// Every file this run has written or kept so far, with its stamp.
    pub fn stamps(&self) -> &HashMap<String, Stamp> {
        &self.written
    }

    /// How many files this run wrote or kept.
    pub fn count(&self) -> usize {
        self.written.len()
    }

    /// Deletes every file under the root that this run did not write, except the
    /// pre-compressed `.br`/`.gz` copies of files it did write; then empty folders; then
    /// keeps this run's record for the next. Returns how many files it deleted, and a note
    /// when the last build's record could not be used.
    pub fn finish(&self) -> Result<(usize, Option<String>), String> {
        let root = self.outputs.root();
        let fail = |e: std::io::Error| format!("cannot clean {}: {e}", root.display());
        let deleted = match self.outputs.prune_recorded(&self.written).map_err(fail)? {
            Some(deleted) => deleted,
            None => {
                let mut deleted = 0;
                prune_dir(root, "", &self.written, &mut deleted).map_err(fail)?;
                deleted
            }
        };
        self.outputs
            .save(&self.written)
            .map_err(|e| format!("cannot keep the build's record of {}: {e}", root.display()))?;
        Ok((deleted, self.outputs.note.clone()))
    }
}

/// Writes `bytes` at `relative` in the site folder of `outputs` unless they are there
/// already (from any thread; record the result with [`SiteWriter::record_all`]): the path,
/// whether the file changed, and its stamp.
pub fn write_under(outputs: &Outputs, relative: String, bytes: &[u8]) -> Result<(String, bool, Stamp), String> {
    let (changed, stamp) = outputs
        .write(&relative, bytes)
        .map_err(|e| format!("cannot write {}: {e}", outputs.root().join(&relative).display()))?;
    Ok((relative, changed, stamp))
}

fn prune_dir(dir: &Path, relative: &str, keep: &HashMap<String, Stamp>, deleted: &mut usize) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if relative.is_empty() { name } else { format!("{relative}/{name}") };
        if entry.file_type()?.is_dir() {
            prune_dir(&entry.path(), &path, keep, deleted)?;
            if fs::read_dir(entry.path())?.next().is_none() {
                fs::remove_dir(entry.path())?;
            }
        } else {
            let original = path.strip_suffix(".br").or_else(|| path.strip_suffix(".gz")).unwrap_or(&path);
            if !keep.contains_key(&path) && !keep.contains_key(original) {
                fs::remove_file(entry.path())?;
                *deleted += 1;
            }
        }
    }
    Ok(())
}

/// An item's data as the last build wrote it into the site folder `root`.
pub fn read_data_file(root: &Path, data_file: &str) -> Result<ItemData, String> {
    let at = root.join(data_file.trim_start_matches('/'));
    let json = fs::read_to_string(&at).map_err(|e| format!("cannot read {}: {e}", at.display()))?;
    serde_json::from_str(&json).map_err(|e| format!("cannot read {}: {e}", at.display()))
}
