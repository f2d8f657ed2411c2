//! After a client-side navigation, moves focus to the new page's heading so that screen
//! readers announce it (`navigation::history` scrolls), and tells the service worker
//! which page was read (`offline::reads`).

use leptos::prelude::*;

use super::skip_link::focus_main;
use crate::boxed_effect::effect;
use crate::navigation::Location;
use crate::offline::reads::page_shown;

/// Watches the path; on every change after the first page, focuses the new `<h1>`.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let pathname = Location::use_context().pathname();
    let mut previous: Option<String> = None;
    effect(move || {
        let current = pathname.get();
        page_shown(previous.as_deref(), &current);
        if previous.as_ref().is_some_and(|p| *p != current) {
            // Wait one frame so the new page's DOM is in place.
            request_animation_frame(|| focus_main(false));
        }
        previous = Some(current);
    });
}

/// Moves focus to the page's heading again if the element that had it left the document:
/// a page reached by navigation swaps its loading frame for the loaded page, and the `<h1>`
/// that [`FocusOnNavigate`] focused goes with it. Focus the reader moved elsewhere is left.
/// Browser only: called when a fetch completes.
pub fn refocus_if_lost() {
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let lost = document.active_element().is_none_or(|active| Some(active) == document.body().map(Into::into));
        if lost {
            focus_main(false);
        }
    });
}
