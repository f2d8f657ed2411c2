//! Reusable pieces of pages. Each receives typed data; none fetches or parses content.

pub mod article;
pub mod carousel;
pub mod center_links;
pub mod item_card;
pub mod layout;
pub mod load_status;
pub mod page_meta;
pub mod picture;
pub mod reading_controls;
pub mod save_button;
pub mod share_button;
pub mod site_link;
pub mod slideshow;
pub mod today_on;
