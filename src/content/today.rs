//! Today's date, for "due for review" notices: the build's date while a page is pre-rendered,
//! then the reader's, from the browser's clock, once the app has taken the page over.

use leptos::prelude::*;

use crate::boxed_effect::effect;
use crate::content::date::Date;

/// Today's date as the page knows it (`None` until the reader's clock has been read).
#[derive(Clone, Copy)]
pub struct Today(pub RwSignal<Option<Date>>);

impl Today {
    /// Provides today's date to the app: `initial` while rendering (the build's date), then,
    /// in the browser only (an effect), the reader's.
    pub fn provide(initial: Option<Date>) -> Today {
        let today = Today(RwSignal::new(initial));
        provide_context(today);
        effect(move || today.0.set(Some(browser_today())));
        today
    }

    /// The app's `Today`.
    pub fn use_context() -> Today {
        use_context::<Today>().unwrap_or_else(|| Today(RwSignal::new(None)))
    }

    /// Whether `date` has passed (false while today is unknown).
    pub fn is_past(&self, date: Date) -> bool {
        self.0.get().is_some_and(|today| today > date)
    }
}

/// The browser clock's date (UTC).
fn browser_today() -> Date {
    Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0).floor() as i64)
}
