//! The list of the app's files a page carries in `<template id="hc-app">` (the shell's
//! `data-build="app"`): inert while the browser reads the page, added to it by the head
//! script (`public/start-after-paint.js`) at the first contentful paint, so that nothing of the
//! app competes with the paint and then everything downloads side by side.

use health_app_files::{AppFile, AppFiles};
use health_center::site::head::escape;

use super::headers::ASSETS_DIR;

/// The id the head script finds the list by.
pub const APP_FILES_ID: &str = "hc-app";

/// The `<template id="hc-app">` for a page under `base` that loads `chunks` before it hydrates.
///
/// In the order they matter: the wasm (the largest, and what the controls wait for), the glue
/// and the chunk loader it imports, the page's chunk files, then the bootstrap module that
/// imports the glue and starts the app. Preloads are reused only by a request that matches
/// them, so the wasm's and the chunks' carry no integrity (the glue's and the loader's `fetch`
/// have none), while the modules keep theirs.
pub fn app_files_template(app: &AppFiles, base: &str, chunks: &[&str]) -> String {
    let asset = |file: &AppFile| escape(&format!("{base}/{ASSETS_DIR}/{}", file.file));
    let fetched = |file: &AppFile| {
        format!("\n<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\">", asset(file))
    };
    let module = |file: &AppFile| {
        format!(
            "\n<link rel=\"modulepreload\" href=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\">",
            asset(file),
            file.integrity
        )
    };
    let mut list = format!("<template id=\"{APP_FILES_ID}\">");
    list.push_str(&fetched(&app.wasm));
    list.push_str(&module(&app.glue));
    list.push_str(&module(&app.split_loader));
    let mut seen = std::collections::BTreeSet::new();
    for file in chunks.iter().flat_map(|chunk| app.chunks_of(chunk)).filter(|file| seen.insert(file.file.clone())) {
        list.push_str(&fetched(file));
    }
    let boot = &app.bootstrap;
    list.push_str(&format!(
        "\n<script type=\"module\" src=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n</template>",
        asset(boot),
        boot.integrity
    ));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tests::app;

    #[test]
    fn the_list_has_the_wasm_first_and_the_bootstrap_last_each_once() {
        let list = app_files_template(&app(), "/health", &[]);
        assert!(list.starts_with("<template id=\"hc-app\">\n<link rel=\"preload\" href=\"/health/assets/health-center-6_bg.wasm\" as=\"fetch\" crossorigin=\"anonymous\">"));
        assert!(list.contains(r#"<link rel="modulepreload" href="/health/assets/health-center-5.js" integrity="sha384-health-center-5.js" crossorigin="anonymous">"#));
        assert!(list.contains(r#"<link rel="modulepreload" href="/health/assets/split-loader-5.js" integrity="sha384-split-loader-5.js" crossorigin="anonymous">"#));
        assert!(list.ends_with("<script type=\"module\" src=\"/health/assets/boot-4.js\" integrity=\"sha384-boot-4.js\" crossorigin=\"anonymous\"></script>\n</template>"));
        assert!(!list.contains("split-home-page"), "an article's code is in the main module: no chunk");
    }

    #[test]
    fn a_page_whose_code_is_a_chunk_lists_its_chunk_files_once() {
        let hub = app_files_template(&app(), "/health", &["hub_page"]);
        assert!(hub.contains(
            r#"<link rel="preload" href="/health/assets/split-hub-page-e.wasm" as="fetch" crossorigin="anonymous">"#
        ));
        assert!(hub.contains(
            r#"<link rel="preload" href="/health/assets/chunk-5-d.wasm" as="fetch" crossorigin="anonymous">"#
        ));
        assert!(!hub.contains("split-home-page-c.wasm"), "only the hub's own chunks");
        let with_table = app_files_template(&app(), "", &["table_part", "hub_page"]);
        assert!(with_table.contains(
            r#"<link rel="preload" href="/assets/split-table-part-f.wasm" as="fetch" crossorigin="anonymous">"#
        ));
        assert_eq!(with_table.matches("chunk-5-d.wasm").count(), 1, "a file two chunks share is listed once");
    }
}
