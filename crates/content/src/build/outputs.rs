//! The build's record of what it wrote into a site folder: each file's length, modification
//! time and a hash of its bytes. With the last build's record, this build proves a file is
//! already right from its metadata and the hash of the bytes it would write, without reading
//! the file, and removes what it no longer writes without walking the folder. The record is a
//! text file beside the render cache, never deployed; one that is missing, truncated or
//! written by another version is not trusted: every file is then compared byte for byte and
//! the folder walked, as without a record.

use std::collections::HashMap;
use std::fs;
use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;

/// The first line of a record this version writes and trusts.
const HEADER: &str = "health-center build outputs 1";

/// What is known of one written file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Its length in bytes.
    pub len: u64,
    /// Its modification time, in nanoseconds since 1970.
    pub modified: u128,
    /// A hash of its bytes.
    pub hash: u64,
}

/// A site folder's files as the last build left them, and where the record is kept.
pub struct Outputs {
    root: PathBuf,
    record: Option<PathBuf>,
    before: HashMap<String, Stamp>,
    trusted: bool,
    /// Why the last build's record was not used, when there was one.
    pub note: Option<String>,
}

impl Outputs {
    /// The outputs of the site folder `root`, with the last build's record read from `record`.
    pub fn open(root: &Path, record: PathBuf) -> Outputs {
        let (before, trusted, note) = match fs::read_to_string(&record) {
            Err(_) => (HashMap::new(), false, None),
            Ok(text) => match parse(&text) {
                Ok(before) => (before, true, None),
                Err(why) => (
                    HashMap::new(),
                    false,
                    Some(format!("{}: {why}; every file is compared and the folder walked", record.display())),
                ),
            },
        };
        Outputs { root: root.to_path_buf(), record: Some(record), before, trusted, note }
    }

    /// The outputs of `root` with no record kept (tests, one-off builds): every file compared.
    pub fn unrecorded(root: &Path) -> Outputs {
        Outputs { root: root.to_path_buf(), record: None, before: HashMap::new(), trusted: false, note: None }
    }

