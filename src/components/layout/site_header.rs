//! The site header: brand, the current health center, and navigation.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;
use leptos_router::hooks::use_location;

use crate::components::reading_controls::ReadingControls;
use crate::content::catalog::catalog;
use crate::paths;

/// Header with the brand (home link), the current center's name (hub link), "Saved", and
/// the reading-preferences bar.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let catalog = catalog();
    let pathname = use_location().pathname;
    let current_center = Memo::new(move |_| {
        let path = paths::site_path(&pathname.get());
        let first = path.trim_start_matches('/').split('/').next().unwrap_or_default().to_string();
        catalog.center(&first).map(|entry| (entry.path(), entry.center.name.clone()))
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <SiteLink to="/" class="site-header__brand">
                    <span class="site-header__logo" aria-hidden="true"></span>
                    {catalog.site.brand.clone()}
                </SiteLink>
                <nav class="site-header__nav" aria-label="Site">
                    <ul>
                        {move || current_center.get().map(|(href, name)| view! {
                            <li><SiteLink to=href class="site-header__center">{name}</SiteLink></li>
                        })}
                        <li><SiteLink to="/saved">"Saved"</SiteLink></li>
                    </ul>
                </nav>
            </div>
            <div class="site-header__tools">
                <ReadingControls/>
            </div>
        </header>
    }
}
