//! After a client-side navigation, moves focus to the new page's heading so that screen
//! readers announce it (the router already scrolls to the top).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::skip_link::focus_main;

/// Watches the path; on every change after the first page, focuses the new `<h1>`.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.as_ref().is_some_and(|p| *p != current) {
            // Wait one frame so the new page's DOM is in place.
            request_animation_frame(focus_main);
        }
        current
    });
}
