//! Breadcrumbs: where this page sits, from home down to the current page.

use crate::components::site_link::SiteLink;
use leptos::prelude::*;

/// One step of the trail; the last step is the current page and is not a link.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    /// The step's name.
    pub label: String,
    /// Where it links (ignored for the current page).
    pub href: String,
}

impl Crumb {
    /// A step called `label` at `href`.
    pub fn new(label: impl Into<String>, href: impl Into<String>) -> Crumb {
        Crumb { label: label.into(), href: href.into() }
    }
}

/// A breadcrumb trail: a labelled `nav` with an ordered list and `aria-current` on the last step.
#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>) -> impl IntoView {
    let last = crumbs.len().saturating_sub(1);
    let steps = crumbs
        .into_iter()
        .enumerate()
        .map(|(i, crumb)| {
            if i == last {
                view! { <li><span aria-current="page">{crumb.label}</span></li> }.into_any()
            } else {
                view! { <li><SiteLink to=crumb.href>{crumb.label}</SiteLink></li> }.into_any()
            }
        })
        .collect_view();
    view! { <nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{steps}</ol></nav> }
}
