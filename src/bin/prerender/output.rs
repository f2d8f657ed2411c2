//! The site folder as the build writes it: every file written this run is recorded, a file
//! whose bytes did not change is left alone, and whatever an earlier build left that this
//! one did not write (a removed article, an old wasm) is deleted at the end.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use health_content::build::write_if_changed;

/// Writes files under one folder and remembers which.
pub struct SiteWriter {
    root: PathBuf,
    written: HashSet<String>,
    /// How many files changed on disk.
    pub changed: usize,
}

impl SiteWriter {
    /// A writer for the site folder `root` (created if missing).
    pub fn new(root: &Path) -> SiteWriter {
        SiteWriter { root: root.to_path_buf(), written: HashSet::new(), changed: 0 }
    }

    /// The site folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes `bytes` at `relative` (`back-pain/index.html`).
    pub fn write(&mut self, relative: &str, bytes: &[u8]) -> Result<(), String> {
        let path = self.root.join(relative);
        if write_if_changed(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))? {
            self.changed += 1;
        }
        self.keep(relative.to_string());
        Ok(())
    }

    /// Records what [`write_under`] returned for files written on other threads; returns
    /// how many, or the first error.
    pub fn record_all(&mut self, written: Vec<Result<(String, bool), String>>) -> Result<usize, String> {
        let count = written.len();
        for file in written {
            let (relative, changed) = file?;
            self.record(relative, changed);
        }
        Ok(count)
    }

    /// Records a file written elsewhere (by the content crate, or a page on another
    /// thread), so it is kept; `changed` when its bytes changed.
    pub fn record(&mut self, relative: String, changed: bool) {
        self.changed += usize::from(changed);
        self.keep(relative);
    }

    /// Records a file written by someone else (the content crate), so it is kept.
    pub fn keep(&mut self, relative: String) {
        self.written.insert(relative);
    }

    /// How many files this run wrote or kept.
    pub fn count(&self) -> usize {
        self.written.len()
    }

    /// Deletes every file under the root that this run did not write, except the
    /// pre-compressed `.br`/`.gz` copies of files it did write; then empty folders.
    /// Returns how many files it deleted.
    pub fn prune(&self) -> Result<usize, String> {
        let mut deleted = 0;
        prune_dir(&self.root, "", &self.written, &mut deleted).map_err(|e| format!("cannot clean {}: {e}", self.root.display()))?;
        Ok(deleted)
    }
}

/// Writes `bytes` at `relative` under the site folder `root` unless they are there already
/// (from any thread; record the result with [`SiteWriter::record_all`]): the path, and
/// whether the file changed.
pub fn write_under(root: &Path, relative: String, bytes: &[u8]) -> Result<(String, bool), String> {
    let path = root.join(&relative);
    let changed = write_if_changed(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok((relative, changed))
}

fn prune_dir(dir: &Path, relative: &str, keep: &HashSet<String>, deleted: &mut usize) -> std::io::Result<()> {
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
            if !keep.contains(&path) && !keep.contains(original) {
                fs::remove_file(entry.path())?;
                *deleted += 1;
            }
        }
    }
    Ok(())
}
