//! The data files of the items a build read, alone (under `make serve`, so the page a writer
//! just saved is written before the rest of the site): each link is resolved by looking its
//! target up in its center's folder, not through an index of every item.

use super::compile::{Card, ItemLinks, center_info, item_data, item_link, site_index};
use super::{Compiled, KeptData};
use crate::data::{CenterName, CentersData, ItemLink};
use crate::source::{CenterSource, ContentTree, ItemEntry};

/// The site index and the data of every item `tree` read (as [`compile`](super::compile)
/// makes them; no hubs, A–Z or list of centers).
pub fn compile_read_items(tree: &ContentTree) -> Compiled {
    let link = |path: &str| -> Option<ItemLink> {
        let (center, slug) = path.strip_prefix('/')?.split_once('/')?;
        let folder = tree.centers.iter().find(|folder| folder.center.slug == center)?;
        find(folder, &format!("{center}/{slug}.md")).map(|entry| item_link(path, Card::of(entry)))
    };
    let review_interval = tree.site.review_interval_months;
    let items = tree
        .centers
        .iter()
        .flat_map(|folder| folder.items.iter().map(move |source| (folder, source)))
        .map(|(folder, source)| {
            let links = ItemLinks {
                related: source.item.related.iter().filter_map(|path| link(path)).collect(),
                recommended: source.item.recommended.as_ref().and_then(|teaser| link(&teaser.to)),
            };
            item_data(source.item.clone(), center_info(&folder.center), links, review_interval)
        })
        .collect();
    let names: Vec<CenterName> =
        tree.centers.iter().map(|f| CenterName { slug: f.center.slug.clone(), name: f.center.name.clone() }).collect();
    Compiled {
        site: site_index(tree.site.clone(), &names),
        center_list: CentersData { centers: Vec::new() },
        centers: Vec::new(),
        items,
        kept: Vec::<KeptData>::new(),
        topics: Vec::new(),
    }
}

/// The published item of `folder` whose file is `file`, read or kept (both lists are sorted
/// by file name).
fn find<'a>(folder: &'a CenterSource, file: &str) -> Option<ItemEntry<'a>> {
    if let Ok(i) = folder.items.binary_search_by(|source| source.file.as_str().cmp(file)) {
        return Some(ItemEntry::Read(&folder.items[i]));
    }
    folder.kept.binary_search_by(|kept| kept.file.as_str().cmp(file)).ok().map(|i| ItemEntry::Kept(&folder.kept[i]))
}
