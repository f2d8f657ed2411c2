//! Every data file of the site, in memory: what [`compile`](super::compile) makes of the
//! content, and what the site build writes and renders the pages from.

use crate::data::{CenterData, CentersData, DataFile, ItemData, PageData, SiteData, TopicsData};
use crate::date::Date;
use crate::model::{Image, ItemContent, Tile};

/// Every data file of the site, in memory.
#[derive(Clone, Debug)]
pub struct Compiled {
    /// `content/site.json`.
    pub site: SiteData,
    /// `content/centers.json`: every center, for the home page.
    pub center_list: CentersData,
    /// `content/{center}/_center.json`, one per center in the site's order.
    pub centers: Vec<CenterData>,
    /// `content/{center}/{slug}.json`, one per item read by this build, center by center.
    pub items: Vec<ItemData>,
    /// The items this build kept from the last (their data files are as it wrote them).
    pub kept: Vec<KeptData>,
    /// `content/a-z/{page}.json`: every item by title, page by page (at least one page).
    pub topics: Vec<TopicsData>,
}

impl Compiled {
    /// Calls `f` on every picture in every data file (to put the published ones in).
    pub fn for_each_image_mut(&mut self, mut f: impl FnMut(&mut Image)) {
        let tiles =
            |tiles: &mut Vec<Tile>, f: &mut dyn FnMut(&mut Image)| tiles.iter_mut().for_each(|t| f(&mut t.image));
        tiles(&mut self.site.site.today_on, &mut f);
        for center in &mut self.centers {
            tiles(&mut center.center.today_on, &mut f);
            center.sections.iter_mut().flat_map(|s| &mut s.cards).for_each(|card| f(&mut card.image));
        }
        for item in &mut self.items {
            tiles(&mut item.center.today_on, &mut f);
            f(&mut item.item.image);
            if let ItemContent::Slideshow { slides } = &mut item.item.content {
                slides.iter_mut().for_each(|slide| f(&mut slide.image));
            }
        }
    }

    /// Page `page` (from 1) of the A–Z, if there is one.
    pub fn topics_page(&self, page: u32) -> Option<&TopicsData> {
        self.topics.get(usize::try_from(page).ok()?.checked_sub(1)?)
    }

    /// The center index with this slug.
    pub fn center(&self, slug: &str) -> Option<&CenterData> {
        self.centers.iter().find(|c| c.center.slug == slug)
    }

    /// The data of `file`, if this build made it (an item kept from the last build is not
    /// in memory: its data file is).
    pub fn data(&self, file: DataFile) -> Option<PageData<'_>> {
        Some(match file {
            DataFile::Centers => PageData::Centers(&self.center_list),
            DataFile::Topics(page) => PageData::Topics(self.topics_page(page)?),
            DataFile::Center(center) => PageData::Center(self.center(center)?),
            DataFile::Item(center, slug) => {
                PageData::Item(self.items.iter().find(|data| data.center.slug == center && data.item.slug == slug)?)
            }
        })
    }
}

/// An item whose data file the last build wrote and this build keeps as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptData {
    /// Its center's slug.
    pub center: String,
    /// Its slug.
    pub slug: String,
    /// When it was last updated (the sitemap's date).
    pub last_updated: Date,
}

impl KeptData {
    /// Its site path, `/back-pain/sciatica`.
    pub fn path(&self) -> String {
        format!("/{}/{}", self.center, self.slug)
    }
}
