//! The pages whose code is a wasm chunk of its own (issue 23): the article page is in the
//! app's main module, and the home page, a hub, the Saved page and the A–Z come as chunks
//! when a reader first opens one. `wasm-split-cli` (run by package-app) cuts the chunks out
//! at the functions marked `wasm_split` below; natively (pre-rendering, tests) they are
//! plain functions and every page renders at once.
//!
//! A deep link to a split page loads its chunk before the app takes the page over
//! ([`preload`], from `main.rs`), so hydration stays synchronous and changes nothing. After
//! client navigation to a page whose chunk is cold, the page shows the loading frame at
//! once, and fetches the chunk and the page's data file side by side.

use std::future::Future;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::boxed_effect::effect;
use crate::components::layout::{Crumb, refocus_if_lost};
use crate::content::Page;
use crate::content::data::{CENTERS_DATA_PATH, center_data_path, topics_data_path};
use crate::content::loader::prefetch;
use crate::content::site::SiteIndex;
use crate::routes::page_frame::PageFrame;
use crate::routes::{Home, Hub, SavedPage, TopicsPage, hub, saved, topics};
use crate::site::page_head::PageHead;

/// Why a chunk did not load (offline, or the server did not have it).
pub use leptos::wasm_split::SplitLoaderError as ChunkError;

/// A page's view as a function of its own chunk, `$chunk`, with `$preload` to load the chunk
/// alone. Natively both are async functions that are ready at once (every page's code is at
/// hand), so [`show`] is the same code on both sides.
macro_rules! split_page {
    ($chunk:ident, $preload:ident, fn $name:ident($($arg:ident: $ty:ty),*) => $body:expr) => {
        // `fallible`: a chunk that could not be fetched is an error to show, not a panic.
        #[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }

        #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
        async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkError> {
            Ok($body)
        }

        #[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
        async fn $preload() -> Result<(), ChunkError> {
            Ok(())
        }
    };
}
/// For the parts of an item page that are chunks of their own (`item_parts.rs`).
pub(crate) use split_page;

split_page!(home_page, preload_home, fn home_view() => view! { <Home/> }.into_any());
split_page!(hub_page, preload_hub, fn hub_view(center: String) => view! { <Hub center=center/> }.into_any());
split_page!(saved_page, preload_saved, fn saved_view() => view! { <SavedPage/> }.into_any());
split_page!(topics_page, preload_topics, fn topics_view(page: u32) => view! { <TopicsPage page=page/> }.into_any());

/// The view of `page` if its code is split off; `None` for the pages in the main module.
pub fn view_of(page: &Page) -> Option<AnyView> {
    let site = SiteIndex::use_context();
    let home = || Crumb::new("Home", "/");
    Some(match page {
        Page::Home => {
            let frame = PageFrame {
                class: "page--home",
                crumbs: Vec::new(),
                heading: site.site.brand.clone(),
                head: PageHead::home(&site),
            };
            show(preload_home, home_view, Some(CENTERS_DATA_PATH.to_string()), frame)
        }
        Page::Hub { center } => {
            // Untracked: the page at this address is the same when the center's file arrives
            // (the hub reads it), and re-rendering it would replace the page (vendor/README.md).
            let heading = untrack(|| hub::frame_heading(&site, center));
            let crumbs = vec![home(), Crumb::new(heading.clone(), format!("/{center}"))];
            let head = PageHead::loading(&site, &heading, format!("/{center}"));
            let frame = PageFrame { class: "page--hub", crumbs, heading, head };
            let data = center_data_path(center);
            let center = center.clone();
            show(preload_hub, move || hub_view(center.clone()), Some(data), frame)
        }
        Page::Saved => {
            let crumbs = vec![home(), Crumb::new(saved::HEADING, "/saved")];
            let frame = PageFrame {
                class: "page--saved",
                crumbs,
                heading: saved::HEADING.into(),
                head: PageHead::saved(&site),
            };
            show(preload_saved, saved_view, None, frame)
        }
        Page::Topics { page } => {
            let crumbs = vec![home(), Crumb::new(topics::CRUMB, "/a-z")];
            let frame = PageFrame {
                class: "page--topics",
                crumbs,
                heading: topics::HEADING.into(),
                head: PageHead::topics(&site, *page),
            };
            let page = *page;
            show(preload_topics, move || topics_view(page), Some(topics_data_path(page)), frame)
        }
        Page::Search | Page::Item { .. } => return None,
    })
}

/// Every page chunk's name, as `split_page!` below names them.
pub const CHUNK_NAMES: [&str; 4] = ["home_page", "hub_page", "saved_page", "topics_page"];

