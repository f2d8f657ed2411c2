//! The data files the browser reads, in their own shapes: built from the content model by
//! the site build (feature `build`), written under `content/` in the site, and carried
//! by each pre-rendered page for the page it shows (in the blocks named by [`SITE_DATA_ID`]
//! and its neighbours).
//!
//! | file | type | read by |
//! |---|---|---|
//! | `content/site.json` | [`SiteData`] | every page (carried by every pre-rendered page) |
//! | `content/centers.json` | [`CentersData`] | the home page |
//! | `content/{center}/_center.json` | [`CenterData`] | the center's hub |
//! | `content/{center}/{slug}.json` | [`ItemData`] | the item's page, the saved page |
//! | `content/a-z/{page}.json` | [`TopicsData`] | the A–Z pages |
//!
//! Each file holds what its page needs and no more: an item page never needs its center's
//! whole index, so an item file carries only the center's name, topic and tiles.

mod center;
mod item;
mod site;
mod topics;

pub use center::{CenterData, CenterInfo, HubSection, ItemSummary};
pub use item::{ItemData, ItemLink};
pub use site::{CenterLink, CenterName, CentersData, FEATURED_CENTERS, SiteData};
pub use topics::{
    LetterGroup, LetterStart, OTHER_LETTER, TOPICS_PER_PAGE, TopicsData, page_count as topics_page_count,
};

/// The site path of page `page` (from 1) of the A–Z of topics.
pub fn topics_data_path(page: u32) -> String {
    format!("/content/a-z/{page}.json")
}

/// The site path of the site index.
pub const SITE_DATA_PATH: &str = "/content/site.json";

/// The site path of the list of every center (the home page's).
pub const CENTERS_DATA_PATH: &str = "/content/centers.json";

/// The site path of a center's index.
pub fn center_data_path(center: &str) -> String {
    format!("/content/{center}/_center.json")
}

/// The site path of an item's data file.
pub fn item_data_path(center: &str, slug: &str) -> String {
    format!("/content/{center}/{slug}.json")
}

/// A data file a page needs besides the site index: the file the page is rendered from,
/// carries for the browser to hydrate from, and fetches after client navigation
/// (`Page::data_file` says which page needs which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile<'a> {
    /// `content/centers.json`: the list of every center.
    Centers,
    /// `content/a-z/{page}.json`: one page of the A–Z.
    Topics(u32),
    /// `content/{center}/_center.json`: a center's index.
    Center(&'a str),
    /// `content/{center}/{slug}.json`: an item.
    Item(&'a str, &'a str),
}

impl DataFile<'_> {
    /// Its site path (`/content/back-pain/sciatica.json`).
    pub fn path(&self) -> String {
        match *self {
            DataFile::Centers => CENTERS_DATA_PATH.to_string(),
            DataFile::Topics(page) => topics_data_path(page),
            DataFile::Center(center) => center_data_path(center),
            DataFile::Item(center, slug) => item_data_path(center, slug),
        }
    }

    /// The `id` of the block a pre-rendered page carries it in.
    pub fn id(&self) -> &'static str {
        match self {
            DataFile::Centers => CENTERS_DATA_ID,
            DataFile::Topics(_) => TOPICS_DATA_ID,
            DataFile::Center(_) => CENTER_DATA_ID,
            DataFile::Item(..) => ITEM_DATA_ID,
        }
    }
}

/// The data of a [`DataFile`], as a page is rendered from it.
#[derive(Clone, Copy, Debug)]
pub enum PageData<'a> {
    /// The list of every center.
    Centers(&'a CentersData),
    /// One page of the A–Z.
    Topics(&'a TopicsData),
    /// A center's index.
    Center(&'a CenterData),
    /// An item.
    Item(&'a ItemData),
}

/// The `id`s of the `<script type="application/json">` blocks in which a pre-rendered page
/// carries the data it was rendered from, for the browser to hydrate from: the site index on
/// every page, and a page's own file on the pages that have one (the home page's list of
/// centers, a hub's center index, an item's data file, the A–Z).
pub const SITE_DATA_ID: &str = "hc-site";
/// See [`SITE_DATA_ID`].
pub const CENTER_DATA_ID: &str = "hc-center";
/// See [`SITE_DATA_ID`].
pub const ITEM_DATA_ID: &str = "hc-item";
/// See [`SITE_DATA_ID`].
pub const TOPICS_DATA_ID: &str = "hc-topics";
/// See [`SITE_DATA_ID`].
pub const CENTERS_DATA_ID: &str = "hc-centers";
