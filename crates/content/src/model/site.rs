//! The site, its health centers and their "Today on" tiles.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use super::image::Image;

/// Site-wide settings: `site.json` in the content folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Site {
    /// The site's name, shown in the header and page titles.
    pub brand: String,
    /// One sentence under the brand on the home page.
    pub tagline: String,
    /// Meta description of the home page.
    pub description: String,
    /// The line naming who produced the content, shown on every article.
    pub source_line: String,
    /// The medical disclaimer, shown on every article and slideshow.
    pub disclaimer: Vec<String>,
    /// Center slugs in the order the home page lists them. Left out of the data files (the
    /// site index names only its featured centers), so it may read as empty there; the
    /// content's own `site.json` must list at least one (validation says so).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centers: Vec<String>,
    /// Footer notice that the people named in bylines are fictional demo authors.
    pub demo_notice: String,
    /// Tiles of the site-wide "Today on {brand}" carousel.
    pub today_on: Vec<Tile>,
    /// How long after its last review a page is due for review again (an item may set its own).
    pub review_interval_months: u16,
    /// The widths photographs are published at (CSS px × density); when absent, the
    /// pipeline's default ladder (360, 540, 720, 1080, 1440).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_widths: Option<Vec<u32>>,
}

/// One tile of a "Today on" carousel, linking to our own content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Tile {
    /// Where the tile links: an item path such as `/back-pain/back-pain-myths`.
    pub to: String,
    /// The tile's caption.
    pub caption: String,
    /// The kind of content, e.g. "Slideshow" or "Article".
    pub label: String,
    /// The tile's picture.
    pub image: Image,
}

/// A health center: `{center}/_center.json` in the content folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Center {
    /// URL segment, e.g. `back-pain`.
    pub slug: String,
    /// Full name, e.g. "Back Pain Health Center".
    pub name: String,
    /// The topic alone, e.g. "Back Pain" (used in "Recommended related to Back Pain").
    pub topic: String,
    /// Meta description of the hub page.
    pub description: String,
    /// Introductory paragraphs of the hub page.
    pub intro: Vec<String>,
    /// Groups of items on the hub page, in order.
    pub sections: Vec<Section>,
    /// Extra "Today on" tiles shown first on this center's pages.
    #[serde(default)]
    pub today_on: Vec<Tile>,
}

/// A titled group of items on a hub page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Section {
    /// The section heading.
    pub heading: String,
    /// Slugs of this center's items, in display order.
    pub items: Vec<String>,
}
