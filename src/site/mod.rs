//! The site as a set of static pages: which pages exist, what each one's `<head>` says, and
//! the files a static host reads beside them (sitemap, robots, headers). Plain functions,
//! used by the app (`page_head`) and by the site builder (`crates/site`).

pub mod head;
pub mod page_head;
#[cfg(feature = "prerender")]
pub mod render;
