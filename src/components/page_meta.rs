//! The document title and meta description of a page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content::catalog::catalog;

/// Sets the title to `parts` joined with " | ", followed by the brand, and the meta description.
#[component]
pub fn PageMeta(parts: Vec<String>, description: String) -> impl IntoView {
    let mut title = parts;
    title.push(catalog().site.brand.clone());
    view! {
        <Title text=title.join(" | ")/>
        <Meta name="description" content=description/>
    }
}
