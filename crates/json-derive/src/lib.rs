//! `#[derive(FromJson)]`: a data file's reader for the browser, generated from the type's own
//! declaration and its `#[serde(...)]` attributes, so serde (which writes the data files) and
//! the browser's reader (`health_content::json`, no serde in the wasm) read one description
//! of each shape.
//!
//! What the generated reader does, by the shape declared:
//!
//! | declared | read as |
//! |---|---|
//! | struct with named fields | an object; each field by its name (`rename = "…"` honoured) |
//! | a field of type `Option<…>` | absent or `null` → `None` |
//! | a field with `#[serde(default)]` | absent → the type's default |
//! | a field with `#[serde(skip)]` | not read: the type's default |
//! | enum of unit variants | the variant's name as text (`rename_all = "snake_case"`) |
//! | enum of struct or newtype variants | externally tagged: `{"heading": {"text": …}}` |
//! | `#[serde(try_from = "T")]` | a `T`, then `TryFrom<T>` (its error is the message) |
//!
//! Anything else serde can do (`untagged`, `tag`, `flatten`, …) is refused at compile time
//! with a message, so the two readers can never quietly disagree: write that `FromJson` by hand.

mod expand;
mod serde_attrs;

use proc_macro::TokenStream;

/// Implements `health_content::json::FromJson` for a struct or enum from its serde
/// declaration (see the crate's documentation for what is read how).
#[proc_macro_derive(FromJson, attributes(serde))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::from_json(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}
