//! The data file a page needs: at hand at once when it is in the session cache (always so on
//! a pre-rendered page), otherwise fetched in the browser, with "Try again" after a failure.

use std::marker::PhantomData;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::boxed_effect::effect;
use crate::components::layout::refocus_if_lost;
use crate::content::json::FromJson;
use crate::content::loader::{AnyData, LoadError, Parser, at_hand, load, parser};

/// Where a data file is: `None` while it loads, then the data or why it failed.
pub type DataState<T> = Option<Result<Rc<T>, LoadError>>;

/// A data file of type `T` as a page sees it (see [`use_data`]).
pub struct Data<T> {
    state: ReadSignal<Option<Result<AnyData, LoadError>>, LocalStorage>,
    retry: Callback<()>,
    kind: PhantomData<fn() -> T>,
}

// By hand: a derive would ask `T: Copy`, which the data never needs to be.
impl<T> Clone for Data<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Data<T> {}

impl<T: 'static> Data<T> {
    /// Reactive: where the file is. A file cached under this path as another type (which
    /// the data paths rule out) reads as unreadable rather than panicking.
    pub fn get(&self) -> DataState<T> {
        self.state.get().map(|result| {
            result.and_then(|data| {
                data.downcast::<T>().map_err(|_| LoadError::Invalid("it is another kind of file".into()))
            })
        })
    }

    /// Fetches the file again after a failure.
    pub fn retry(&self) -> Callback<()> {
        self.retry
    }
}

/// The data file at `path` (a site path such as `/content/sleep/_center.json`).
pub fn use_data<T: FromJson + 'static>(path: String) -> Data<T> {
    let parse = parser::<T>();
    let at_hand = at_hand(&path, parse);
    let (state, retry) = use_any_data(path, at_hand, parse);
    Data { state, retry, kind: PhantomData }
}

/// The untyped part of [`use_data`], compiled once for every type of data file.
fn use_any_data(
    path: String,
    at_hand: Option<Result<AnyData, LoadError>>,
    parse: Parser,
) -> (ReadSignal<Option<Result<AnyData, LoadError>>, LocalStorage>, Callback<()>) {
    let state = RwSignal::new_local(at_hand);
    let attempt = RwSignal::new(0_u32);
    // In an effect, so a fetch only ever starts in the browser.
    effect(move || {
        attempt.track();
        if state.with_untracked(|s| matches!(s, Some(Ok(_)))) {
            return;
        }
        state.set(None);
        let path = path.clone();
        // A signal and a task rather than a `LocalResource`: the result is all a page needs,
        // and the resource machinery (async derived signals) costs ~20 KB of wasm.
        spawn_local(async move {
            // `try_set`: the reader may have left the page before the answer arrives.
            _ = state.try_set(Some(load(&path, parse).await));
            // The loading frame, and the heading focused in it, just gave way to the page.
            refocus_if_lost();
        });
    });
    (state.read_only(), Callback::new(move |_| attempt.update(|count| *count += 1)))
}
