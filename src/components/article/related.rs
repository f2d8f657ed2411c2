//! "Related information": links to other items, titled from the catalog.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::content::catalog::catalog;

/// A list of related items; shows nothing when there are none.
#[component]
pub fn RelatedInformation(paths: Vec<String>) -> impl IntoView {
    let links: Vec<_> = paths
        .into_iter()
        .filter_map(|path| {
            let (_, item) = catalog().resolve(&path)?;
            let title = item.title.clone();
            Some(view! { <li><SiteLink to=path>{title}</SiteLink></li> })
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 id="related-heading">"Related information"</h2>
                <ul>{links}</ul>
            </section>
        }
    })
}
