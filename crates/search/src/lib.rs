//! Site search for Health Center, without a server.
//!
//! The site build turns every article and slideshow into a [`Document`] and writes an
//! index of static files (feature `build`, [`build::write_index`]):
//!
//! | file | type | fetched |
//! |---|---|---|
//! | `search/index.json` | [`files::Manifest`] | on the first search of a visit |
//! | `search/t/{key}.{hash}.json` | [`files::Chunk`] | when a query has a word starting with `key` |
//! | `search/f/{set}/{id}.json` | [`files::Fragment`] | for each result shown |
//!
//! Words are stemmed at build time and every form met in the text is listed with its stem,
//! so the [`query::Engine`] needs no stemmer: it looks a query word up among the forms, and
//! falls back to forms it begins (the word being typed) and to forms one or two letters away
//! (typos). Scores are precomputed per word and document (BM25F, titles weigh most), so a
//! query is a few look-ups and additions. The engine is plain Rust: the tests run it natively
//! over files held in memory, and `crates/search-wasm` runs it in the browser over `fetch`.

pub mod files;
pub mod page_text;
pub mod query;
pub mod words;

#[cfg(feature = "build")]
pub mod build;

pub use files::{Document, Field};
pub use query::{Engine, Hit, Results, Segment};
