//! The site header: brand, search, the current health center, navigation and the reading
//! controls.
//!
//! On a phone the header is one short row (the brand, "Text size" and "Menu"), so the page's
//! content comes first at every text size: the reading controls and the menu (the search
//! form, then the navigation) are native disclosures (`<details>`), which open and close
//! without the app (and before it starts). On wider screens both are always shown and their
//! toggles are not (style/layout.css). The search form sends a plain GET to the search page
//! (client-side routing would add the router's navigation code to the wasm); the search page
//! has its own field, so the header's is hidden there (style/search.css).

use leptos::html::Details;
use leptos::prelude::*;

use crate::boxed_effect::effect;
use crate::components::reading_controls::ReadingControls;
use crate::components::site_link::SiteLink;
use crate::content::Page;
use crate::content::site::{SiteIndex, center_name};
use crate::navigation::Location;
use crate::paths;

/// Header with the brand (home link), the current center's name (hub link), "Saved", and
/// the reading-preferences bar.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = SiteIndex::use_context();
    let brand = site.site.brand.clone();
    let pathname = Location::use_context().pathname();
    let current_center = Memo::new(move |_| {
        let page = Page::parse(&paths::site_path(&pathname.get()))?;
        let slug = page.center()?;
        let item = match &page {
            Page::Item { slug: item, .. } => Some(item.as_str()),
            _ => None,
        };
        Some((format!("/{slug}"), center_name(&site, slug, item)?))
    });
    // A followed link closes the menu: the new page comes first.
    let menu = NodeRef::<Details>::new();
    let mut first_page = true;
    effect(move || {
        pathname.track();
        if !std::mem::take(&mut first_page)
            && let Some(menu) = menu.get_untracked()
        {
            menu.set_open(false);
        }
    });

    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <SiteLink to="/" class="site-header__brand">
                    <span class="site-header__logo" aria-hidden="true"></span>
                    {brand}
                </SiteLink>
                <details class="site-header__disclosure site-header__disclosure--tools">
                    <summary class="header-toggle">
                        <span class="header-toggle__glyph" aria-hidden="true">"Aa"</span>
                        <span class="header-toggle__label">"Text size"</span>
                    </summary>
                    <div class="site-header__tools"><ReadingControls/></div>
                </details>
                <details class="site-header__disclosure site-header__disclosure--menu" node_ref=menu>
                    <summary class="header-toggle">"Menu"</summary>
                    // A plain GET form: the search page reads the query from its address.
                    <form class="search-form site-header__search" role="search" action=paths::href("/search") method="get">
                        <label class="search-form__label" for="site-search-field">"Search this site"</label>
                        <input class="search-form__field" id="site-search-field" type="search" name="q" autocomplete="off" enterkeyhint="search"/>
                        <button class="search-form__button button" type="submit">"Search"</button>
                    </form>
                    <nav class="site-header__nav" aria-label="Site">
                        <ul>
                            {move || current_center.get().map(|(href, name)| view! {
                                <li><SiteLink to=href class="site-header__center">{name}</SiteLink></li>
                            })}
                            <li><SiteLink to="/a-z">"A to Z"</SiteLink></li>
                            <li><SiteLink to="/saved">"Saved"</SiteLink></li>
                        </ul>
                    </nav>
                </details>
            </div>
        </header>
    }
}
