//! "Sources": the published evidence an item rests on.

use leptos::prelude::*;

use super::body::list_items;
use crate::content::model::Inline;

/// The item's sources, each a citation (a link to it, then its publisher and year), as a
/// numbered list; shows nothing when there are none.
#[component]
pub fn Sources(citations: Vec<Vec<Inline>>) -> impl IntoView {
    (!citations.is_empty()).then(|| {
        view! {
            <section class="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">"Sources"</h2>
                <ol>{list_items(citations)}</ol>
            </section>
        }
    })
}
