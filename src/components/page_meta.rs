//! The document title and meta description of a page.

use leptos::prelude::*;

use crate::content::catalog::catalog;

/// The title for a page: `parts` joined with " | ", followed by the brand.
pub fn page_title(parts: &[String]) -> String {
    let mut title = parts.to_vec();
    title.push(catalog().site.brand.clone());
    title.join(" | ")
}

/// Sets the document title (see [`page_title`]) and meta description once the page is shown.
#[component]
pub fn PageMeta(parts: Vec<String>, description: String) -> impl IntoView {
    let title = page_title(&parts);
    // Browser-only: an effect, so the component also renders natively.
    Effect::new(move |_| set_document_head(&title, &description));
}

fn set_document_head(title: &str, description: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        document.set_title(title);
        let meta = document.query_selector(r#"meta[name="description"]"#).ok().flatten().or_else(|| {
            let meta = document.create_element("meta").ok()?;
            meta.set_attribute("name", "description").ok()?;
            document.head()?.append_child(&meta).ok()?;
            Some(meta)
        });
        if let Some(meta) = meta {
            let _ = meta.set_attribute("content", description);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (title, description);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_end_with_the_brand() {
        let parts = vec!["Spinal Manipulation".to_string(), "Back Pain Health Center".to_string()];
        assert_eq!(page_title(&parts), "Spinal Manipulation | Back Pain Health Center | Brightwell Health");
    }
}
