//! The browser entry point: reads the data the pre-rendered page carries, then takes over
//! (hydrates) the page in place, or — where the host answered with a page rendered for
//! another address, such as its 404 page — renders the app afresh. A page without its data
//! (which the site build never writes) is left as it is: complete and readable.

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn main() {
    use std::sync::Arc;

    use health_center::App;
    use health_center::chunks::page::preload;
    use health_center::chunks::parts::{chunks_of_item, preload_parts};
    use health_center::content::Page;
    use health_center::content::data::{CenterData, DataFile, ItemData, SITE_DATA_ID, SiteData};
    use health_center::content::loader;
    use health_center::paths;
    use leptos::prelude::*;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let carried = |id: &str| document.get_element_by_id(id).and_then(|block| block.text_content());
    let Some(Ok(site)) = carried(SITE_DATA_ID).map(|text| loader::parse::<SiteData>(&text)) else { return };
    // The page the server rendered, and the data file it carries (`Page::data_file`).
    let rendered = body.get_attribute(paths::PRERENDERED_ATTRIBUTE);
    let rendered_page = rendered.as_deref().and_then(Page::parse);
    // The chunks of the item's parts that have code of their own (a slideshow, tables).
    let mut parts = Vec::new();
    if let Some(file) = rendered_page.as_ref().and_then(Page::data_file)
        && let Some(text) = carried(file.id())
    {
        match file {
            DataFile::Item(..) => {
                if let Ok(item) = loader::parse::<ItemData>(&text) {
                    parts = chunks_of_item(&item);
                    loader::seed(&file.path(), item);
                }
            }
            DataFile::Center(_) => {
                if let Ok(center) = loader::parse::<CenterData>(&text) {
                    loader::seed(&file.path(), center);
                }
            }
            // Read by their pages, whose code (and parser) is a chunk of its own.
            DataFile::Centers | DataFile::Topics(_) => loader::seed_text(&file.path(), text),
        }
    }
    paths::set_base(&body.get_attribute(paths::BASE_ATTRIBUTE).unwrap_or_default());
    let Some(pathname) = web_sys::window().and_then(|w| w.location().pathname().ok()) else { return };
    let site = Arc::new(site);
    if rendered == Some(paths::site_path(&pathname)) {
        // Its head too: the first page needs no new head tags (components/page_meta.rs).
        health_center::components::page_meta::keep_prerendered_head();
        let hydrate = move || {
            leptos::mount::hydrate_body(move || view! { <App site=site pathname=pathname/> });
            started();
        };
        // A page's chunk first (routes/mod.rs), or its parts' (chunks/parts.rs), so
        // hydration meets only loaded code and changes nothing; if one cannot be fetched,
        // the page stays as the server sent it.
        match rendered_page.as_ref().and_then(preload) {
            None if parts.is_empty() => hydrate(),
            // wasm-bindgen's executor: Leptos sets up its own only as the page is hydrated.
            page_chunk => wasm_bindgen_futures::spawn_local(async move {
                let page_loaded = match page_chunk {
                    Some(loading) => loading.await,
                    None => true,
                };
                if page_loaded && preload_parts(&parts).await {
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
