//! The data file a page needs: at hand at once when it is in the session cache (always so on
//! a pre-rendered page), otherwise fetched in the browser, with "Try again" after a failure.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;

use crate::content::loader::{LoadError, cached, load};

/// Where a data file is: `None` while it loads, then the data or why it failed.
pub type DataState<T> = Option<Result<Rc<T>, LoadError>>;

/// The data file at `path` (a site path such as `/content/sleep/_center.json`) as a signal,
/// and a callback that fetches it again after a failure.
pub fn use_data<T: DeserializeOwned + 'static>(path: String) -> (ReadSignal<DataState<T>, LocalStorage>, Callback<()>) {
    let state = RwSignal::new_local(cached::<T>(&path).map(Ok));
    let attempt = RwSignal::new(0_u32);
    // In an effect, so a fetch only ever starts in the browser.
    Effect::new(move |_| {
        attempt.track();
        if state.with_untracked(|s| matches!(s, Some(Ok(_)))) {
            return;
        }
        state.set(None);
        let path = path.clone();
        // A signal and a task rather than a `LocalResource`: the result is all a page needs,
        // and the resource machinery (async derived signals) costs ~20 KB of wasm.
        // `try_set`: the reader may have left the page before the answer arrives.
        spawn_local(async move { _ = state.try_set(Some(load::<T>(&path).await)) });
    });
    (state.read_only(), Callback::new(move |_| attempt.update(|count| *count += 1)))
}
