//! Reading offline, as the app takes part in it. The service worker (`dist/sw.js`, written by
//! the site build from `crates/site/src/service-worker.js`) keeps the pages and shows the
//! offline page; the app tells it what the reader saved and read (`worker`, `reads`). (The
//! Saved page's "Available offline" marks are an element the bootstrap defines: see
//! `routes::saved`.)

pub mod reads;
pub mod worker;
