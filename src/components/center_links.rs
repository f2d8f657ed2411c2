//! The list items linking to the health centers, shared by the footer and "not found".

use leptos::prelude::*;

use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;

/// One `<li>` per center, each a link to its hub (the caller supplies the `<ul>`). With
/// `at_most`, a site with more centers lists that many, then "All N health centers" (the
/// home page lists them all): a footer of dozens of centers helps no reader, and every link
/// is work for the browser on every page.
#[component]
pub fn CenterLinks(#[prop(optional)] at_most: Option<usize>) -> impl IntoView {
    let site = SiteIndex::use_context();
    let total = site.centers.len();
    let shown = at_most.unwrap_or(total).min(total);
    let links = site.centers[..shown]
        .iter()
        .map(|center| {
            let name = center.name.clone();
            view! { <li><SiteLink to=format!("/{}", center.slug)>{name}</SiteLink></li> }
        })
        .collect_view();
    let all = (shown < total).then(|| view! { <li><SiteLink to="/">{format!("All {total} health centers")}</SiteLink></li> });
    view! { {links}{all} }
}
