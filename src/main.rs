//! The browser entry point: reads the data the pre-rendered page carries, then takes over
//! (hydrates) the page in place, or — where the host answered with a page rendered for
//! another address, such as its 404 page — renders the app afresh. A page without its data
//! (which the content step never writes) is left as it is: complete and readable.

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn main() {
    use std::sync::Arc;

    use health_center::App;
    use health_center::content::Page;
    use health_center::content::data::{
        CENTER_DATA_ID, CENTERS_DATA_ID, CENTERS_DATA_PATH, CenterData, ITEM_DATA_ID, ItemData, SITE_DATA_ID, SiteData,
        TOPICS_DATA_ID, center_data_path, item_data_path, topics_data_path,
    };
    use health_center::content::loader;
    use health_center::paths;
    use health_center::routes::{item_parts, split};
    use leptos::prelude::*;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let carried = |id: &str| document.get_element_by_id(id).and_then(|block| block.text_content());
    let Some(Ok(site)) = carried(SITE_DATA_ID).map(|text| loader::parse::<SiteData>(&text)) else { return };
    if let Some(Ok(center)) = carried(CENTER_DATA_ID).map(|text| loader::parse::<CenterData>(&text)) {
        loader::seed(&center_data_path(&center.center.slug), center);
    }
    // The chunks of the item's parts that have code of their own (a slideshow, tables).
    let mut parts = Vec::new();
    if let Some(Ok(item)) = carried(ITEM_DATA_ID).map(|text| loader::parse::<ItemData>(&text)) {
        parts = item_parts::chunks_of_item(&item);
        loader::seed(&item_data_path(&item.center.slug, &item.item.slug), item);
    }
    paths::set_base(&body.get_attribute(paths::BASE_ATTRIBUTE).unwrap_or_default());
    let Some(pathname) = web_sys::window().and_then(|w| w.location().pathname().ok()) else { return };
    // Read by their pages, whose code (and parser) is a chunk of its own (routes/split.rs).
    if let Some(text) = carried(CENTERS_DATA_ID) {
        loader::seed_text(CENTERS_DATA_PATH, text);
    }
    let shown = Page::parse(&paths::site_path(&pathname));
    if let (Some(text), Some(Page::Topics { page })) = (carried(TOPICS_DATA_ID), &shown) {
        loader::seed_text(&topics_data_path(*page), text);
    }
    let site = Arc::new(site);
    if body.get_attribute(paths::PRERENDERED_ATTRIBUTE) == Some(paths::site_path(&pathname)) {
        let page = shown.filter(split::has_chunk);
        // Its head too: the first page needs no new head tags (components/page_meta.rs).
        health_center::components::page_meta::keep_prerendered_head();
        let hydrate = move || {
            leptos::mount::hydrate_body(move || view! { <App site=site pathname=pathname/> });
            started();
        };
        // A split page's chunk first (routes/split.rs), or its parts' (routes/item_parts.rs),
        // so hydration meets only loaded code and changes nothing; if one cannot be fetched,
        // the page stays as the server sent it.
        match page {
            None if parts.is_empty() => hydrate(),
            // wasm-bindgen's executor: Leptos sets up its own only as the page is hydrated.
            page => wasm_bindgen_futures::spawn_local(async move {
                let page_loaded = match &page {
                    Some(page) => split::preload(page).await,
                    None => true,
                };
                if page_loaded && item_parts::preload_parts(&parts).await {
                    hydrate();
                }
            }),
        }
    } else {
        body.set_text_content(None);
        leptos::mount::mount_to_body(move || view! { <App site=site pathname=pathname/> });
        started();
    }
}

/// `<html data-app="started">`: the app has taken the page over (the bootstrap waits for it
/// to replay early taps and register the service worker; tests and tools wait for it too).
#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn started() {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        _ = html.set_attribute("data-app", "started");
    }
}

/// Natively this binary has nothing to do: the site is built with `make dist`.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
fn main() {
    eprintln!("health-center runs in the browser: build it with `make dist` (see README.md).");
}
