//! "Related information": links to other items.

use leptos::prelude::*;

use crate::components::site_link::SiteLink;
use crate::content::data::ItemLink;

/// A list of related items; shows nothing when there are none.
#[component]
pub fn RelatedInformation(links: Vec<ItemLink>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|link| view! { <li><SiteLink to=link.path>{link.title}</SiteLink></li> })
            .collect_view();
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">"Related information"</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
