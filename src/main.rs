//! The browser entry point: reads the data the pre-rendered page carries, then takes over
//! (hydrates) the page in place, or — where the host answered with a page rendered for
//! another address, such as its 404 page — renders the app afresh.

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn main() {
    use std::sync::Arc;

    use health_center::App;
    use health_center::content::data::{PageData, SITE_DATA_PATH, SiteData, center_data_path, item_data_path};
    use health_center::content::loader;
    use health_center::paths;
    use health_center::site::document::{PAGE_DATA_ID, PRERENDERED_ATTRIBUTE};
    use leptos::prelude::*;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    paths::set_base(&body.get_attribute(paths::BASE_ATTRIBUTE).unwrap_or_default());
    let here = web_sys::window().and_then(|w| w.location().pathname().ok()).map(|p| paths::site_path(&p));
    let rendered_for = body.get_attribute(PRERENDERED_ATTRIBUTE);
    let carried = document.get_element_by_id(PAGE_DATA_ID).and_then(|e| e.text_content());
    let Some(Ok(data)) = carried.map(|text| loader::parse::<PageData>(&text)) else {
        // No usable data in the page: the page stays as it is (it is complete and readable)
        // until the site index arrives, then the app renders it afresh.
        leptos::task::spawn_local(async move {
            if let Ok(site) = loader::load::<SiteData>(SITE_DATA_PATH).await {
                body.set_text_content(None);
                let site = Arc::new((*site).clone());
                leptos::mount::mount_to_body(move || view! { <App site=site/> });
            }
        });
        return;
    };
    let PageData { site, center, item } = data;
    if let Some(center) = center {
        loader::seed(&center_data_path(&center.center.slug), center);
    }
    if let Some(item) = item {
        loader::seed(&item_data_path(&item.center.slug, &item.item.slug), item);
    }
    let site = Arc::new(site);
    if here.is_some() && here == rendered_for {
        leptos::mount::hydrate_body(move || view! { <App site=site/> });
    } else {
        body.set_text_content(None);
        leptos::mount::mount_to_body(move || view! { <App site=site/> });
    }
}

/// Natively this binary has nothing to do: the site is built with `make dist`.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
fn main() {
    eprintln!("health-center runs in the browser: build it with `make dist` (see README.md).");
}
