//! A link to a page of this site, wherever the site is deployed.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::paths;

/// A router link to the site path `to` (such as `/back-pain`), with the deployment's base
/// path added; marked `aria-current="page"` when it is the page shown.
#[component]
pub fn SiteLink(
    /// The site path, as content writes it.
    #[prop(into)]
    to: String,
    /// Class names for the `<a>`.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The link text.
    children: Children,
) -> impl IntoView {
    view! { <A exact=true href=paths::href(&to) attr:class=class>{children()}</A> }
}
