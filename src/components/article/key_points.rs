//! "Key points": the page's main messages at a glance, at the top of an article.

use leptos::prelude::*;

use super::body::list_items;
use crate::content::model::Inline;

/// Three to five short points; shows nothing when there are none.
#[component]
pub fn KeyPoints(points: Vec<String>) -> impl IntoView {
    (!points.is_empty()).then(|| {
        // Each point as a run of text: the list shares the article body's list code (smaller wasm).
        let items = points.into_iter().map(|point| vec![Inline::Text(point)]).collect();
        view! {
            <section class="key-points" aria-labelledby="key-points-heading">
                <h2 id="key-points-heading" class="key-points__heading">"Key points"</h2>
                <ul>{list_items(items)}</ul>
            </section>
        }
    })
}
