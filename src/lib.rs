//! Health Center: consumer health content, published as a Leptos WebAssembly app.
//!
//! The app holds no content. Data flows one way: data files written by the site build
//! (`health-content`) → typed data (`content`) → pages (`routes`, the page table) built from
//! components (`components`); most pages' code comes as a chunk of its own (`chunks`). Reader settings live in `preferences`; moving between pages in
//! `navigation`; reading offline in `offline`.

// The item page's view type nests deeper than rustc's default limit allows.
#![recursion_limit = "256"]

pub mod app;
pub mod boxed_effect;
pub mod chunks;
pub mod components;
pub mod content;
pub mod navigation;
pub mod offline;
pub mod paths;
pub mod preferences;
pub mod routes;
pub mod site;
#[cfg(test)]
pub mod test_data;

pub use app::App;
