//! The frame around every page: skip link, header, breadcrumbs, footer, focus management.

mod breadcrumbs;
mod focus_on_navigate;
mod site_footer;
mod site_header;
mod skip_link;

pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use focus_on_navigate::{FocusOnNavigate, refocus_if_lost};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
