//! Health Center: consumer health content, published as a Leptos WebAssembly app.
//!
//! Data flows one way: JSON under `public/content/` → typed model (`content`) → pages
//! (`routes`) built from components (`components`). Reader settings live in `preferences`.

pub mod app;
pub mod components;
pub mod content;
pub mod preferences;
pub mod paths;
pub mod routes;
pub mod site;

pub use app::App;
