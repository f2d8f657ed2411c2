//! Renders the app for one address to HTML, natively (the `ssr` feature): the body of a
//! pre-rendered page, exactly as the browser will find it before hydrating.

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::App;
use crate::paths;

/// The app's HTML at the site path `path` (the deployment's base path is added).
pub fn render_page(path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&paths::href(path)));
        view! { <App/> }.to_html()
    })
}
