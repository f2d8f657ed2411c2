//! A card linking to an article or slideshow, used on hubs and the saved page.

use leptos::prelude::*;

use crate::components::picture::{Picture, Place};
use crate::components::site_link::SiteLink;
use crate::content::data::ItemSummary;

/// The item's picture, kind, title (the link) and description. `eager` for cards near the
/// top of a page: a lazy image there would be fetched late and delay the page's largest paint.
#[component]
pub fn ItemCard(item: ItemSummary, #[prop(optional)] eager: bool) -> impl IntoView {
    view! {
        <article class="card">
            <Picture image=item.image place=Place::Card first=eager decorative=true/>
            <div class="card__text">
                <p class="card__kind">{item.kind.label()}</p>
                <h3 class="card__title"><SiteLink to=item.path>{item.title}</SiteLink></h3>
                <p class="card__description">{item.description}</p>
            </div>
        </article>
    }
}
