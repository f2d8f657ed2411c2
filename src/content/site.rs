//! The site index (`content/site.json`), provided by the app to every component, and the
//! names of centers it does not carry.

use std::sync::Arc;

use leptos::prelude::*;

use super::data::{CenterData, ItemData, SiteData, center_data_path, item_data_path};
use super::loader;

/// The site index shared by every component of the app.
#[derive(Clone, Debug)]
pub struct SiteIndex(pub Arc<SiteData>);

impl SiteIndex {
    /// The site index the app provides (every page carries it, so it is always there).
    pub fn use_context() -> Arc<SiteData> {
        expect_context::<SiteIndex>().0
    }
}

/// The name of the center `slug`, if this session knows it: a featured center of the site
/// index, or one named by the data file of the page that shows it (the center's own index, or
/// that of its item `item`), once read. The index names only a few centers so that every page
/// stays the same size whatever the site's; the page of any other center names it in its own
/// file. Reactive: asked again when a data file arrives.
pub fn center_name(site: &SiteData, slug: &str, item: Option<&str>) -> Option<String> {
    loader::track_arrivals();
    if let Some(center) = site.center(slug) {
        return Some(center.name.clone());
    }
    let of_item = || loader::cached::<ItemData>(&item_data_path(slug, item?)).map(|data| data.center.name.clone());
    loader::cached::<CenterData>(&center_data_path(slug)).map(|data| data.center.name.clone()).or_else(of_item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_data::{center_data, item_data, site_data};

    #[test]
    fn a_featured_center_is_named_by_the_index_and_another_by_its_page_data() {
        let site = site_data();
        assert_eq!(center_name(&site, "back", None).as_deref(), Some("Back Center"));
        assert_eq!(center_name(&site, "far-away", Some("one")), None);
        let mut item = item_data();
        item.center.slug = "far-away".into();
        item.center.name = "Far Away Center".into();
        loader::seed(&item_data_path("far-away", "one"), item);
        assert_eq!(center_name(&site, "far-away", Some("one")).as_deref(), Some("Far Away Center"));
        assert_eq!(center_name(&site, "far-away", Some("two")), None, "another item's file is another page's");
        let mut hub = center_data();
        hub.center.slug = "other".into();
        hub.center.name = "Other Center".into();
        loader::seed(&center_data_path("other"), hub);
        assert_eq!(center_name(&site, "other", None).as_deref(), Some("Other Center"));
    }
}
