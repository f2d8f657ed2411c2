//! The content model: the JSON files under `public/content/` deserialize into these types.
//!
//! `build.rs` includes this module too, so the build and the app read content the same way.

mod body;
mod inline;
mod item;
mod item_file;
mod site;

pub use body::{Block, CalloutTone};
pub use inline::Inline;
pub use item::{Byline, Item, ItemContent, ItemKind, Reviewer, ReviewerRole, Slide, Teaser};
pub use site::{Center, Section, Site, Tile};

use serde::{Deserialize, Serialize};

/// An image shipped under `public/`, with the size it is drawn at and its text alternative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Site-relative path, e.g. `/images/back-pain/spinal-manipulation.svg`.
    pub src: String,
    /// Intrinsic width in CSS pixels.
    pub width: u32,
    /// Intrinsic height in CSS pixels.
    pub height: u32,
    /// Text alternative; empty only for purely decorative images.
    pub alt: String,
}

/// What the app bundles about an item, enough for cards, links, titles and teasers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemSummary {
    /// URL segment.
    pub slug: String,
    /// Article or slideshow.
    pub kind: ItemKind,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The lead picture.
    pub image: Image,
}

impl From<&Item> for ItemSummary {
    fn from(item: &Item) -> ItemSummary {
        ItemSummary {
            slug: item.slug.clone(),
            kind: item.kind(),
            title: item.title.clone(),
            description: item.description.clone(),
            image: item.image.clone(),
        }
    }
}

/// A center with the summaries of all its items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CenterEntry {
    /// The center itself.
    pub center: Center,
    /// Summaries of the center's items, in file-name order.
    pub items: Vec<ItemSummary>,
}

/// Everything bundled into the app: the site and every center with item summaries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// Site-wide settings.
    pub site: Site,
    /// All health centers, in the order they appear on the home page.
    pub centers: Vec<CenterEntry>,
}
