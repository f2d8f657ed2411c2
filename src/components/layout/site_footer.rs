//! The site footer: the list of centers, the demo-content notice and the disclaimer's gist.

use leptos::prelude::*;
use crate::components::site_link::SiteLink;

use crate::content::catalog::catalog;

/// Footer with links to every center and the notice that bylines name fictional people.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let catalog = catalog();
    let centers = catalog
        .centers
        .iter()
        .map(|entry| view! { <li><SiteLink to=entry.path()>{entry.center.name.clone()}</SiteLink></li> })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <nav aria-label="Health centers">
                    <h2 class="site-footer__heading">"Health centers"</h2>
                    <ul class="site-footer__links">{centers}<li><SiteLink to="/saved">"Saved items"</SiteLink></li></ul>
                </nav>
                <p class="site-footer__notice"><strong>"Demo content. "</strong>{catalog.site.demo_notice.clone()}</p>
                <p class="site-footer__small">{catalog.site.disclaimer.first().cloned()}</p>
            </div>
        </footer>
    }
}
