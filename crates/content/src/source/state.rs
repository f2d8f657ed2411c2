//! The site build's record of the last build (kept under `target/site-build/`, never
//! deployed): a hash of `site.json` and of each center file, and for each published item
//! file its stamp and [digest](super::kept_items::ItemDigest). With it a build reads only the
//! files that changed (see [`ContentTree::load_keeping`](super::ContentTree::load_keeping)).
//!
//! The file is one JSON header line, then one line per item (read on every core). A state
//! file cut short, damaged, of another format or made by another site build or for
//! another content folder is not trusted: the build says why and reads everything.

use std::collections::HashMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::kept_items::{ItemDigest, KeptItem};
use super::stamp::{FileStamp, picture_stamp};
use super::{ContentTree, ItemSource};

/// The file format's version: a state of another version is not read.
const VERSION: u32 = 1;

/// What the last build read, by file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuildState {
    /// Who made it from what: the site build's identity and the content folder.
    pub identity: u64,
    /// The hash of `site.json`'s text: a change reads every item again.
    pub site: u64,
    /// The hash of each center file's text, by file: a change reads its items again.
    pub centers: HashMap<String, u64>,
    /// Each published item file's record, by file (shared with the trees that keep it).
    pub items: HashMap<String, Arc<KeptItem>>,
}

/// The first line of the file.
#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
    identity: u64,
    site: u64,
    centers: HashMap<String, u64>,
    items: usize,
}

impl BuildState {
    /// The record of `tree` as this build leaves it (`identity`: see [`BuildState::identity`]).
    pub fn of(tree: &ContentTree, identity: u64) -> BuildState {
        let read: Vec<Arc<KeptItem>> = tree
            .centers
            .par_iter()
            .flat_map_iter(|folder| folder.items.iter())
            .filter_map(|source| Some(Arc::new(record_of(source)?)))
            .collect();
        let kept = tree.centers.iter().flat_map(|folder| folder.kept.iter().cloned());
        BuildState {
            identity,
            site: tree.site_hash,
            centers: tree.centers.iter().map(|folder| (folder.file.clone(), folder.hash)).collect(),
            items: read.into_iter().chain(kept).map(|kept| (kept.file.clone(), kept)).collect(),
        }
    }

    /// Reads the state in `file` made with `identity`: `Ok(None)` when there is none, an
    /// error saying why when it cannot be trusted.
    pub fn read(file: &Path, identity: u64) -> Result<Option<BuildState>, String> {
        let text = match fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("cannot be read ({e})")),
        };
        let mut lines = text.lines();
        let header: Header =
            serde_json::from_str(lines.next().unwrap_or_default()).map_err(|e| format!("has no header ({e})"))?;
        if header.version != VERSION {
            return Err(format!("is of format {} (this build reads {VERSION})", header.version));
        }
        if header.identity != identity {
            return Err("was made by another build of the site build or for another content folder".into());
        }
        let records: Vec<&str> = lines.collect();
        if records.len() != header.items {
            return Err(format!("is cut short ({} of {} items)", records.len(), header.items));
        }
        let items: Vec<Arc<KeptItem>> = records
            .par_iter()
            .enumerate()
            .map(|(i, line)| {
                serde_json::from_str(line).map(Arc::new).map_err(|e| format!("is damaged at line {} ({e})", i + 2))
            })
            .collect::<Result<_, _>>()?;
        Ok(Some(BuildState {
            identity,
            site: header.site,
            centers: header.centers,
            items: items.into_iter().map(|kept| (kept.file.clone(), kept)).collect(),
        }))
    }

    /// Writes the state beside `file`, to become `file` when the build that made it has
    /// ended well ([`PendingState::commit`]): a build stopped halfway leaves no state.
    pub fn write_pending(&self, file: &Path) -> io::Result<PendingState> {
        let header = Header {
            version: VERSION,
            identity: self.identity,
            site: self.site,
            centers: self.centers.clone(),
            items: self.items.len(),
        };
        let lines = self.items.values().map(|kept| serde_json::to_string(&**kept).map_err(io::Error::from));
        write_lines(file, &header, lines)
    }

    /// Every picture the records name, with its stamp now.
    pub fn picture_stamps(&self, root: &Path) -> HashMap<String, Option<FileStamp>> {
        let mut sources: Vec<&str> =
            self.items.values().flat_map(|kept| kept.stamp.pictures.iter().map(|(src, _)| src.as_str())).collect();
        sources.sort_unstable();
        sources.dedup();
        sources.par_iter().map(|src| (src.to_string(), picture_stamp(root, src))).collect()
    }

    /// The identity of a state made by the site build whose own identity is `builder`, for
    /// the content folder `root`.
    pub fn identity(builder: u64, root: &Path) -> u64 {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let mut hasher = DefaultHasher::new();
        (VERSION, builder, fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf())).hash(&mut hasher);
        hasher.finish()
    }
}

/// What the record of an item just read says: `None` when its file could not be stamped
/// (then the next build reads it again).
fn record_of(source: &ItemSource) -> Option<KeptItem> {
    Some(KeptItem { file: source.file.clone(), stamp: source.stamp.clone()?, digest: ItemDigest::of(source) })
}

/// Writes the record of `tree` ([`BuildState::of`]) as [`BuildState::write_pending`] does,
/// center by center, without holding it in memory: a one-off build of a large site keeps
/// its memory for the site.
pub fn write_record(tree: &ContentTree, identity: u64, file: &Path) -> io::Result<PendingState> {
    let items = tree
        .centers
        .iter()
        .map(|folder| folder.items.iter().filter(|source| source.stamp.is_some()).count() + folder.kept.len())
        .sum();
    let centers = tree.centers.iter().map(|folder| (folder.file.clone(), folder.hash)).collect();
    let header = Header { version: VERSION, identity, site: tree.site_hash, centers, items };
    let lines = tree.centers.iter().flat_map(|folder| {
        let read: Vec<io::Result<String>> = folder
            .items
            .par_iter()
            .filter_map(record_of)
            .map(|kept| serde_json::to_string(&kept).map_err(io::Error::from))
            .collect();
        read.into_iter().chain(folder.kept.iter().map(|kept| serde_json::to_string(&**kept).map_err(io::Error::from)))
    });
    write_lines(file, &header, lines)
}

/// Writes `header` and one record a line beside `file` (`…items-new`).
fn write_lines(
    file: &Path,
    header: &Header,
    lines: impl Iterator<Item = io::Result<String>>,
) -> io::Result<PendingState> {
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent)?;
    }
    let partial = file.with_extension("items-new");
    let mut out = BufWriter::new(fs::File::create(&partial)?);
    serde_json::to_writer(&mut out, header)?;
    for line in lines {
        out.write_all(b"\n")?;
        out.write_all(line?.as_bytes())?;
    }
    out.flush()?;
    Ok(PendingState { partial, file: file.to_path_buf() })
}

/// A state written, waiting for its build to end.
#[must_use = "a pending state becomes the build's record only when committed"]
pub struct PendingState {
    partial: PathBuf,
    file: PathBuf,
}

impl PendingState {
    /// Makes the state the record the next build reads.
    pub fn commit(self) -> io::Result<()> {
        fs::rename(&self.partial, &self.file)
    }
}
