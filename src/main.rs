//! The browser entry point: takes over (hydrates) the pre-rendered page in place, or —
//! where the host answered with a page rendered for another address, such as its 404
//! page — renders the app afresh.

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn main() {
    use health_center::content::loader;
    use health_center::paths;
    use health_center::site::document::{ITEM_DATA_ID, PRERENDERED_ATTRIBUTE};

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let here = web_sys::window().and_then(|w| w.location().pathname().ok()).map(|p| paths::site_path(&p));
    let rendered_for = body.get_attribute(PRERENDERED_ATTRIBUTE);
    if here.is_some() && here == rendered_for {
        // An item page carries the item it was rendered from: hydrate from the same data.
        if let (Some(path), Some(data)) = (&here, document.get_element_by_id(ITEM_DATA_ID)) {
            let parts: Vec<&str> = path.trim_start_matches('/').splitn(2, '/').collect();
            if let ([center, slug], Some(Ok(item))) = (parts.as_slice(), data.text_content().map(|t| loader::parse_item(&t))) {
                loader::seed_item(center, slug, item);
            }
        }
        leptos::mount::hydrate_body(health_center::App);
    } else {
        body.set_text_content(None);
        leptos::mount::mount_to_body(health_center::App);
    }
}

/// Natively this binary has nothing to do: the site is built with `make dist`.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
fn main() {
    eprintln!("health-center runs in the browser: build it with `make dist` (see README.md).");
}
