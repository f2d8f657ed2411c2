//! The browser entry point: applies the reader's stored preferences, then mounts the app.

use health_center::preferences::{document, reading_state};

fn main() {
    // Before the first render, so the first paint already has the reader's text size and theme.
    document::apply(reading_state::load_stored());
    leptos::mount::mount_to_body(health_center::App);
}
