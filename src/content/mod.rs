//! Content: the typed model, the bundled catalog, loading item files, and validation.

pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalog_code;
pub mod date;
pub mod error;
pub mod loader;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
