//! The list items linking to every health center, shared by the footer and "not found".

use leptos::prelude::*;

use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;

/// One `<li>` per center, each a link to its hub (the caller supplies the `<ul>`).
#[component]
pub fn CenterLinks() -> impl IntoView {
    let site = SiteIndex::use_context();
    site.centers
        .iter()
        .map(|center| {
            let name = center.name.clone();
            view! { <li><SiteLink to=format!("/{}", center.slug)>{name}</SiteLink></li> }
        })
        .collect_view()
}
