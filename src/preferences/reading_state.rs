//! The reading preferences shared by every page: loaded from storage, applied to the
//! document, saved on change, and kept in step with other tabs.

use leptos::prelude::*;

use super::reading::{ReadingPrefs, SPACING_KEY, TEXT_SIZE_KEY, THEME_KEY};
use super::{document, storage};

/// The stored preferences, or the defaults where storage is blocked or holds nonsense.
pub fn load_stored() -> ReadingPrefs {
    ReadingPrefs::from_stored(
        storage::read(TEXT_SIZE_KEY).as_deref(),
        storage::read(SPACING_KEY).as_deref(),
        storage::read(THEME_KEY).as_deref(),
    )
}

/// Reading preferences as a reactive value (provided as context by the app).
#[derive(Clone, Copy)]
pub struct ReadingState(RwSignal<ReadingPrefs>);

impl ReadingState {
    /// The defaults, as every page is pre-rendered with; [`ReadingState::reload`] takes up
    /// the stored choice once the page runs in a browser (the document itself already has it:
    /// `public/apply-preferences.js` sets it before the first paint).
    pub fn new() -> ReadingState {
        ReadingState(RwSignal::new(ReadingPrefs::default()))
    }

    /// The preferences from context (the app provides them).
    pub fn use_context() -> ReadingState {
        use_context::<ReadingState>().unwrap_or_else(|| ReadingState(RwSignal::new(ReadingPrefs::default())))
    }

    /// Reactive: the current preferences.
    pub fn get(&self) -> ReadingPrefs {
        self.0.get()
    }

    /// Changes the preferences, applies them to the page and stores them (for the session
    /// only, if storage is blocked).
    pub fn update(&self, change: impl FnOnce(&mut ReadingPrefs)) {
        self.0.update(change);
        let prefs = self.0.get_untracked();
        document::apply(prefs);
        for (key, value) in prefs.to_stored() {
            storage::write(key, &value);
        }
    }

    /// Takes up what is stored: after hydration, and when another tab changes it.
    pub fn reload(&self) {
        let prefs = load_stored();
        self.0.set(prefs);
        document::apply(prefs);
    }
}
