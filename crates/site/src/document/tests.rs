//! Pages composed from the shipped shell: head, app files, body and data in their places.

use super::*;
use health_app_files::{InlineScript, InstallIcons};

/// The shipped shell.
pub fn shipped_shell() -> Shell {
    Shell::parse(include_str!("../../../../index.html")).expect("the shipped shell is valid")
}

pub(crate) fn app() -> AppFiles {
    let file = |name: &str| AppFile { file: name.into(), integrity: format!("sha384-{name}") };
    AppFiles {
        inputs: "0".into(),
        icon: file("favicon-1.svg"),
        head_script: InlineScript::new("apply(2);".into()).expect("plain text"),
        stylesheet: file("style-3.css"),
        bootstrap: file("boot-4.js"),
        glue: file("health-center-5.js"),
        wasm: file("health-center-6_bg.wasm"),
        split_loader: file("split-loader-5.js"),
        chunks: vec![
            file("split-home-page-c.wasm"),
            file("chunk-5-d.wasm"),
            file("split-hub-page-e.wasm"),
            file("split-table-part-f.wasm"),
        ],
        page_chunks: [
            ("home_page", vec!["split-home-page-c.wasm", "chunk-5-d.wasm"]),
            ("hub_page", vec!["split-hub-page-e.wasm", "chunk-5-d.wasm"]),
            ("table_part", vec!["split-table-part-f.wasm", "chunk-5-d.wasm"]),
        ]
        .map(|(page, files)| (page.to_string(), files.into_iter().map(String::from).collect()))
        .into(),
        search_glue: file("search-engine-7.js"),
        search_wasm: file("search-engine-8_bg.wasm"),
        install_icons: InstallIcons {
            small: file("icon-192-9.png"),
            large: file("icon-512-a.png"),
            maskable: file("icon-maskable-512-b.png"),
        },
    }
}

fn head() -> HeadTags {
    HeadTags {
        title: "New & improved".into(),
        description: "About it".into(),
        canonical: Some("https://example.org/a".into()),
        og_type: "website",
        site_name: "Brand".into(),
        indexable: true,
        json_ld: None,
    }
}

const SITE_BLOCK: DataBlock = DataBlock { id: "hc-site", path: "/content/site.json", json: r#"{"t":"</script>"}"# };

/// The page `/a` under the sub-path `/health`, carrying the site index.
fn page_a(head: &HeadTags) -> PageParts<'_> {
    PageParts { head, body: "<main>Hi</main>", path: Some("/a"), base: "/health", data: &[SITE_BLOCK], chunks: &[] }
}

/// The 404 page at the root: no path, no data.
fn not_found(head: &HeadTags) -> PageParts<'_> {
    PageParts { head, body: "<main>404</main>", path: None, base: "", data: &[], chunks: &[] }
}

