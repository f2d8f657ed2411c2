//! The site footer: the list of centers, the demo-content notice and the disclaimer's gist.

use leptos::prelude::*;

use crate::components::center_links::CenterLinks;
use crate::components::site_link::SiteLink;
use crate::content::site::SiteIndex;

/// Footer with links to the centers and the notice that bylines name fictional people.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let index = SiteIndex::use_context();
    let site = &index.site;
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <nav aria-label="Health centers">
                    <h2 class="site-footer__heading">"Health centers"</h2>
                    <ul class="site-footer__links"><CenterLinks/>
                        <li><SiteLink to="/a-z">"A to Z of topics"</SiteLink></li><li><SiteLink to="/saved">"Saved items"</SiteLink></li>
                        <li><SiteLink to="/about">"About this site"</SiteLink></li></ul>
                </nav>
                <p class="site-footer__notice"><strong>"Demo content. "</strong>{site.demo_notice.clone()}</p>
                <p class="site-footer__small">{site.disclaimer.first().cloned()}</p>
            </div>
        </footer>
    }
}
