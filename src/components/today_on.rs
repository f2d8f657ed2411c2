//! "Today on {brand}": the related-content carousel with the tiles for the current page.

use leptos::prelude::*;

use crate::components::carousel::Carousel;
use crate::content::model::Tile;
use crate::content::site::SiteIndex;

/// The carousel with a center's own tiles first (`center_tiles`), then the site's, leaving
/// out the page the reader is on (`current_path`).
#[component]
pub fn TodayOn(
    #[prop(optional)] center_tiles: Vec<Tile>,
    #[prop(optional, into)] current_path: String,
) -> impl IntoView {
    let site = SiteIndex::use_context();
    let tiles = center_tiles
        .into_iter()
        .chain(site.site.today_on.iter().cloned())
        .filter(|tile| tile.to != current_path)
        .collect();
    view! { <Carousel id="today-on" heading=format!("Today on {}", site.site.brand) tiles=tiles/> }
}
