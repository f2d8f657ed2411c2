//! `content/site.json`: the site's settings and the list of its centers.

use serde::{Deserialize, Serialize};

use crate::model::Site;

/// The site index: settings, tiles, and one line per center. Small whatever the catalog's
/// size: it names centers, not items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct SiteData {
    /// The site's settings as authored (brand, disclaimer, "Today on" tiles, …).
    pub site: Site,
    /// Every center, in the order the home page lists them.
    pub centers: Vec<CenterLink>,
}

/// A center as the home page, the header and the footer show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

impl SiteData {
    /// The center with this slug.
    pub fn center(&self, slug: &str) -> Option<&CenterLink> {
        self.centers.iter().find(|center| center.slug == slug)
    }
}
