//! The "Save article" toggle: keeps an item in the reader's saved list.

use leptos::prelude::*;

use crate::content::model::ItemKind;
use crate::preferences::saved::SavedItems;

/// A toggle button (`aria-pressed`) that saves or unsaves the item at `path`.
#[component]
pub fn SaveButton(path: String, kind: ItemKind) -> impl IntoView {
    let saved = SavedItems::use_context();
    let is_saved = {
        let path = path.clone();
        move || saved.is_saved(&path)
    };
    let state_text = {
        let is_saved = is_saved.clone();
        move || if is_saved() { "Saved in this browser" } else { "" }
    };
    view! {
        <div class="save">
            <button type="button" class="button button--secondary save__button"
                aria-pressed=move || if is_saved() { "true" } else { "false" }
                on:click=move |_| saved.toggle(&path)>
                <span class="save__icon" aria-hidden="true"></span>
                {format!("Save {}", kind.noun())}
            </button>
            <span class="save__state" aria-hidden="true">{state_text}</span>
        </div>
    }
}
