//! What a page shows while its content loads, and when loading failed.

use leptos::prelude::*;

/// A placeholder the size of a short article, with a progress message for screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__bar" aria-hidden="true"></span>
            <p class="loading__text">"Loading the content…"</p>
            <span class="loading__line" aria-hidden="true"></span>
            <span class="loading__line" aria-hidden="true"></span>
            <span class="loading__line loading__line--short" aria-hidden="true"></span>
        </div>
    }
}

/// An error message with a "Try again" button that calls `retry`.
#[component]
pub fn LoadFailed(message: String, retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="load-failed" role="alert">
            <h2>"This content could not be loaded"</h2>
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>"Try again"</button>
        </div>
    }
}
