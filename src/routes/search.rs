//! `/search?q=…`: the search page's frame. Search itself is a separate wasm module
//! (`crates/search-wasm`), so the app's own wasm carries no search code: the frame holds an
//! `<hc-search>` element, which the bootstrap module defines; when the element enters the
//! page (pre-rendered or after client-side navigation) it imports the module, which writes
//! the form, the status line, the results and the help into it. If the module cannot be
//! downloaded, the element shows the message below with "Try again"; without JavaScript the
//! same message points to the A–Z. (No breadcrumbs: a search page is not a place in the
//! site's tree, and each element here costs every reader's download.)

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;
use crate::site::page_head::PageHead;

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let site = SiteIndex::use_context();
    view! {
        <PageMeta head=PageHead::search(&site, "")/>
        <div class="page page--search">
            <h1>"Search"</h1>
            <hc-search>
                // Shown without JavaScript, and when the search module could not be downloaded.
                <div class="search-unavailable" role="alert">
                    <h2>"Search is not available"</h2>
                    <p>
                        "Search needs JavaScript and a connection to this site. Every article and slideshow is also listed in the "
                        <SiteLink to="/a-z">"A to Z of topics"</SiteLink>"."
                    </p>
                    <button type="button" class="button" data-retry="">"Try again"</button>
                </div>
            </hc-search>
        </div>
    }
}
