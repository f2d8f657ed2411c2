//! From the authored model to the data files' shapes: resolves every item path an item or
//! hub names into the title and kind a link needs.

use std::collections::HashMap;

use rayon::prelude::*;

use super::compiled::{Compiled, KeptData};
use super::reading_time::reading_minutes;
use crate::data::{
    CenterData, CenterInfo, CenterLink, CenterName, CentersData, FEATURED_CENTERS, HubSection, ItemData, ItemLink,
    ItemSummary, SiteData, TopicsData,
};
use crate::model::{Center, Image, Item, ItemKind, Site};
use crate::source::{ContentTree, ItemEntry};

/// How many items of a hub section are shown as cards; the rest are listed as links, so a
/// hub of hundreds of items stays a page a phone can load (250 items in 5 sections: 75 KB).
pub const CARDS_PER_SECTION: usize = 6;

/// What a card or a link shows of an item, read or kept.
#[derive(Clone, Copy)]
pub(super) struct Card<'a> {
    kind: ItemKind,
    title: &'a str,
    description: &'a str,
    image: &'a Image,
}

impl<'a> Card<'a> {
    pub(super) fn of(entry: ItemEntry<'a>) -> Card<'a> {
        match entry {
            ItemEntry::Read(source) => {
                let item = &source.item;
                Card { kind: item.kind(), title: &item.title, description: &item.description, image: &item.image }
            }
            ItemEntry::Kept(kept) => {
                let digest = &kept.digest;
                Card { kind: digest.kind, title: &digest.title, description: &digest.description, image: &digest.image }
            }
        }
    }
}

/// The data files for a content tree, which they take over: an item's text moves into its
/// data file rather than being copied, so a large site is held in memory once, not twice.
/// Validate the tree first: a path that names no item is left out here, not reported.
pub fn compile(tree: ContentTree) -> Compiled {
    // First, everything that needs other items (links, cards), while every item is at hand.
    let mut by_path: HashMap<String, Card> = HashMap::new();
    for folder in &tree.centers {
        for entry in folder.entries() {
            by_path.insert(format!("/{}/{}", folder.center.slug, entry.slug()), Card::of(entry));
        }
    }
    let link = |path: &str| by_path.get(path).map(|card| item_link(path, *card));
    let mut centers = Vec::new();
    let mut links_of_items = Vec::new();
    for folder in &tree.centers {
        let center = &folder.center;
        let info = center_info(center);
        let sections = center
            .sections
            .iter()
            .map(|section| {
                let paths: Vec<String> = section.items.iter().map(|slug| format!("/{}/{slug}", center.slug)).collect();
                let listed: Vec<(&String, Card)> =
                    paths.iter().filter_map(|path| Some((path, *by_path.get(path.as_str())?))).collect();
                let (first, rest) = listed.split_at(listed.len().min(CARDS_PER_SECTION));
                HubSection {
                    heading: section.heading.clone(),
                    cards: first.iter().map(|(path, item)| item_summary(path, *item)).collect(),
                    more: rest.iter().map(|(path, item)| item_link(path, *item)).collect(),
                }
            })
            .collect();
        let links: Vec<ItemLinks> = folder
            .items
            .iter()
            .map(|source| ItemLinks {
                related: source.item.related.iter().filter_map(|path| link(path)).collect(),
                recommended: source.item.recommended.as_ref().and_then(|teaser| link(&teaser.to)),
            })
            .collect();
        links_of_items.push(links);
        centers.push(CenterData {
            center: info,
            description: center.description.clone(),
            intro: center.intro.clone(),
            sections,
        });
    }
    // The A–Z lists every item, read or kept.
    let topic_links: Vec<ItemLink> = by_path.iter().map(|(path, card)| item_link(path, *card)).collect();
    drop(by_path);
    let kept: Vec<KeptData> = tree
        .centers
        .iter()
        .flat_map(|folder| folder.kept.iter())
        .map(|kept| KeptData {
            center: kept.center().to_string(),
            slug: kept.digest.slug.clone(),
            last_updated: kept.digest.last_updated,
        })
        .collect();
    let center_list = CentersData {
        centers: tree
            .centers
            .iter()
            .map(|folder| CenterLink {
                slug: folder.center.slug.clone(),
                name: folder.center.name.clone(),
                description: folder.center.description.clone(),
                item_count: folder.item_count(),
            })
            .collect(),
    };

    // Then each item moves into its data file, on every core (in order: `collect` keeps it).
    let review_interval = tree.site.review_interval_months;
    let mut moving = Vec::new();
    for ((folder, links), center) in tree.centers.into_iter().zip(links_of_items).zip(&centers) {
        moving.extend(folder.items.into_iter().zip(links).map(|(source, links)| (source, links, &center.center)));
    }
    let items: Vec<ItemData> = moving
        .into_par_iter()
        .map(|(source, links, center)| item_data(source.item, center.clone(), links, review_interval))
        .collect();
    let names: Vec<CenterName> =
        center_list.centers.iter().map(|c| CenterName { slug: c.slug.clone(), name: c.name.clone() }).collect();
    let site = site_index(tree.site, &names);
    let topics = TopicsData::pages(topic_links, &names);
    Compiled { site, center_list, centers, items, kept, topics }
}

/// What an item's data file says of its center.
pub(super) fn center_info(center: &Center) -> CenterInfo {
    CenterInfo {
        slug: center.slug.clone(),
        name: center.name.clone(),
        topic: center.topic.clone(),
        today_on: center.today_on.clone(),
    }
}

/// The site index every page carries: the site, and the first centers by name.
pub(super) fn site_index(site: Site, names: &[CenterName]) -> SiteData {
    SiteData {
        // The slugs of every center are the content's business, not every page's.
        site: Site { centers: Vec::new(), ..site },
        centers: names.iter().take(FEATURED_CENTERS).cloned().collect(),
        center_count: names.len(),
    }
}

/// An item's data file, the item moved into it.
pub(super) fn item_data(mut item: Item, center: CenterInfo, links: ItemLinks, review_interval: u16) -> ItemData {
    let sources = std::mem::take(&mut item.sources).iter().map(|source| source.citation()).collect();
    ItemData {
        center,
        next_review: item.last_revised.add_months(item.review_interval_months.unwrap_or(review_interval)),
        reading_minutes: reading_minutes(&item),
        // As the browser reads it: the sources travel as citations.
        item,
        related: links.related,
        recommended: links.recommended,
        sources,
    }
}

/// The links an item's data file carries to other items, resolved while they are at hand.
pub(super) struct ItemLinks {
    pub related: Vec<ItemLink>,
    pub recommended: Option<ItemLink>,
}

pub(super) fn item_link(path: &str, card: Card) -> ItemLink {
    ItemLink { path: path.to_string(), kind: card.kind, title: card.title.to_string() }
}

fn item_summary(path: &str, card: Card) -> ItemSummary {
    ItemSummary {
        path: path.to_string(),
        kind: card.kind,
        title: card.title.to_string(),
        description: card.description.to_string(),
        image: card.image.clone(),
    }
}
