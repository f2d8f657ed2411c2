//! `content/{center}/{slug}.json`: an article or slideshow with what its page shows of
//! the pages it links to.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use crate::Date;
use crate::model::{Inline, Item, ItemKind};

use super::center::CenterInfo;

/// An item's page: the item, its center, and the titles of the items it points to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct ItemData {
    /// The center the item belongs to.
    pub center: CenterInfo,
    /// The item itself.
    pub item: Item,
    /// Its "Related information", resolved: the items `item.related` names, in order.
    pub related: Vec<ItemLink>,
    /// The item its "Recommended" teaser points to (`item.recommended`), resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended: Option<ItemLink>,
    /// Its sources (`item.sources`) as citations: a link to each, then its publisher and year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Vec<Inline>>,
    /// When it is due for review: its last revision plus the review interval.
    pub next_review: Date,
    /// How long it takes to read, in minutes (articles, from their text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading_minutes: Option<u16>,
}

impl ItemData {
    /// The item's site path.
    pub fn path(&self) -> String {
        format!("/{}/{}", self.center.slug, self.item.slug)
    }
}

/// A link to an item, with what a reader needs to choose it: its title and kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct ItemLink {
    /// Site path, e.g. `/back-pain/sciatica`.
    pub path: String,
    /// Article or slideshow.
    pub kind: ItemKind,
    /// The title.
    pub title: String,
}
