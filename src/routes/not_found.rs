//! Any unknown path: "Page not found" with ways back.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::components::page_meta::PageMeta;
use crate::site::Page;
use crate::content::catalog::catalog;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    let centers = catalog()
        .centers
        .iter()
        .map(|entry| view! { <li><SiteLink to=entry.path()>{entry.center.name.clone()}</SiteLink></li> })
        .collect_view();
    view! {
        <PageMeta page=Page::NotFound/>
        <div class="page page--not-found">
            <h1>"Page not found"</h1>
            <p>"We could not find the page you asked for. The link may be old, or the address may have a typing mistake."</p>
            <p><SiteLink to="/">"Go to the home page"</SiteLink></p>
            <h2>"Health centers"</h2>
            <ul>{centers}</ul>
        </div>
    }
}
