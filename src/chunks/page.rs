//! Pages whose code is a chunk of its own, and the three questions the page table
//! (`routes::page_code`) answers for every page: its view ([`view_of`]), its chunk's name
//! ([`chunk_name`]) and how to load that chunk before the app takes the page over
//! ([`preload`]).
//!
//! A deep link to such a page loads its chunk first (`main.rs`), so hydration stays
//! synchronous and changes nothing. After client navigation to a page whose chunk is cold,
//! the page shows its loading frame at once, and fetches the chunk and the page's data file
//! side by side.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::frame::PageFrame;
use super::{Chunk, LoadedView, Loading, load_chunk, loaded_view, view_when_loaded};
use crate::boxed_effect::effect;
use crate::components::layout::refocus_if_lost;
use crate::content::Page;
use crate::content::data::SiteData;
use crate::content::loader::prefetch;
use crate::content::site::SiteIndex;
use crate::routes::page_code;

/// One question the page table asks of a page's row: the row says whether the page's code
/// is in the app's main module or a chunk of its own, and the question gives its answer.
/// (A trait with generic methods, so each question compiles to plain code for each row.)
pub trait PageQuestion {
    /// The answer.
    type Answer;
    /// A page in the app's main module, with its `view`.
    fn main_module(self, view: impl FnOnce() -> AnyView) -> Self::Answer;
    /// The page `page`, whose code is the chunk `C`: its view is made from `args`; while
    /// the chunk loads, its `frame` shows.
    fn chunk<C: Chunk>(self, page: &Page, args: C::Args, frame: impl FnOnce(&SiteData) -> PageFrame) -> Self::Answer;
}

/// The view of `page` (in a reactive owner with the site index).
pub fn view_of(page: &Page) -> AnyView {
    page_code(page, View)
}

/// The name of `page`'s chunk (as `app.json` records it), if its code is a chunk of its own.
pub fn chunk_name(page: &Page) -> Option<&'static str> {
    page_code(page, Name)
}

/// Loading `page`'s chunk, if its code is a chunk of its own: `false` when it could not be
/// loaded (the page is then left as the server sent it, complete and readable).
pub fn preload(page: &Page) -> Option<Loading> {
    page_code(page, Preload)
}

/// The question [`view_of`] asks.
struct View;

impl PageQuestion for View {
    type Answer = AnyView;

    fn main_module(self, view: impl FnOnce() -> AnyView) -> AnyView {
        view()
    }

    fn chunk<C: Chunk>(self, page: &Page, args: C::Args, frame: impl FnOnce(&SiteData) -> PageFrame) -> AnyView {
        if let Some(view) = loaded_view::<C>(&args) {
            return view;
        }
        let frame = frame(&SiteIndex::use_context());
        show(C::load, view_when_loaded::<C>(args), page.data_file().map(|file| file.path()), frame)
    }
}

/// The question [`chunk_name`] asks.
struct Name;

impl PageQuestion for Name {
    type Answer = Option<&'static str>;

    fn main_module(self, _: impl FnOnce() -> AnyView) -> Self::Answer {
        None
    }

    fn chunk<C: Chunk>(self, _: &Page, _: C::Args, _: impl FnOnce(&SiteData) -> PageFrame) -> Self::Answer {
        Some(C::NAME)
    }
}

/// The question [`preload`] asks.
struct Preload;

impl PageQuestion for Preload {
    type Answer = Option<Loading>;

    fn main_module(self, _: impl FnOnce() -> AnyView) -> Self::Answer {
        None
    }

    fn chunk<C: Chunk>(self, _: &Page, _: C::Args, _: impl FnOnce(&SiteData) -> PageFrame) -> Self::Answer {
        Some(C::load())
    }
}

/// The page's `frame` (its breadcrumbs, heading and title, and the loading placeholder)
/// while its chunk (loaded by `load`) and the page's data file at `data` are fetched side by
/// side, then the page (`view`), or "Try again" if the chunk did not come.
fn show(load: fn() -> Loading, view: LoadedView, data: Option<String>, frame: PageFrame) -> AnyView {
    let (loaded, retry) = load_chunk(load);
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
        (Some(true), true) => view().unwrap_or_else(|| frame.clone().failed(retry)),
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
    use crate::chunks::at_once;
    use crate::routes::CHUNK_NAMES;

    fn item() -> Page {
        Page::Item { center: "sleep".into(), slug: "insomnia".into() }
    }

    #[test]
    fn every_split_page_has_its_own_chunk_name_and_articles_and_search_none() {
        // One page of every kind: the page table's rows.
        let kinds = [Page::Home, Page::Hub { center: "sleep".into() }, Page::Topics { page: 2 }, item()];
        let mut names: Vec<_> = kinds.iter().chain(&Page::FIXED).filter_map(chunk_name).collect();
        names.sort_unstable();
        let mut declared = CHUNK_NAMES.to_vec();
        declared.sort_unstable();
        assert_eq!(names, declared, "one name for each page type with a chunk, as app.json records them");
        assert_eq!(chunk_name(&item()), None);
        assert_eq!(chunk_name(&Page::Search), None);
    }

    #[test]
    fn natively_every_chunk_is_at_hand_and_the_main_module_needs_none() {
        let loading = preload(&Page::Home).expect("the home page is a chunk");
        assert_eq!(at_once(loading), Some(true));
        assert_eq!(at_once(preload(&Page::Topics { page: 1 }).expect("a chunk")), Some(true));
        assert!(preload(&item()).is_none() && preload(&Page::Search).is_none());
    }
}
