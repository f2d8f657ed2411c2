//! `content/site.json`: the site's settings and the few centers every page names.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use crate::model::Site;

/// How many centers the site index names (the footer's links; the header's name of a
/// center among them). The rest are named by the files of the pages that show them, so
/// the index every page carries is the same size for 2 centers and for 200.
pub const FEATURED_CENTERS: usize = 8;

/// The site index, carried by every page: settings, tiles, the first
/// [`FEATURED_CENTERS`] centers and how many there are. Its size does not grow with the
/// site: the home page's list of every center is `content/centers.json` ([`CentersData`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct SiteData {
    /// The site's settings as authored (brand, disclaimer, "Today on" tiles, …), without
    /// the list of every center's slug.
    pub site: Site,
    /// The first [`FEATURED_CENTERS`] centers, in the site's order.
    pub centers: Vec<CenterName>,
    /// How many centers the site has.
    pub center_count: usize,
}

impl SiteData {
    /// The featured center with this slug.
    pub fn center(&self, slug: &str) -> Option<&CenterName> {
        self.centers.iter().find(|center| center.slug == slug)
    }
}

/// A center as a link to it names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct CenterName {
    /// URL segment, e.g. `back-pain`.
    pub slug: String,
    /// Full name, e.g. "Back Pain Health Center".
    pub name: String,
}

/// `content/centers.json`: every center, as the home page lists them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct CentersData {
    /// Every center, in the site's order.
    pub centers: Vec<CenterLink>,
}

/// A center as the home page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct CenterLink {
    /// URL segment, e.g. `back-pain`.
    pub slug: String,
    /// Full name, e.g. "Back Pain Health Center".
    pub name: String,
    /// One or two sentences about it.
    pub description: String,
    /// How many articles and slideshows it has.
    pub item_count: usize,
}
