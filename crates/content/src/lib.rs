//! Health Center's content, independent of any UI framework.
//!
//! - [`model`]: articles, slideshows, centers and the site, as writers author them.
//! - [`page`]: every page of the site, parsed from and printed to its path.
//! - [`data`]: the data files the browser reads (the site index, one index per center and
//!   one file per item), built from the model by the site build.
//! - [`json`]: how the browser reads those files (written with serde, read without it).
//! - `source` and `build` (feature `build`, native only): read and validate the content
//!   folder, then write the data files and images into the site.
//!
//! The browser app depends on this crate without the `build` feature: it holds no content,
//! only the types its data files are read into.

// The derived readers (`#[derive(FromJson)]`) name this crate by its name, here as elsewhere.
extern crate self as health_content;

pub mod data;
pub mod date;
pub mod json;
pub mod model;
pub mod page;
pub mod words;

#[cfg(feature = "build")]
pub mod build;
#[cfg(feature = "build")]
pub mod source;

pub use date::Date;
pub use page::Page;
