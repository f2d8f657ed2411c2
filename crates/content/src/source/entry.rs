//! An item of a center as a build has it: read now, or kept from the last build.

use super::kept_items::KeptItem;
use super::{CenterSource, ItemSource};

/// One published item of a center: read by this build, or kept from the last.
#[derive(Clone, Copy, Debug)]
pub enum ItemEntry<'a> {
    /// Read and parsed now.
    Read(&'a ItemSource),
    /// Unchanged: the last build's record of it.
    Kept(&'a KeptItem),
}

impl ItemEntry<'_> {
    /// Its file, relative to the content folder.
    pub fn file(&self) -> &str {
        match self {
            ItemEntry::Read(source) => &source.file,
            ItemEntry::Kept(kept) => &kept.file,
        }
    }

    /// Its slug.
    pub fn slug(&self) -> &str {
        match self {
            ItemEntry::Read(source) => &source.item.slug,
            ItemEntry::Kept(kept) => &kept.digest.slug,
        }
    }
}

impl CenterSource {
    /// Every published item, read or kept, in file-name order (the order a fresh build has).
    pub fn entries(&self) -> Vec<ItemEntry<'_>> {
        let mut entries: Vec<ItemEntry> =
            self.items.iter().map(ItemEntry::Read).chain(self.kept.iter().map(|kept| ItemEntry::Kept(kept))).collect();
        if !self.kept.is_empty() {
            entries.sort_by(|a, b| a.file().cmp(b.file()));
        }
        entries
    }

    /// How many items it publishes.
    pub fn item_count(&self) -> usize {
        self.items.len() + self.kept.len()
    }
}
