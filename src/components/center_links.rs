//! The list items linking to the health centers, shared by the footer and "not found".

use leptos::prelude::*;

use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;

/// One `<li>` per center the site index names (the first few; the caller supplies the
/// `<ul>`), then "All N health centers" (the home page) when the site has more: a footer
/// of dozens of centers helps no reader, and every link is work on every page.
#[component]
pub fn CenterLinks() -> impl IntoView {
    let site = SiteIndex::use_context();
    let links = site
        .centers
        .iter()
        .map(|center| {
            let name = center.name.clone();
            view! { <li><SiteLink to=format!("/{}", center.slug)>{name}</SiteLink></li> }
        })
        .collect_view();
    let total = site.center_count;
    let all = (site.centers.len() < total)
        .then(|| view! { <li><SiteLink to="/">{format!("All {total} health centers")}</SiteLink></li> });
    view! { {links}{all} }
}
