//! What proves a source file unchanged without reading it: its length and modification
//! time, and for an item file those of the pictures whose sizes it took (their sizes are
//! part of the item). At 50,000 articles a build that checks stamps makes 50,000 `stat`
//! calls instead of reading and parsing 395 MB of Markdown.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

/// A file's length and modification time, in nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    len: u64,
    modified: u64,
}

impl FileStamp {
    /// The stamp of the file at `path`, if it can be read.
    pub fn of(path: &Path) -> Option<FileStamp> {
        let meta = fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(FileStamp { len: meta.len(), modified: u64::try_from(modified).ok()? })
    }
}

/// An item file's stamp as it was read, with each picture whose size it asked for (its site
/// path) and that file's stamp (`None`: there was no such file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceStamp {
    /// The item file's own stamp.
    pub file: FileStamp,
    /// Its pictures' stamps.
    pub pictures: Vec<(String, Option<FileStamp>)>,
}

impl SourceStamp {
    /// Whether the item file `file` of the content folder `root`, and its pictures, are
    /// still as stamped (`pictures`: each picture's stamp now, by site path; one missing
    /// there is stamped here).
    pub fn still_holds(&self, root: &Path, file: &str, pictures: &HashMap<String, Option<FileStamp>>) -> bool {
        FileStamp::of(&root.join(file)) == Some(self.file)
            && self
                .pictures
                .iter()
                .all(|(src, before)| pictures.get(src).copied().unwrap_or_else(|| picture_stamp(root, src)) == *before)
    }
}

/// The stamp of the picture at the site path `src` (`/images/…`), as `image_size` finds it.
pub fn picture_stamp(root: &Path, src: &str) -> Option<FileStamp> {
    let relative = src.strip_prefix("/images/").filter(|rest| !rest.contains(".."))?;
    FileStamp::of(&root.join("images").join(relative))
}
