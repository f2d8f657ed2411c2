//! Content in the app: the content crate's model, pages and data shapes, the site index
//! every component reads, and the session cache that fetches a page's data file.

pub use health_content::{Page, data, date, model};

pub mod loader;
pub mod site;
