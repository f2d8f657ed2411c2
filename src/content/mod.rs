//! Content in the app: the content crate's model, pages and data shapes, the site index
//! every component reads, the session cache that fetches a page's data file (and `use_data`, how a component
//! reads one), and today's date.

pub use health_content::{Page, data, date, model};

pub mod json;
pub mod loader;
pub mod path_list;
pub mod site;
pub mod today;
pub mod use_data;
