//! The site header: brand, the current health center, and navigation.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;
use leptos_router::hooks::use_location;

use crate::components::reading_controls::ReadingControls;
use crate::content::Page;
use crate::content::site::SiteIndex;
use crate::paths;

/// Header with the brand (home link), the current center's name (hub link), "Saved", and
/// the reading-preferences bar.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = SiteIndex::use_context();
    let brand = site.site.brand.clone();
    let pathname = use_location().pathname;
    let current_center = Memo::new(move |_| {
        let page = Page::parse(&paths::site_path(&pathname.get()))?;
        let center = site.center(page.center()?)?;
        Some((format!("/{}", center.slug), center.name.clone()))
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <SiteLink to="/" class="site-header__brand">
                    <span class="site-header__logo" aria-hidden="true"></span>
                    {brand}
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