/// The name of `page`'s chunk (as `split_page!` names it, and `app.json` after it), if its
/// code is a chunk of its own.
pub fn chunk_name(page: &Page) -> Option<&'static str> {
    match page {
        Page::Home => Some(CHUNK_NAMES[0]),
        Page::Hub { .. } => Some(CHUNK_NAMES[1]),
        Page::Saved => Some(CHUNK_NAMES[2]),
        Page::Topics { .. } => Some(CHUNK_NAMES[3]),
        Page::Search | Page::Item { .. } => None,
    }
}

/// Whether `page`'s code is a chunk of its own.
pub fn has_chunk(page: &Page) -> bool {
    chunk_name(page).is_some()
}

/// Loads the chunk of `page`, if it has one; `false` when it could not be loaded (the page
/// is then left as the server sent it, complete and readable).
pub async fn preload(page: &Page) -> bool {
    match page {
        Page::Home => preload_home().await,
        Page::Hub { .. } => preload_hub().await,
        Page::Saved => preload_saved().await,
        Page::Topics { .. } => preload_topics().await,
        Page::Search | Page::Item { .. } => Ok(()),
    }
    .is_ok()
}

/// What a future gives on its first poll, if it is ready then.
pub(crate) fn at_once<T>(future: impl Future<Output = T>) -> Option<T> {
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// Loads a chunk in the browser: whether it came (`None` while it loads), and a "Try again"
/// that loads it once more.
pub(crate) fn load_chunk<P>(preload: impl Fn() -> P + Copy + 'static) -> (RwSignal<Option<bool>>, Callback<()>)
where
    P: Future<Output = Result<(), ChunkError>> + 'static,
{
    let loaded = RwSignal::new(None::<bool>);
    let attempt = RwSignal::new(0_u32);
    effect(move || {
        attempt.track();
        loaded.set(None);
        spawn_local(async move {
            _ = loaded.try_set(Some(preload().await.is_ok()));
        });
    });
    (loaded, Callback::new(move |_| attempt.update(|count| *count += 1)))
}

/// The page at once when its chunk is loaded (always so natively, and on a deep link, see
/// [`preload`]); otherwise the page's `frame` (its breadcrumbs, heading and title, and the
/// loading placeholder) while the chunk and the page's data file at `data` are fetched side
/// by side, then the page, or "Try again" if the chunk did not come.
fn show<P, V>(
    preload: impl Fn() -> P + Copy + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
    data: Option<String>,
    frame: PageFrame,
) -> AnyView
where
    P: Future<Output = Result<(), ChunkError>> + 'static,
    V: Future<Output = Result<AnyView, ChunkError>>,
{
    // A loaded chunk answers on the first poll; a cold one starts its fetch here, and the
    // loader script keeps that request for `load_chunk` to await.
    if let Some(Ok(())) = at_once(preload())
        && let Some(Ok(page)) = at_once(view())
    {
        return page;
    }
    let (loaded, retry) = load_chunk(preload);
    // Whether the data file's request has ended (well or not); without one, it has.
    let data_ended = RwSignal::new(data.is_none());
    if let Some(path) = data {
        // Beside the chunk's request, as text: the page's code, in the chunk, reads it (a
        // failed one it asks for again itself, with its own "Try again").
        effect(move || {
            let path = path.clone();
            spawn_local(async move {
                _ = prefetch(&path).await;
                _ = data_ended.try_set(true);
            });
        });
    }
    let shown = move || match (loaded.get(), data_ended.get()) {
        (Some(true), true) => at_once(view()).and_then(Result::ok).unwrap_or_else(|| frame.clone().failed(retry)),
        (Some(false), _) => frame.clone().failed(retry),
        _ => frame.clone().loading(),
    };
    // The loading frame, and the heading focused in it, just gave way to the page.
    effect(move || {
        if loaded.get().is_some() && data_ended.get() {
            refocus_if_lost();
        }
    });
    shown.into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_split_page_has_its_own_chunk_name_and_articles_and_search_none() {
        let pages = [Page::Home, Page::Hub { center: "sleep".into() }, Page::Saved, Page::Topics { page: 2 }];
        let names: Vec<_> = pages.iter().filter_map(chunk_name).collect();
        assert_eq!(names, CHUNK_NAMES, "one name each, as app.json records them");
        assert!(!has_chunk(&Page::Item { center: "sleep".into(), slug: "insomnia".into() }));
        assert!(!has_chunk(&Page::Search));
    }

    #[test]
    fn a_ready_future_is_taken_at_once_and_a_pending_one_is_not() {
        assert_eq!(at_once(async { 7 }), Some(7));
        assert_eq!(at_once(std::future::pending::<u8>()), None);
    }

    #[test]
    fn natively_every_chunk_is_at_hand() {
        assert!(at_once(preload(&Page::Home)).expect("ready at once"));
        assert!(at_once(preload(&Page::Topics { page: 1 })).expect("ready at once"));
    }
}
