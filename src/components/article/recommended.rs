//! The "Recommended related to {topic}" teaser inside an article.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::content::catalog::catalog;
use crate::content::model::Teaser;

/// A box with the recommended item's title, an excerpt and a "Read the … article" link.
#[component]
pub fn Recommended(teaser: Teaser, topic: String) -> impl IntoView {
    // Validation guarantees the target exists; a stale link simply shows no box.
    catalog().resolve(&teaser.to).map(|(_, item)| {
        let title = item.title.clone();
        let link_text = format!("Read the {} {}", title, item.kind.noun());
        view! {
            <section class="recommended" aria-labelledby="recommended-heading">
                <h2 id="recommended-heading" class="recommended__heading">"Recommended related to "{topic}</h2>
                <p class="recommended__title">{title}</p>
                <p class="recommended__excerpt">{teaser.excerpt}</p>
                <SiteLink to=teaser.to class="recommended__link">{link_text}</SiteLink>
            </section>
        }
    })
}
