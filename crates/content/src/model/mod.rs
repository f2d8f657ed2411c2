//! The content model: articles, slideshows, health centers and the site, as writers author
//! them. The data files the browser reads are built from these (see [`crate::data`]).
//!
//! Each file holds one idea and imports only those below it: `inline` ← `table` ← `body` ← `item`;
//! `image` is used by `item` and `site`.
//!
//! Unknown fields are errors when content is read for the build (feature `build`: a typo in
//! a field name must not pass silently) and ignored in the browser, so that an app cached
//! from an earlier deploy still reads data files that gained a field (and the wasm is
//! smaller without the checks).

mod body;
mod image;
mod inline;
mod item;
mod site;
mod table;

pub use body::{Block, CalloutTone};
pub use image::{Image, Variants};
pub use inline::{Inline, is_external};
pub use item::{Byline, Item, ItemContent, ItemKind, Reviewer, ReviewerRole, Slide, Source, Teaser};
pub use site::{Center, Section, Site, Tile};
pub use table::{ColumnAlign, Table};
