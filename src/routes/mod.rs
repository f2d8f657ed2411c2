//! One file per page: `/`, `/saved`, `/search`, `/a-z`, `/{center}`, `/{center}/{slug}`, and "not found";
//! `loaded` is how a page gets the data file it needs.

mod home;
mod hub;
mod item;
pub mod loaded;
mod not_found;
mod saved;
mod search;
mod topics;

pub use home::Home;
pub use hub::{Hub, HubContent};
pub use item::ItemPage;
pub use not_found::NotFound;
pub use saved::SavedPage;
pub use search::SearchPage;
pub use topics::TopicsPage;