#[test]
fn the_page_gets_its_head_app_files_body_and_data() {
    let head = head();
    let parts = page_a(&head);
    let html = compose(&shipped_shell(), &app(), &parts);
    assert!(html.contains("<title>New &amp; improved</title>"));
    assert_eq!(html.matches("<title>").count(), 1);
    let pinned = app().head_script.hash;
    assert!(html.contains(&format!("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '{pinned}'; style-src")));
    assert!(
        html.contains(r#"<link rel="stylesheet" href="/health/assets/style-3.css" integrity="sha384-style-3.css">"#)
    );
    assert!(html.contains(r#"<link rel="manifest" href="/health/manifest.webmanifest">"#));
    let (before_list, list) = html.split_once("<template id=\"hc-app\">").expect("the app's files are listed");
    let list = &list[..list.find("</template>").expect("the list ends")];
    assert!(list.contains(r#"<script type="module" src="/health/assets/boot-4.js" integrity="sha384-boot-4.js" crossorigin="anonymous"></script>"#));
    assert!(list.contains(
        r#"<link rel="preload" href="/health/assets/health-center-6_bg.wasm" as="fetch" crossorigin="anonymous">"#
    ));
    for file in ["boot-4.js", "health-center-5.js", "split-loader-5.js", "health-center-6_bg.wasm"] {
        let address = format!("\"/health/assets/{file}\"");
        assert_eq!(
            html.matches(&address).count(),
            1,
            "{file}: in the list only, so nothing of the app is fetched before the first paint"
        );
    }
    assert!(before_list.contains("style-3.css") && !before_list.contains("modulepreload"));
    assert!(
        html.find("<script>apply(2);</script>") < html.find("style-3.css"),
        "preferences apply, inline, before the stylesheet loads"
    );
    assert!(html.contains("<body data-base=\"/health\" data-prerendered=\"/a\"><main>Hi</main><script type=\"application/json\" id=\"hc-site\""));
    assert!(html.contains(r#"<script type="application/json" id="hc-site" data-src="/health/content/site.json">{"t":"\u003c/script>"}</script>"#));
    assert_eq!(html.matches("<script>").count(), 1, "no inline script but the one the policy pins");
    assert!(!html.contains("<!--") && !html.contains("data-build"), "the shell's comments and marks stay in the shell");
}

/// The pages the shipped shell gives are the pages the site build wrote before the shell
/// was a file (`fixtures/`, written by that version), but for one line break after the
/// page's own head tags, which now end their line, the preference script, which is now
/// inline and pinned by the policy instead of linked, and the bootstrap and glue, which are
/// now in the inert list of the app's files the head script adds after the first paint,
/// and the icon's `integrity`, which the HTML standard does not allow on an icon.
/// (`/a` reads as a hub; the fixture's app has no chunks for it.)
#[test]
fn the_shipped_shell_writes_the_pages_written_before_it() {
    let mut app = app();
    app.page_chunks.clear();
    let pinned = format!("script-src 'self' 'wasm-unsafe-eval' '{}';", app.head_script.hash);
    let before = |text: &str| {
        let linked = line_with(text, "apply-preferences-2.js");
        let (boot, glue) = (line_with(text, "boot-4.js"), line_with(text, "health-center-5.js"));
        let base = if text.contains("data-base=\"/health\"") { "/health" } else { "" };
        let list = app_files_template(&app, base, &[]);
        text.replacen("content=\"summary\"><link rel=\"icon\"", "content=\"summary\">\n<link rel=\"icon\"", 1)
            .replacen(" integrity=\"sha384-favicon-1.svg\"", "", 1)
            .replacen(&format!("{boot}\n{glue}"), &list, 1)
            .replacen(&linked, "<script>apply(2);</script>", 1)
            .replacen("script-src 'self' 'wasm-unsafe-eval';", &pinned, 1)
    };
    let head = head();
    assert_eq!(compose(&shipped_shell(), &app, &page_a(&head)), before(include_str!("../shell/fixtures/page.html")));
    let missing = compose(&shipped_shell(), &app, &not_found(&head));
    assert_eq!(missing, before(include_str!("../shell/fixtures/not-found.html")));
}

/// The whole line of `text` that contains `needle`.
fn line_with(text: &str, needle: &str) -> String {
    text.lines().find(|line| line.contains(needle)).expect("the line is in the fixture").to_string()
}

#[test]
fn a_page_loads_its_own_chunk_and_an_item_its_parts_chunks() {
    let hub = Page::Hub { center: "sleep".into() };
    assert_eq!(page_chunks(&hub, None), ["hub_page"]);
    let item = Page::Item { center: "sleep".into(), slug: "insomnia".into() };
    assert!(page_chunks(&item, None).is_empty(), "an item without its data: no part known");
}

#[test]
fn the_404_page_has_no_marker() {
    let head = head();
    let html = compose(&shipped_shell(), &app(), &not_found(&head));
    assert!(html.contains("<body data-base=\"\"><main>404</main></body>"));
    assert!(html.contains("href=\"/assets/style-3.css\""));
}

#[test]
fn a_line_added_to_the_shell_is_on_the_page() {
    let source =
        include_str!("../../../../index.html").replace("</head>", "<meta name=\"example\" content=\"1\">\n</head>");
    let head = head();
    let parts = PageParts { base: "", data: &[], ..page_a(&head) };
    let html = compose(&Shell::parse(&source).unwrap(), &app(), &parts);
    assert!(html.contains("</script>\n</template>\n<meta name=\"example\" content=\"1\">\n</head>"));
}
