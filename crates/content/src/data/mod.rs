//! The data files the browser reads, in their own shapes: built from the content model by
//! the content step (feature `build`), written under `content/` in the site, and carried
//! by each pre-rendered page for the page it shows.
//!
//! | file | type | read by |
//! |---|---|---|
//! | `content/site.json` | [`SiteData`] | every page (carried by every pre-rendered page) |
//! | `content/{center}/_center.json` | [`CenterData`] | the center's hub |
//! | `content/{center}/{slug}.json` | [`ItemData`] | the item's page, the saved page |
//!
//! Each file holds what its page needs and no more: an item page never needs its center's
//! whole index, so an item file carries only the center's name, topic and tiles.

mod center;
mod item;
mod site;

pub use center::{CenterData, CenterInfo, HubSection, ItemSummary};
pub use item::{ItemData, ItemLink};
pub use site::{CenterLink, SiteData};

use serde::{Deserialize, Serialize};

/// The site path of the site index.
pub const SITE_DATA_PATH: &str = "/content/site.json";

/// The site path of a center's index.
pub fn center_data_path(center: &str) -> String {
    format!("/content/{center}/_center.json")
}

/// The site path of an item's data file.
pub fn item_data_path(center: &str, slug: &str) -> String {
    format!("/content/{center}/{slug}.json")
}

/// What a pre-rendered page carries for the browser to hydrate from: the site index, and
/// the center index or item data its page was rendered from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageData {
    /// The site index.
    pub site: SiteData,
    /// On a hub page: the center's index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<CenterData>,
    /// On an item page: the item's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemData>,
}
