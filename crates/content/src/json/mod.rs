//! Reading the data files without serde. The browser reads every data file through this
//! module: serde's generated visitors and a deserializer for them cost the wasm about 40 KB
//! before compression, these readers a fraction of it.
//!
//! Each data shape is declared once, as a serde type in `data/` or `model/`; its reader here
//! is derived from that declaration (`#[derive(FromJson)]`, crates/json-derive), so what the
//! site build writes with serde and what the browser reads cannot drift apart. Only two
//! shapes are read by hand, beside their serde code: `Inline` (text or a small object) and
//! `Date` (text). `tests/json_reading.rs` still reads back every data file of the shipped
//! content as the same value.
//!
//! The text becomes a [`Json`] tree (`tree.rs`), and each type takes its fields from it by
//! name (`read.rs`).

mod read;
mod tree;

/// `#[derive(FromJson)]`: the reader of a serde type, from its declaration.
pub use health_json_derive::FromJson;
pub use read::{Fields, FromFields, FromJson, ShapeError, named, tagged, unknown, unknown_tag};
pub use tree::{Json, parse};

/// `text` read as a `T`; on failure, where or what is wrong, in words for a reader's error
/// message ("at line 1, column 7: expected `,` or `]`", "`item.title` is missing").
pub fn from_str<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(parse(text)?).map_err(|error| error.to_string())
}
