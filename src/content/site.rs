//! The site index (`content/site.json`), provided by the app to every component.

use std::sync::Arc;

use leptos::prelude::*;

use super::data::SiteData;

/// The site index shared by every component of the app.
#[derive(Clone, Debug)]
pub struct SiteIndex(pub Arc<SiteData>);

impl SiteIndex {
    /// The site index the app provides (every page carries it, so it is always there).
    pub fn use_context() -> Arc<SiteData> {
        expect_context::<SiteIndex>().0
    }
}
