//! A link to a page of this site, wherever the site is deployed.

use leptos::prelude::*;

use crate::content::model::is_external;
use crate::navigation::Location;
use crate::paths;

/// A link to the site path `to` (such as `/back-pain`), with the deployment's base path
/// added; marked `aria-current="page"` when it is the page shown. The app follows it itself
/// (`navigation::history`). An `https://` address (a source in an article's text) is linked as
/// it is: the caller says it leads elsewhere.
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
    let pathname = Location::use_context().pathname();
    // The page it leads to, as the address bar would show it with or without a trailing slash.
    let page = (!is_external(&to)).then(|| paths::site_path_under("", to.split(['?', '#']).next().unwrap_or_default()));
    let current = move || (page.as_ref() == Some(&pathname.with(|shown| paths::site_path(shown)))).then_some("page");
    let href = if is_external(&to) { to } else { paths::href(&to) };
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}
