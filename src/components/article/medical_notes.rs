//! The source line, "Last updated" and the medical disclaimer shown on every item.

use leptos::prelude::*;

use crate::content::date::Date;
use crate::content::site::SiteIndex;

/// Source line, last-updated date and the "Medical disclaimer" block.
#[component]
pub fn MedicalNotes(last_updated: Date) -> impl IntoView {
    let index = SiteIndex::use_context();
    let site = &index.site;
    let disclaimer = site.disclaimer.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view();
    view! {
        <footer class="medical-notes">
            <p class="medical-notes__source">{site.source_line.clone()}</p>
            <p class="medical-notes__updated">
                "Last updated: "<time datetime=last_updated.to_string()>{last_updated.long()}</time>
            </p>
            <section class="disclaimer" aria-labelledby="disclaimer-heading">
                <h2 id="disclaimer-heading">"Medical disclaimer"</h2>
                {disclaimer}
            </section>
        </footer>
    }
}
