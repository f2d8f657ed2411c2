//! Reading the data files without serde. The browser reads every data file through this
//! module: serde's generated visitors and a deserializer for them cost the wasm about 40 KB
//! before compression, these readers a fraction of it. The content step writes the files with
//! serde (`Serialize`), and `tests/json_reading.rs` checks that what it writes reads back
//! here as the same value, for every data file of the shipped content.
//!
//! The text becomes a [`Json`] tree (`tree.rs`), and each type takes its fields from it by
//! name (`read.rs`; the data files' types in `items.rs` and `pages.rs`).

mod items;
mod pages;
mod read;
mod tree;

pub use read::{Fields, FromJson, ShapeError};
pub use tree::{Json, parse};

/// `text` read as a `T`; on failure, where or what is wrong, in words for a reader's error
/// message ("at line 1, column 7: expected `,` or `]`", "`item.title` is missing").
pub fn from_str<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(parse(text)?).map_err(|error| error.to_string())
}
