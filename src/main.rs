//! The browser entry point: mounts the app on `<body>`.

fn main() {
    leptos::mount::mount_to_body(health_center::App);
}
