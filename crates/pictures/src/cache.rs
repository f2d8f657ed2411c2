//! Encoded variants on disk, keyed by the source's bytes and the settings, so that a picture
//! is encoded once per machine (or per CI cache), whatever builds, folders and clones use it.
//!
//! One folder per key: `entry.json` (size, widths, preview, each file's length) and one
//! `{width}.webp` per variant. A folder is written under a temporary name and renamed, so a
//! build that stops half way leaves no half entry; an entry whose files do not match its
//! record is treated as absent and written again.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The cache folder.
#[derive(Clone, Debug)]
pub struct Cache {
    root: PathBuf,
}

/// What the cache records of one picture.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Upright width of the source.
    pub width: u32,
    /// Upright height of the source.
    pub height: u32,
    /// The variants' widths, ascending.
    pub widths: Vec<u32>,
    /// Each variant's length in bytes, in the order of `widths`.
    pub lengths: Vec<u64>,
    /// The `data:` URI shown until the picture arrives.
    pub preview: String,
}

impl Cache {
    /// A cache in `root` (created when first written).
    pub fn new(root: impl Into<PathBuf>) -> Cache {
        Cache { root: root.into() }
    }

    /// The folder it lives in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file of the variant `width` px wide of the picture `key`.
    pub fn variant(&self, key: &str, width: u32) -> PathBuf {
        self.root.join(key).join(format!("{width}.webp"))
    }

    /// The entry for `key`, if it is there whole.
    pub fn load(&self, key: &str) -> Option<Entry> {
        let text = fs::read_to_string(self.root.join(key).join("entry.json")).ok()?;
        let entry: Entry = serde_json::from_str(&text).ok()?;
        let whole = entry.widths.len() == entry.lengths.len()
            && entry
                .widths
                .iter()
                .zip(&entry.lengths)
                .all(|(&w, &len)| fs::metadata(self.variant(key, w)).is_ok_and(|m| m.len() == len));
        whole.then_some(entry)
    }

    /// Stores the variants `files` (width, bytes) of `key` with their record.
    pub fn store(&self, key: &str, entry: &Entry, files: &[(u32, Vec<u8>)]) -> io::Result<()> {
        let partial = self.root.join(format!("{key}.partial-{}", std::process::id()));
        let _ = fs::remove_dir_all(&partial);
        fs::create_dir_all(&partial)?;
        for (width, bytes) in files {
            fs::write(partial.join(format!("{width}.webp")), bytes)?;
        }
        fs::write(partial.join("entry.json"), serde_json::to_string(entry).map_err(io::Error::other)?)?;
        let done = self.root.join(key);
        let _ = fs::remove_dir_all(&done);
        match fs::rename(&partial, &done) {
            Ok(()) => Ok(()),
            // Another build stored the same picture meanwhile: theirs is as good as ours.
            Err(_) if self.load(key).is_some() => fs::remove_dir_all(&partial),
            Err(e) => Err(e),
        }
    }
}
