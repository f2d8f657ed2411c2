//! Renders the app for one address to HTML, natively (the `ssr` feature): the body of a
//! pre-rendered page, exactly as the browser will find it before hydrating.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::App;
use crate::content::data::SiteData;
use crate::content::date::Date;
use crate::paths;

/// The app's HTML at the site path `path` (the deployment's base path is added). The data
/// the page needs besides the site index must be in the session cache (`content::loader`).
pub fn render_page(site: &Arc<SiteData>, path: &str) -> String {
    let owner = Owner::new();
    let site = site.clone();
    owner.with(|| {
        provide_context(RequestUrl::new(&paths::href(path)));
        view! { <App site=site today=Date::today()/> }.to_html()
    })
}
