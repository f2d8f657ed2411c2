//! One file per page: `/`, `/saved`, `/{center}`, `/{center}/{slug}`, and "not found";
//! `loaded` is how a page gets the data file it needs.

mod home;
mod hub;
mod item;
pub mod loaded;
mod not_found;
mod saved;

pub use home::Home;
pub use hub::{Hub, HubContent};
pub use item::ItemPage;
pub use not_found::NotFound;
pub use saved::SavedPage;
