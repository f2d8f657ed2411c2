//! Writes one pre-rendered page: the built `index.html` (stylesheets, scripts, icons) as
//! the template, with the page's own head tags, its rendered body and the data the body was
//! rendered from (so the browser hydrates from the very same data).

use health_center::paths::{BASE_ATTRIBUTE, PRERENDERED_ATTRIBUTE};
use health_center::site::head::{HeadTags, escape, script_safe};

use super::headers::csp_meta;


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
    /// The data the page was rendered from: `(block id, JSON)` pairs (see
    /// `content::data::SITE_DATA_ID`).
    pub data: &'a [(&'a str, &'a str)],
}

/// The page's HTML, or what the template lacks.
pub fn compose(template: &str, parts: &PageParts) -> Result<String, String> {
    let mut html = remove_element(template, "<title>", "</title>")?;
    html = remove_tag(&html, r#"<meta name="description""#)?;
    let charset = r#"<meta charset="utf-8">"#;
    let at = html.find(charset).ok_or("the template has no <meta charset=\"utf-8\">")? + charset.len();
    let head = format!(
        "\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n{}",
        // Only `"` needs escaping in this value; its single quotes stay readable.
        csp_meta().replace('"', "&quot;"),
        parts.head.to_html()
    );
    html.insert_str(at, &head);
    // The data goes after the page's content, so the browser reads and paints the content
    // first (the app reads the data by id once it starts, after the first paint).
    let data: String = parts
        .data
        .iter()
        .map(|(id, json)| format!("<script type=\"application/json\" id=\"{id}\">{}</script>", script_safe(json)))
        .collect();
    let start = html.find("<body").ok_or("the template has no <body>")?;
    let end = html.rfind("</body>").ok_or("the template has no </body>")?;
    let mut marker = format!(" {BASE_ATTRIBUTE}=\"{}\"", escape(parts.base));
    if let Some(path) = parts.path {
        marker.push_str(&format!(" {PRERENDERED_ATTRIBUTE}=\"{}\"", escape(path)));
    }
    // No whitespace between <body> and the app: hydration walks the body's children.
    html.replace_range(start..end, &format!("<body{marker}>{}{data}", parts.body));
    Ok(html)
}

fn remove_element(html: &str, open: &str, close: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("the template has no {open}"))?;
    let end = html[start..].find(close).ok_or_else(|| format!("the template has no {close}"))? + start + close.len();
    Ok(format!("{}{}", &html[..start], html[end..].trim_start_matches(['\r', '\n'])))
}

fn remove_tag(html: &str, open: &str) -> Result<String, String> {
    remove_element(html, open, ">")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Old</title>\n<meta name=\"description\" content=\"Old\">\n<link rel=\"stylesheet\" href=\"/a.css\">\n</head>\n<body>\n  <noscript>x</noscript>\n</body>\n</html>\n";

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
    fn the_page_gets_its_head_body_and_data() {
        let head = head();
        let parts = PageParts { head: &head, body: "<main>Hi</main>", path: Some("/a"), base: "/health", data: &[("hc-site", r#"{"t":"</script>"}"#)] };
        let html = compose(TEMPLATE, &parts).expect("composes");
        assert!(html.contains("<title>New &amp; improved</title>"));
        assert!(!html.contains("Old"));
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        assert!(html.contains("<body data-base=\"/health\" data-prerendered=\"/a\"><main>Hi</main><script type=\"application/json\" id=\"hc-site\">"));
        assert!(html.contains(r#"<script type="application/json" id="hc-site">{"t":"\u003c/script>"}</script>"#));
        assert!(html.find("hc-site").unwrap_or(0) > html.find("<main>").unwrap_or(usize::MAX), "the data after the content");
    }

    #[test]
    fn the_404_page_has_no_marker_and_a_broken_template_is_named() {
        let head = head();
        let parts = PageParts { head: &head, body: "<main>404</main>", path: None, base: "", data: &[] };
        assert!(compose(TEMPLATE, &parts).expect("composes").contains("<body data-base=\"\"><main>404</main></body>"));
        assert_eq!(compose("<html></html>", &parts), Err("the template has no <title>".to_string()));
    }
}
