//! Writes one pre-rendered page, whole: the fixed head (charset, viewport, CSP), the page's
//! own head tags, the app's files from `app.json`, the rendered body and the data the body
//! was rendered from (so the browser hydrates from the very same data).

use health_center::paths::{self, BASE_ATTRIBUTE, PRERENDERED_ATTRIBUTE};
use health_center::site::app_files::{AppFile, AppFiles};
use health_center::site::head::{HeadTags, escape, script_safe};

use super::headers::{ASSETS_DIR, csp_meta};
use super::manifest::{MANIFEST_FILE, THEME_COLOR};

/// What goes into one page.
pub struct PageParts<'a> {
    /// Title, description, canonical, Open Graph, JSON-LD.
    pub head: &'a HeadTags,
    /// The app rendered for this page (the body's content).
    pub body: &'a str,
    /// The site path rendered, or `None` for the 404 page (rendered afresh in the browser).
    pub path: Option<&'a str>,
    /// The deployment's sub-path ("" at the root, "/health" under one).
    pub base: &'a str,
    /// The data the page was rendered from, one block per data file.
    pub data: &'a [DataBlock<'a>],
}

/// One data file a page carries, as `<script type="application/json" id=… data-src=…>`.
pub struct DataBlock<'a> {
    /// The block's id (see `content::data::SITE_DATA_ID`): how the app finds it.
    pub id: &'a str,
    /// The data file's site path (`/content/…json`): the service worker keeps the block as
    /// that file, so a page kept for reading offline can also be reached by a link.
    pub path: &'a str,
    /// The file's JSON.
    pub json: &'a str,
}

/// The page's HTML.
pub fn compose(app: &AppFiles, parts: &PageParts) -> String {
    let asset = |file: &AppFile| format!("{}/{ASSETS_DIR}/{}", parts.base, file.file);
    let mut html = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Only `"` needs escaping in the policy; its single quotes stay readable.
    html.push_str(&format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", csp_meta().replace('"', "&quot;")));
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    html.push_str(&format!("<meta name=\"theme-color\" content=\"{THEME_COLOR}\">\n"));
    html.push_str(&parts.head.to_html());
    html.push_str(&format!("<link rel=\"icon\" href=\"{}\" integrity=\"{}\">\n", asset(&app.icon), app.icon.integrity));
    html.push_str(&format!("<link rel=\"manifest\" href=\"{}/{MANIFEST_FILE}\">\n", parts.base));
    // Blocking, before the stylesheet: it applies the reader's text size and theme before
    // the first paint, and runs while the stylesheet downloads.
    html.push_str(&format!(
        "<script src=\"{}\" integrity=\"{}\"></script>\n",
        asset(&app.preferences_script),
        app.preferences_script.integrity
    ));
    html.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\" integrity=\"{}\">\n", asset(&app.stylesheet), app.stylesheet.integrity));
    html.push_str(&format!(
        "<script type=\"module\" src=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n",
        asset(&app.bootstrap),
        app.bootstrap.integrity
    ));
    // The glue is fetched early and checked; the wasm is not preloaded: the bootstrap fetches
    // it after the first paint, so it does not compete with the page's images on a slow phone.
    html.push_str(&format!(
        "<link rel=\"modulepreload\" href=\"{}\" integrity=\"{}\" crossorigin=\"anonymous\">\n",
        asset(&app.glue),
        app.glue.integrity
    ));
    html.push_str("</head>\n");

    let mut marker = format!(" {BASE_ATTRIBUTE}=\"{}\"", escape(parts.base));
    if let Some(path) = parts.path {
        marker.push_str(&format!(" {PRERENDERED_ATTRIBUTE}=\"{}\"", escape(path)));
    }
    // No whitespace between <body> and the app: hydration walks the body's children. The
    // data goes after the content, so the browser reads and paints the content first.
    html.push_str(&format!("<body{marker}>{}", parts.body));
    for block in parts.data {
        let src = escape(&paths::href_under(parts.base, block.path));
        html.push_str(&format!("<script type=\"application/json\" id=\"{}\" data-src=\"{src}\">{}</script>", block.id, script_safe(block.json)));
    }
    html.push_str("</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use health_center::site::app_files::InstallIcons;

    fn app() -> AppFiles {
        let file = |name: &str| AppFile { file: name.into(), integrity: format!("sha384-{name}") };
        AppFiles {
            inputs: "0".into(),
            icon: file("favicon-1.svg"),
            preferences_script: file("apply-preferences-2.js"),
            stylesheet: file("style-3.css"),
            bootstrap: file("boot-4.js"),
            glue: file("health-center-5.js"),
            wasm: file("health-center-6_bg.wasm"),
            search_glue: file("search-engine-7.js"),
            search_wasm: file("search-engine-8_bg.wasm"),
            install_icons: InstallIcons { small: file("icon-192-9.png"), large: file("icon-512-a.png"), maskable: file("icon-maskable-512-b.png") },
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

    #[test]
    fn the_page_gets_its_head_app_files_body_and_data() {
        let head = head();
        let parts = PageParts { head: &head, body: "<main>Hi</main>", path: Some("/a"), base: "/health", data: &[DataBlock { id: "hc-site", path: "/content/site.json", json: r#"{"t":"</script>"}"# }] };
        let html = compose(&app(), &parts);
        assert!(html.contains("<title>New &amp; improved</title>"));
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        assert!(html.contains(r#"<link rel="stylesheet" href="/health/assets/style-3.css" integrity="sha384-style-3.css">"#));
        assert!(html.contains(r#"<link rel="manifest" href="/health/manifest.webmanifest">"#));
        assert!(html.contains(r#"<script type="module" src="/health/assets/boot-4.js" integrity="sha384-boot-4.js" crossorigin="anonymous"></script>"#));
        assert!(!html.contains("health-center-6_bg.wasm"), "the wasm is not preloaded");
        assert!(html.find("apply-preferences-2.js") < html.find("style-3.css"), "preferences apply before the stylesheet loads");
        assert!(html.contains("<body data-base=\"/health\" data-prerendered=\"/a\"><main>Hi</main><script type=\"application/json\" id=\"hc-site\""));
        assert!(html.contains(r#"<script type="application/json" id="hc-site" data-src="/health/content/site.json">{"t":"\u003c/script>"}</script>"#));
        assert!(!html.contains("<script>"), "no inline script the CSP would block");
    }

    #[test]
    fn the_404_page_has_no_marker() {
        let head = head();
        let parts = PageParts { head: &head, body: "<main>404</main>", path: None, base: "", data: &[] };
        let html = compose(&app(), &parts);
        assert!(html.contains("<body data-base=\"\"><main>404</main></body>"));
        assert!(html.contains("href=\"/assets/style-3.css\""));
    }
}
