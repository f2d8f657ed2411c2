//! Keeps the document's title, meta description and canonical link in step with the page
//! shown after client-side navigation. (Pre-rendered pages already carry all their head
//! tags: see `site::head`.)

use leptos::prelude::*;

use crate::paths;
use crate::site::page_head::PageHead;

/// Sets the document title, description and canonical URL of the page with `head` once it
/// is shown.
#[component]
pub fn PageMeta(head: PageHead) -> impl IntoView {
    let href = head.path.as_deref().map(paths::href);
    // Browser-only: an effect, so the component also renders natively.
    Effect::new(move |_| set_document_head(&head.title, &head.description, href.as_deref()));
}

fn set_document_head(title: &str, description: &str, href: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        document.set_title(title);
        let set = |selector: &str, attribute: &str, value: &str| {
            if let Ok(Some(element)) = document.query_selector(selector) {
                let _ = element.set_attribute(attribute, value);
            }
        };
        set(r#"meta[name="description"]"#, "content", description);
        // The canonical URL keeps the origin the page was built for; only the path changes.
        if let (Some(href), Ok(Some(link))) = (href, document.query_selector(r#"link[rel="canonical"]"#)) {
            if let Some(url) = link.get_attribute("href").and_then(|old| with_path(&old, href)) {
                let _ = link.set_attribute("href", &url);
                set(r#"meta[property="og:url"]"#, "content", &url);
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (title, description, href);
}

/// `url` (absolute) with its path replaced by `path`.
pub fn with_path(url: &str, path: &str) -> Option<String> {
    let after_scheme = url.find("://")? + 3;
    let origin_end = url[after_scheme..].find('/').map_or(url.len(), |i| i + after_scheme);
    Some(format!("{}{path}", &url[..origin_end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_urls_keep_their_origin() {
        assert_eq!(with_path("https://example.org/health/", "/health/sleep").as_deref(), Some("https://example.org/health/sleep"));
        assert_eq!(with_path("http://127.0.0.1:8080", "/a").as_deref(), Some("http://127.0.0.1:8080/a"));
        assert_eq!(with_path("/relative", "/a"), None);
    }
}
