//! One page per route: `/`, `/saved`, `/{center}`, `/{center}/{slug}`, and "not found".

mod home;
mod hub;
mod item;
mod not_found;
mod saved;

pub use home::Home;
pub use hub::{Hub, HubContent};
pub use item::ItemPage;
pub use not_found::NotFound;
pub use saved::SavedPage;
