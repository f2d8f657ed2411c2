//! The "Recommended related to {topic}" teaser inside an article.

use leptos::prelude::*;

use crate::components::site_link::SiteLink;
use crate::content::data::ItemLink;

/// A box with the recommended item's title, an excerpt and a "Read the … article" link.
#[component]
pub fn Recommended(excerpt: String, link: ItemLink, topic: String) -> impl IntoView {
    let link_text = format!("Read the {} {}", link.title, link.kind.noun());
    view! {
        <section class="recommended" aria-labelledby="recommended-heading">
            <h2 id="recommended-heading" class="recommended__heading">"Recommended related to "{topic}</h2>
            <p class="recommended__title">{link.title}</p>
            <p class="recommended__excerpt">{excerpt}</p>
            <SiteLink to=link.path class="recommended__link">{link_text}</SiteLink>
        </section>
    }
}
