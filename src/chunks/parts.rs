//! The parts of an item page whose code is a wasm chunk of its own (issue 23): a slideshow's
//! slides and controls, and an article's tables. Most item pages are articles without a
//! table, and they load neither.
//!
//! A deep link to an item with such a part loads the part's chunk before the app takes the
//! page over (`main.rs`, from [`chunks_of_item`]), and the page preloads the chunk's files
//! (the site build, from the same function), so hydration meets only loaded code. After
//! client navigation, a part whose chunk is cold shows a loading placeholder in its place
//! until the chunk has come, or "Try again" if it did not.

use leptos::prelude::*;

use super::{Chunk, LoadedView, load_chunk, loaded_view, view_when_loaded};
use crate::components::article::DataTable;
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::slideshow::Slideshow;
use crate::content::data::ItemData;
use crate::content::model::{Block, ItemContent, Slide, Table};

super::chunk! {
    /// A slideshow's slides and controls.
    SlideshowPart = slideshow_part(preload_slideshow) fn slideshow_view(slides: Vec<Slide>, title: String) => view! { <Slideshow slides=slides title=title/> }.into_any();
    /// An article's tables.
    TablePart = table_part(preload_table) fn table_view(table: Table) => view! { <DataTable table=table/> }.into_any();
}

/// The chunks the page of `item` needs besides the main module.
pub fn chunks_of_item(item: &ItemData) -> Vec<&'static str> {
    match &item.item.content {
        ItemContent::Slideshow { .. } => vec![SlideshowPart::NAME],
        ItemContent::Article { body } if body.iter().any(|block| matches!(block, Block::Table(_))) => {
            vec![TablePart::NAME]
        }
        ItemContent::Article { .. } => Vec::new(),
    }
}

/// Loads the part chunks named in `chunks`; `false` if one could not be loaded.
pub async fn preload_parts(chunks: &[&str]) -> bool {
    for chunk in chunks {
        let loaded = match *chunk {
            SlideshowPart::NAME => SlideshowPart::preload().await,
            TablePart::NAME => TablePart::preload().await,
            _ => Ok(()),
        };
        if loaded.is_err() {
            return false;
        }
    }
    true
}

/// A slideshow of `slides`, titled `title`.
pub fn slideshow(slides: Vec<Slide>, title: String) -> AnyView {
    part::<SlideshowPart>((slides, title))
}

/// An article's table.
pub fn table(table: Table) -> AnyView {
    part::<TablePart>((table,))
}

/// The part at once when its chunk is loaded (always so natively, and on a deep link);
/// otherwise the loading placeholder while the chunk is fetched, then the part, or "Try
/// again" if the chunk did not come.
fn part<C: Chunk>(args: C::Args) -> AnyView {
    match loaded_view::<C>(&args) {
        Some(part) => part,
        None => show_part(C::load, view_when_loaded::<C>(args)),
    }
}

/// The loading placeholder while a part's chunk (loaded by `load`) is fetched, then the part
/// (`view`), or "Try again" if the chunk did not come.
fn show_part(load: fn() -> super::Loading, view: LoadedView) -> AnyView {
    let (loaded, retry) = load_chunk(load);
    let failed = move || {
        let message = "This part of the page could not be loaded. Check your connection and try again.".to_string();
        view! { <LoadFailed message=message retry=retry/> }.into_any()
    };
    (move || match loaded.get() {
        Some(true) => view().unwrap_or_else(failed),
        Some(false) => failed(),
        None => view! { <Loading/> }.into_any(),
    })
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_data::item_data;

    #[test]
    fn an_article_needs_the_tables_chunk_only_with_a_table_and_a_slideshow_its_own() {
        let mut data = item_data();
        data.item.content = ItemContent::Article { body: vec![Block::Paragraph { text: Vec::new() }] };
        assert!(chunks_of_item(&data).is_empty());
        let table = Table {
            caption: "Doses".into(),
            head: vec!["Age".into()],
            align: Vec::new(),
            row_headers: false,
            rows: Vec::new(),
        };
        data.item.content =
            ItemContent::Article { body: vec![Block::Paragraph { text: Vec::new() }, Block::Table(table)] };
        assert_eq!(chunks_of_item(&data), [TablePart::NAME]);
        data.item.content = ItemContent::Slideshow { slides: Vec::new() };
        assert_eq!(chunks_of_item(&data), [SlideshowPart::NAME]);
    }

    #[test]
    fn natively_every_part_is_at_hand() {
        assert_eq!(super::super::at_once(preload_parts(CHUNK_NAMES)), Some(true));
    }
}
