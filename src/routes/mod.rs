//! One file per page: `/`, `/saved`, `/search`, `/a-z`, `/{center}`, `/{center}/{slug}`, "not found"
//! and (rendered by the content step only) the offline page;
//! `loaded` is how a page gets the data file it needs; `split` names the pages whose code
//! comes as a chunk of its own.

mod home;
pub mod hub;
mod item;
pub mod item_parts;
pub mod loaded;
mod not_found;
#[cfg(feature = "prerender")]
mod offline;
mod page_frame;
pub mod saved;
mod search;
pub mod split;
pub mod topics;

pub use home::Home;
pub use hub::{Hub, HubContent};
pub use item::ItemPage;
pub use not_found::NotFound;
#[cfg(feature = "prerender")]
pub use offline::{OFFLINE_PAGES_SLOT, OfflinePage};
pub use saved::SavedPage;
pub use search::SearchPage;
pub use topics::TopicsPage;
