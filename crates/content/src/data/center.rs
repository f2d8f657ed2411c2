//! `content/{center}/_center.json`: a center's hub, section by section.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use crate::model::{Image, ItemKind, Tile};

use super::item::ItemLink;

/// What every page of a center shows of it: its name in breadcrumbs and the header, its
/// topic in "Recommended related to …", its own "Today on" tiles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct CenterInfo {
    /// URL segment, e.g. `back-pain`.
    pub slug: String,
    /// Full name, e.g. "Back Pain Health Center".
    pub name: String,
    /// The topic alone, e.g. "Back Pain".
    pub topic: String,
    /// Extra "Today on" tiles shown first on this center's pages.
    pub today_on: Vec<Tile>,
}

impl CenterInfo {
    /// The site path of the center's hub.
    pub fn path(&self) -> String {
        format!("/{}", self.slug)
    }
}

/// A center's hub: its intro and its sections of items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct CenterData {
    /// Name, topic and tiles.
    pub center: CenterInfo,
    /// Meta description of the hub page.
    pub description: String,
    /// Introductory paragraphs.
    pub intro: Vec<String>,
    /// The sections, in order.
    pub sections: Vec<HubSection>,
}

/// A titled group of items on a hub. A long section shows its first items as cards and
/// the rest as a compact list of links, so that a hub of hundreds of items stays light.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct HubSection {
    /// The section heading.
    pub heading: String,
    /// The first items, shown as cards with picture and description.
    pub cards: Vec<ItemSummary>,
    /// The remaining items, shown as a list of titles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<ItemLink>,
}

impl CenterData {
    /// How many items the hub lists.
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.cards.len() + s.more.len()).sum()
    }
}

/// An item as a card shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct ItemSummary {
    /// Site path, e.g. `/back-pain/sciatica`.
    pub path: String,
    /// Article or slideshow.
    pub kind: ItemKind,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The lead picture.
    pub image: Image,
}

impl ItemSummary {
    /// A link to the item: its path, kind and title.
    pub fn link(&self) -> ItemLink {
        ItemLink { path: self.path.clone(), kind: self.kind, title: self.title.clone() }
    }
}
