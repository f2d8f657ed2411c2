//! Code that comes as a wasm chunk of its own (issue 23): most pages (`page`) and two parts of
//! an item page (`parts`). The article page is in the app's main module; the home page, a
//! hub, the Saved page, the A–Z, a slideshow's slides and an article's tables come as chunks
//! when a reader first needs one. `wasm-split-cli` (run by package-app) cuts the chunks out at
//! the functions [`chunk!`] marks `wasm_split`; natively (pre-rendering, tests) they are
//! plain functions and every chunk is at hand at once.

pub mod frame;
pub mod page;
pub mod parts;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::boxed_effect::effect;

/// Why a chunk did not load (offline, or the server did not have it).
pub use leptos::wasm_split::SplitLoaderError as ChunkError;

/// Code that is a chunk of its own, declared with [`chunk!`]: its name, how to load it, and
/// the view it holds.
pub trait Chunk {
    /// Its name, as `wasm-split-cli` cuts it and `app.json` records it (`hub_page`).
    const NAME: &'static str;
    /// What its view is made from (the hub's center, the A–Z page's number, …), as a tuple.
    type Args: Clone + Send + Sync + 'static;
    /// Loads the chunk (ready at once natively, where every chunk is at hand).
    fn preload() -> impl Future<Output = Result<(), ChunkError>> + 'static;
    /// Its view of `args`, ready at once when the chunk is loaded.
    fn view(args: Self::Args) -> impl Future<Output = Result<AnyView, ChunkError>>;

    /// Loads the chunk: whether it came. Boxed, so the code that waits for a chunk is
    /// compiled once for every chunk, not once for each.
    fn load() -> Loading {
        Box::pin(async { Self::preload().await.is_ok() })
    }
}

/// A chunk on its way: whether it came (see [`Chunk::load`]).
pub type Loading = Pin<Box<dyn Future<Output = bool>>>;

/// The view of a chunk's code for given arguments, once the chunk is loaded (see
/// [`loaded_view`]); shared, as the code that shows it is compiled once for every chunk.
type LoadedView = Arc<dyn Fn() -> Option<AnyView> + Send + Sync>;

/// Declares chunks of code, each a type implementing [`Chunk`] from one line:
/// `Type = chunk_name(preload_fn) fn view_fn(arg: Type, …) => view`; and `CHUNK_NAMES`, every
/// name the block declares. In the browser `view_fn` is cut out into the chunk `chunk_name`;
/// natively it and `preload_fn` are async functions that are ready at once, so the code that
/// shows a chunk is the same on both sides.
macro_rules! chunk {
    ($($(#[$doc:meta])* $type:ident = $chunk:ident($preload:ident) fn $name:ident($($arg:ident: $ty:ty),*) => $body:expr;)+) => {
        /// The name of every chunk declared here.
        pub const CHUNK_NAMES: &[&str] = &[$(stringify!($chunk)),+];
        $(
            // `fallible`: a chunk that could not be fetched is an error to show, not a panic.
            #[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
            fn $name($($arg: $ty),*) -> Result<AnyView, $crate::chunks::ChunkError> {
                Ok($body)
            }

            #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
            async fn $name($($arg: $ty),*) -> Result<AnyView, $crate::chunks::ChunkError> {
                Ok($body)
            }

            #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
            async fn $preload() -> Result<(), $crate::chunks::ChunkError> {
                Ok(())
            }

            $(#[$doc])*
            pub struct $type;

            impl $crate::chunks::Chunk for $type {
                const NAME: &'static str = stringify!($chunk);
                type Args = ($($ty,)*);
                fn preload() -> impl ::std::future::Future<Output = Result<(), $crate::chunks::ChunkError>> + 'static {
                    $preload()
                }
                fn view(($($arg,)*): Self::Args) -> impl ::std::future::Future<Output = Result<AnyView, $crate::chunks::ChunkError>> {
                    $name($($arg),*)
                }
            }
        )+
    };
}
pub(crate) use chunk;

/// What a future gives on its first poll, if it is ready then.
pub fn at_once<T>(future: impl Future<Output = T>) -> Option<T> {
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// The view of chunk `C` for `args` if the chunk is loaded (always so natively, and on a deep
/// link, which loads it before the app takes the page over). A cold chunk starts its fetch
/// here, and the loader script keeps that request for [`load_chunk`] to await.
fn loaded_view<C: Chunk>(args: &C::Args) -> Option<AnyView> {
    match at_once(C::preload()) {
        Some(Ok(())) => at_once(C::view(args.clone())).and_then(Result::ok),
        _ => None,
    }
}

/// [`loaded_view`] of chunk `C` for `args`, to call once the chunk has come.
fn view_when_loaded<C: Chunk>(args: C::Args) -> LoadedView {
    Arc::new(move || loaded_view::<C>(&args))
}

/// Loads a chunk in the browser with `load` (its [`Chunk::load`]): whether it came (`None`
/// while it loads), and a "Try again" that loads it once more.
fn load_chunk(load: fn() -> Loading) -> (RwSignal<Option<bool>>, Callback<()>) {
    let loaded = RwSignal::new(None::<bool>);
    let attempt = RwSignal::new(0_u32);
    effect(move || {
        attempt.track();
        loaded.set(None);
        spawn_local(async move {
            _ = loaded.try_set(Some(load().await));
        });
    });
    (loaded, Callback::new(move |_| attempt.update(|count| *count += 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ready_future_is_taken_at_once_and_a_pending_one_is_not() {
        assert_eq!(at_once(async { 7 }), Some(7));
        assert_eq!(at_once(std::future::pending::<u8>()), None);
    }
}
