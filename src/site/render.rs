//! Renders the app for one address to HTML, natively (the `prerender` feature): the body of a
//! pre-rendered page, exactly as the browser will find it before hydrating.

use std::sync::Arc;

use leptos::prelude::*;

use crate::App;
use crate::content::data::{DataFile, PageData, SiteData};
use crate::content::date::Date;
use crate::content::loader;
use crate::paths;

/// The app's HTML at the site path `path` (the deployment's base path is added). The data
/// the page needs besides the site index must be in the session cache (`content::loader`).
pub fn render_page(site: &Arc<SiteData>, path: &str) -> String {
    render(site, path, false)
}

/// Puts `data`, the data of the page's data file `file`, in the session cache, as the
/// browser's holds it once it has read the block the page carries: what `render_page`
/// renders the page from.
pub fn seed_page_data(file: DataFile, data: PageData) {
    let path = file.path();
    match data {
        PageData::Centers(data) => loader::seed(&path, data.clone()),
        PageData::Topics(data) => loader::seed(&path, data.clone()),
        PageData::Center(data) => loader::seed(&path, data.clone()),
        PageData::Item(data) => loader::seed(&path, data.clone()),
    }
}

/// The offline page's HTML (see `routes::offline`): the site's frame around it.
pub fn render_offline_page(site: &Arc<SiteData>) -> String {
    render(site, OFFLINE_PAGE_PATH, true)
}

/// Where the offline page is rendered: an address no page has (`offline` is a reserved slug).
const OFFLINE_PAGE_PATH: &str = "/offline";

/// Set while the offline page is rendered: the page table's one address that is no page.
#[derive(Clone, Copy)]
struct OfflinePageRender;

/// Whether the app is being rendered as the offline page.
pub fn rendering_offline_page() -> bool {
    use_context::<OfflinePageRender>().is_some()
}

fn render(site: &Arc<SiteData>, path: &str, offline: bool) -> String {
    let owner = Owner::new();
    let site = site.clone();
    owner.with(|| {
        if offline {
            provide_context(OfflinePageRender);
        }
        valid_markers(view! { <App site=site pathname=paths::href(path) today=Date::today()/> }.to_html())
    })
}

/// The renderer marks where a view may later change with `<!>`, a "bogus comment" the HTML
/// standard parses as an empty comment but does not allow (the W3C checker reports each one).
/// `<!---->` is the same empty comment, written as the standard allows, so hydration finds the
/// same nodes. Only markers can be `<!>`: the renderer escapes `<` in text and attribute
/// values, and the data blocks escape it in their JSON.
fn valid_markers(html: String) -> String {
    if html.contains("<!>") { html.replace("<!>", "<!---->") } else { html }
}
