//! The item files a long-running build (`make serve`) has read, kept between its builds: a
//! file whose length and date are as they were, and whose pictures are too (their sizes are
//! part of the item), is taken as parsed last time instead of being read and parsed again.
//! At 50,000 articles that is 50,000 `stat` calls instead of reading and parsing 395 MB.
//! A file that failed to read is never kept, so its problems are reported every time.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::time::UNIX_EPOCH;

use super::{ContentError, ItemSource, image_size, read_item_file};

/// A file's length and modification time, in nanoseconds: what proves it unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: u128,
}

impl FileStamp {
    /// The stamp of the file at `path`, if it can be read.
    pub fn of(path: &Path) -> Option<FileStamp> {
        let meta = fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(FileStamp { len: meta.len(), modified })
    }
}

/// One item file as it was read: its stamp, its pictures' stamps, and what it parsed into.
#[derive(Clone, Debug)]
pub struct CachedItem {
    /// The file's stamp when it was read.
    pub stamp: FileStamp,
    /// Each picture whose size it asked for (its site path), with that file's stamp
    /// (`None`: there was no such file).
    pub pictures: Vec<(String, Option<FileStamp>)>,
    /// What it parsed into.
    pub source: ItemSource,
    /// Whether it is a draft.
    pub draft: bool,
}

/// Every item file of the last build, by its path in the content folder.
#[derive(Clone, Debug, Default)]
pub struct SourceCache {
    items: HashMap<String, CachedItem>,
    /// How many files the last load took from the cache, and how many it read.
    pub last_load: (usize, usize),
}

impl SourceCache {
    /// The file `file` as parsed last time, if it and its pictures are unchanged since
    /// (`stamp` is the file's stamp now; `root` the content folder).
    pub fn get(&self, root: &Path, file: &str, stamp: FileStamp) -> Option<&CachedItem> {
        let cached = self.items.get(file).filter(|cached| cached.stamp == stamp)?;
        let unchanged = cached.pictures.iter().all(|(src, before)| picture_stamp(root, src) == *before);
        unchanged.then_some(cached)
    }

    /// After a load: the files it took from the cache (`taken`) stay, the files it read
    /// (`read`) are kept as read, and every other is forgotten (a removed file).
    pub fn update(&mut self, taken: Vec<String>, read: Vec<(String, CachedItem)>) {
        self.last_load = (taken.len(), read.len());
        let taken: std::collections::HashSet<String> = taken.into_iter().collect();
        self.items.retain(|file, _| taken.contains(file));
        self.items.extend(read);
    }

    /// How many files it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// What a load with a cache took from it and read anew.
#[derive(Default)]
pub(super) struct Update {
    pub taken: Vec<String>,
    pub read: Vec<(String, CachedItem)>,
}

/// Where an item came from, for the cache.
pub(super) enum FromCache {
    /// No cache was used.
    NoCache,
    /// Taken from the cache, unchanged.
    Taken,
    /// Read and parsed now: the cache's new entry.
    Read(Box<CachedItem>),
}

/// One item file, from `cache` if it holds it unchanged, else read and parsed.
pub(super) fn read_item_cached(root: &Path, file: String, cache: Option<&SourceCache>) -> Result<(ItemSource, bool, FromCache), Vec<ContentError>> {
    let Some(cache) = cache else {
        return read_item_file(root, file, &|src: &str| image_size(root, src)).map(|(source, draft)| (source, draft, FromCache::NoCache));
    };
    // Stamped before reading: a file saved again while it is read is read again next time.
    let stamp = FileStamp::of(&root.join(&file));
    if let Some(cached) = stamp.and_then(|stamp| cache.get(root, &file, stamp)) {
        return Ok((cached.source.clone(), cached.draft, FromCache::Taken));
    }
    let pictures = RefCell::new(Vec::new());
    let size = |src: &str| {
        pictures.borrow_mut().push((src.to_string(), picture_stamp(root, src)));
        image_size(root, src)
    };
    let (source, draft) = read_item_file(root, file, &size)?;
    let cached = stamp.map(|stamp| CachedItem { stamp, pictures: pictures.into_inner(), source: source.clone(), draft });
    Ok((source, draft, cached.map_or(FromCache::NoCache, |cached| FromCache::Read(Box::new(cached)))))
}

/// The stamp of the picture at the site path `src` (`/images/…`), as `image_size` finds it.
pub fn picture_stamp(root: &Path, src: &str) -> Option<FileStamp> {
    let relative = src.strip_prefix("/images/").filter(|rest| !rest.contains(".."))?;
    FileStamp::of(&root.join("images").join(relative))
}