    /// The site folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes `bytes` at `relative` unless the file holds them already; whether it wrote, and
    /// the file's stamp. Safe from any thread.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> io::Result<(bool, Stamp)> {
        let path = self.root.join(relative);
        let hash = hash_of(bytes);
        if let Some(stamp) = self.unchanged(relative, &path, bytes.len() as u64, hash) {
            return Ok((false, stamp));
        }
        let changed = !fs::read(&path).is_ok_and(|old| old == bytes);
        if changed {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, bytes)?;
        }
        Ok((changed, Stamp { len: bytes.len() as u64, modified: modified(&fs::metadata(&path)?), hash }))
    }

    /// Copies the file `from` to `relative` unless it is there already; whether it copied,
    /// and the stamp. An unchanged copy is proved from metadata alone: the stamp's hash is of
    /// the source's path, length and modification time.
    pub fn copy(&self, from: &Path, relative: &str) -> io::Result<(bool, Stamp)> {
        let path = self.root.join(relative);
        let source = fs::metadata(from)?;
        let hash = hash_of(format!("{} {} {}", from.display(), source.len(), modified(&source)).as_bytes());
        if let Some(stamp) = self.unchanged(relative, &path, source.len(), hash) {
            return Ok((false, stamp));
        }
        let same = fs::metadata(&path).is_ok_and(|m| m.len() == source.len()) && fs::read(&path)? == fs::read(from)?;
        if !same {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::copy(from, &path)?;
        }
        Ok((!same, Stamp { len: source.len(), modified: modified(&fs::metadata(&path)?), hash }))
    }

    /// The stamp of a file this build leaves as it is (a page whose inputs did not change):
    /// the last build's, when the file still matches it, else read from the file.
    pub fn stamp_of(&self, relative: &str) -> io::Result<Stamp> {
        let path = self.root.join(relative);
        let meta = fs::metadata(&path)?;
        match self.before.get(relative) {
            Some(stamp) if stamp.len == meta.len() && stamp.modified == modified(&meta) => Ok(*stamp),
            _ => Ok(Stamp { len: meta.len(), modified: modified(&meta), hash: hash_of(&fs::read(&path)?) }),
        }
    }

    /// The last build's stamp for `relative`, if the file is still as that build left it (the
    /// same length and date): for a file this build would write the same, as it knows from
    /// its own memo, without making its bytes.
    pub fn kept(&self, relative: &str) -> Option<Stamp> {
        let stamp = self.before.get(relative)?;
        let meta = fs::metadata(self.root.join(relative)).ok()?;
        (meta.len() == stamp.len && modified(&meta) == stamp.modified).then_some(*stamp)
    }

    /// The last build's stamp for `relative`, when the file is still as it left it and holds
    /// what this build would write (`len` bytes hashing to `hash`).
    fn unchanged(&self, relative: &str, path: &Path, len: u64, hash: u64) -> Option<Stamp> {
        let stamp = self.before.get(relative).filter(|stamp| stamp.len == len && stamp.hash == hash)?;
        let meta = fs::metadata(path).ok()?;
        (meta.len() == len && modified(&meta) == stamp.modified).then_some(*stamp)
    }

    /// Deletes what the last build wrote and this one did not (`written`), with the `.br`
    /// and `.gz` copies beside it and the folders it leaves empty; returns how many files it
    /// deleted, or `None` when there is no trusted record (then walk the folder instead).
    pub fn prune_recorded(&self, written: &HashMap<String, Stamp>) -> io::Result<Option<usize>> {
        if !self.trusted {
            return Ok(None);
        }
        let gone: Vec<&String> = self.before.keys().filter(|relative| !written.contains_key(*relative)).collect();
        // On every core: a document added to a large site's search index moves tens of
        // thousands of fragment files to a new folder.
        let deleted: io::Result<Vec<usize>> = gone
            .par_iter()
            .map(|relative| {
                let mut deleted = 0;
                for name in [relative.to_string(), format!("{relative}.br"), format!("{relative}.gz")] {
                    let path = self.root.join(&name);
                    match fs::remove_file(&path) {
                        Ok(()) => deleted += 1,
                        // Not there (or not a file): nothing to delete.
                        Err(_) if !path.is_file() => {}
                        Err(e) => return Err(e),
                    }
                }
                Ok(deleted)
            })
            .collect();
        let deleted = deleted?.into_iter().sum();
        // Then each folder they were in, once, deepest first, if that left it empty (asking
        // after every file would read a folder of 50,000 entries 50,000 times).
        let mut folders: Vec<PathBuf> = Vec::new();
        for relative in &gone {
            let mut folder = self.root.join(relative);
            while folder.pop() && folder != self.root {
                folders.push(folder.clone());
            }
        }
        folders.sort_by(|a, b| b.components().count().cmp(&a.components().count()).then_with(|| a.cmp(b)));
        folders.dedup();
        for folder in folders {
            if fs::read_dir(&folder).is_ok_and(|mut entries| entries.next().is_none()) {
                fs::remove_dir(&folder)?;
            }
        }
        Ok(Some(deleted))
    }

    /// Keeps `written` as the record for the next build (a no-op without a record file).
    pub fn save(&self, written: &HashMap<String, Stamp>) -> io::Result<()> {
        let Some(record) = &self.record else { return Ok(()) };
        let mut text = String::with_capacity(written.len() * 64);
        text.push_str(HEADER);
        text.push('\n');
        let mut paths: Vec<&String> = written.keys().collect();
        paths.sort();
        for path in &paths {
            let stamp = written[*path];
            text.push_str(&format!("{:016x} {} {} {path}\n", stamp.hash, stamp.len, stamp.modified));
        }
        text.push_str(&format!("end {}\n", paths.len()));
        if let Some(parent) = record.parent() {
            fs::create_dir_all(parent)?;
        }
        // Written whole, then moved into place: a build stopped halfway leaves the old record.
        let partial = record.with_extension("partial");
        fs::write(&partial, text)?;
        fs::rename(partial, record)
    }
}

/// Reads a record; an error says why it cannot be trusted.
fn parse(text: &str) -> Result<HashMap<String, Stamp>, String> {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return Err("written by another version of the build".into());
    }
    let mut stamps = HashMap::new();
    for line in lines {
        if let Some(count) = line.strip_prefix("end ") {
            return match count.parse::<usize>() {
                Ok(count) if count == stamps.len() => Ok(stamps),
                _ => Err("its count does not match its lines".into()),
            };
        }
        let mut fields = line.splitn(4, ' ');
        let (Some(hash), Some(len), Some(modified), Some(path)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("a damaged line: {line:?}"));
        };
        let stamp = match (u64::from_str_radix(hash, 16), len.parse(), modified.parse()) {
            (Ok(hash), Ok(len), Ok(modified)) => Stamp { len, modified, hash },
            _ => return Err(format!("a damaged line: {line:?}")),
        };
        stamps.insert(path.to_string(), stamp);
    }
    Err("it is cut short".into())
}

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

fn modified(meta: &fs::Metadata) -> u128 {
    meta.modified().ok().and_then(|time| time.duration_since(UNIX_EPOCH).ok()).map_or(0, |since| since.as_nanos())
}
