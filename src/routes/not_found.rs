//! Any unknown path: "Page not found" with ways back.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_meta::PageMeta;
use crate::content::catalog::catalog;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    let centers = catalog()
        .centers
        .iter()
        .map(|entry| view! { <li><A exact=true href=entry.path()>{entry.center.name.clone()}</A></li> })
        .collect_view();
    view! {
        <PageMeta parts=vec!["Page not found".into()] description="This page does not exist.".into()/>
        <div class="page page--not-found">
            <h1>"Page not found"</h1>
            <p>"We could not find the page you asked for. The link may be old, or the address may have a typing mistake."</p>
            <p><A exact=true href="/">"Go to the home page"</A></p>
            <h2>"Health centers"</h2>
            <ul>{centers}</ul>
        </div>
    }
}
