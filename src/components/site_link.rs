//! A link to a page of this site, wherever the site is deployed.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::model::is_external;
use crate::paths;

/// A router link to the site path `to` (such as `/back-pain`), with the deployment's base
/// path added; marked `aria-current="page"` when it is the page shown. An `https://` address
/// (a source in an article's text) is linked as it is: the caller says it leads elsewhere.
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
    // Another site's address goes as it is (the router leaves links off the site alone).
    let href = if is_external(&to) { to } else { paths::href(&to) };
    view! { <A exact=true href=href attr:class=class>{children()}</A> }
}
