//! Any unknown path: "Page not found" with ways back.

use leptos::prelude::*;

use crate::components::center_links::CenterLinks;
use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;
use crate::site::page_head::PageHead;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    let site = SiteIndex::use_context();
    view! {
        <PageMeta head=PageHead::not_found(&site)/>
        <div class="page page--not-found">
            <h1>"Page not found"</h1>
            <p>"We could not find the page you asked for. The link may be old, or the address may have a typing mistake."</p>
            <p><SiteLink to="/">"Go to the home page"</SiteLink></p>
            <h2>"Health centers"</h2>
            <ul><CenterLinks/></ul>
        </div>
    }
}
