//! After client-side navigation, gives the document the head the destination's pre-rendered
//! page has: the same `HeadTags` (title, description, robots, canonical, Open Graph, JSON-LD)
//! from the same `PageHead`, so a page's head is declared once for both.
//!
//! The code that writes the tags is a wasm chunk of its own (`head_tags`, issue 23): a reader
//! who arrives on a page and reads it needs none of it, since the pre-rendered head is right.
//! The first page the reader moves to loads it (the service worker keeps it for offline).

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::boxed_effect::effect;
use crate::chunks::ChunkError;
use crate::content::data::{ItemData, SiteData};
use crate::content::site::SiteIndex;
use crate::site::page_head::PageHead;

thread_local! {
    /// Whether the document's head is still the pre-rendered one of the page shown.
    static PRERENDERED_HEAD: Cell<bool> = const { Cell::new(false) };
}

/// Tells the first [`PageMeta`] that the head is already its page's: the app is taking over
/// the page the server pre-rendered for this address (`main.rs`).
pub fn keep_prerendered_head() {
    PRERENDERED_HEAD.with(|kept| kept.set(true));
}

/// Replaces the document's head tags with those of the page with `head` (and, on an item
/// page, its `item`) once it is shown, unless they are already the pre-rendered page's.
#[component]
pub fn PageMeta(head: PageHead, #[prop(optional)] item: Option<Rc<ItemData>>) -> impl IntoView {
    let site = SiteIndex::use_context();
    // Browser-only: an effect, so the component also renders natively.
    effect(move || {
        if PRERENDERED_HEAD.with(|kept| kept.replace(false)) {
            return;
        }
        let (head, item, site) = (head.clone(), item.clone(), site.clone());
        // Offline without the chunk (a worker from before it existed), the head stays as it was.
        spawn_local(async move { _ = head_tags(head, item, site).await });
    });
}

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
#[leptos::wasm_split::wasm_split(head_tags, wasm_split_path = ::leptos::wasm_split, fallible)]
fn head_tags(head: PageHead, item: Option<Rc<ItemData>>, site: Arc<SiteData>) -> Result<(), ChunkError> {
    browser::replace_head_tags(&head, item.as_deref(), &site);
    Ok(())
}

/// Natively there is no document: nothing to do.
#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
async fn head_tags(_head: PageHead, _item: Option<Rc<ItemData>>, _site: Arc<SiteData>) -> Result<(), ChunkError> {
    Ok(())
}

/// The DOM side (the `head_tags` chunk's code).
#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
mod browser {
    use wasm_bindgen::JsCast;

    use crate::content::data::{ItemData, SiteData};
    use crate::paths;
    use crate::site::head::{HEAD_TAGS_SELECTOR, HeadTags};
    use crate::site::page_head::PageHead;

    /// Swaps the head tags the pre-renderer writes for those of `head`.
    pub fn replace_head_tags(head: &PageHead, item: Option<&ItemData>, site: &SiteData) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(head_element) = document.head() else { return };
        // Canonical URLs keep the origin the site was built for (SITE_URL), which the
        // pre-rendered canonical link carries; only the path changes.
        let origin = document
            .query_selector(r#"link[rel="canonical"]"#)
            .ok()
            .flatten()
            .and_then(|link| link.get_attribute("href"))
            .and_then(|href| origin_of(&href))
            .or_else(|| web_sys::window()?.location().origin().ok());
        let Some(origin) = origin else { return };
        // The language the page shell gave every page.
        let lang = document.document_element().and_then(|html| html.get_attribute("lang")).unwrap_or_default();
        let tags = HeadTags::for_page(head, item, site, &format!("{origin}{}", paths::base()), &lang);
        if let Ok(old) = head_element.query_selector_all(HEAD_TAGS_SELECTOR) {
            for i in 0..old.length() {
                if let Some(element) = old.item(i).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
                    element.remove();
                }
            }
        }
        for element in tags.elements() {
            let Ok(node) = document.create_element(element.tag) else { continue };
            for (name, value) in &element.attributes {
                let _ = node.set_attribute(name, value);
            }
            if let Some(text) = &element.text {
                node.set_text_content(Some(text));
            }
            let _ = head_element.append_child(&node);
        }
    }

    /// `https://example.org` from `https://example.org/health/x`.
    fn origin_of(url: &str) -> Option<String> {
        let after_scheme = url.find("://")? + 3;
        let end = url[after_scheme..].find('/').map_or(url.len(), |i| i + after_scheme);
        Some(url[..end].to_string())
    }
}
