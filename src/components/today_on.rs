//! "Today on {brand}": the related-content carousel with the tiles for the current page.

use leptos::prelude::*;

use crate::components::carousel::Carousel;
use crate::content::catalog::catalog;
use crate::content::model::CenterEntry;

/// The carousel with the center's own tiles first, then the site's, leaving out the page
/// the reader is on (`current_path`).
#[component]
pub fn TodayOn(center: Option<&'static CenterEntry>, #[prop(optional, into)] current_path: String) -> impl IntoView {
    let catalog = catalog();
    let tiles = catalog.tiles_for(center).into_iter().filter(|tile| tile.to != current_path).cloned().collect();
    view! { <Carousel heading=format!("Today on {}", catalog.site.brand) tiles=tiles/> }
}
