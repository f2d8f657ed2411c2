//! The reading-preferences bar: text size, line spacing and colour theme.

use leptos::prelude::*;

use crate::preferences::reading::Theme;
use crate::preferences::reading_state::ReadingState;

/// Text-size buttons with a live status, a line-spacing toggle and a theme choice.
#[component]
pub fn ReadingControls() -> impl IntoView {
    let state = ReadingState::use_context();
    let size = move || state.get().text_size;
    let change_theme = move |ev: leptos::ev::Event| {
        let chosen = Theme::parse(Some(&event_target_value(&ev)));
        state.update(|prefs| prefs.theme = chosen);
    };
    let theme_options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <option value=theme.key() selected=move || state.get().theme == theme>{theme.label()}</option>
            }
        })
        .collect_view();
    view! {
        <div class="reading-controls">
            <div class="reading-controls__group" role="group" aria-labelledby="text-size-label">
                // The visible status names the control; the group keeps a name of its own.
                <span id="text-size-label" class="visually-hidden">"Text size"</span>
                <button type="button" class="icon-button" aria-label="Decrease text size"
                    disabled=move || !size().can_decrease()
                    on:click=move |_| state.update(|p| p.text_size = p.text_size.decreased())>
                    <span aria-hidden="true">"A−"</span>
                </button>
                <button type="button" class="icon-button icon-button--large" aria-label="Increase text size"
                    disabled=move || !size().can_increase()
                    on:click=move |_| state.update(|p| p.text_size = p.text_size.increased())>
                    <span aria-hidden="true">"A+"</span>
                </button>
                <button type="button" class="text-button" aria-label="Reset text size"
                    on:click=move |_| state.update(|p| p.text_size = Default::default())>
                    "Reset"
                </button>
                <p class="reading-controls__status" role="status">{move || size().status()}</p>
            </div>
            // A disclosure keeps the bar to one short row on phones.
            <details class="reading-controls__more">
                <summary class="text-button">"Display options"</summary>
                <div class="reading-controls__panel">
                    <button type="button" class="text-button"
                        aria-pressed=move || state.get().wide_spacing.to_string()
                        on:click=move |_| state.update(|p| p.wide_spacing = !p.wide_spacing)>
                        <span class="toggle-mark" aria-hidden="true"></span>"Line spacing"
                    </button>
                    <div class="reading-controls__theme">
                        <label for="theme-choice">"Colours"</label>
                        <select id="theme-choice" on:change=change_theme>{theme_options}</select>
                    </div>
                </div>
            </details>
        </div>
    }
}
