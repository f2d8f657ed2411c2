//! What each pre-rendered page says in its `<head>` besides the shared template: title,
//! description, canonical URL, Open Graph tags, and for articles and slideshows JSON-LD
//! `MedicalWebPage` (schema.org) with who reviewed it and when.

use super::page_head::{PageHead, PageKind};
use crate::content::data::{ItemData, SiteData};

/// The head tags of one page, ready to be written as HTML.
#[derive(Clone, Debug, PartialEq)]
pub struct HeadTags {
    /// `<title>`.
    pub title: String,
    /// `<meta name="description">`.
    pub description: String,
    /// Absolute canonical URL; `None` for the not-found page.
    pub canonical: Option<String>,
    /// `og:type`: "article" for items, "website" otherwise.
    pub og_type: &'static str,
    /// The brand, for `og:site_name`.
    pub site_name: String,
    /// Whether search engines may index the page.
    pub indexable: bool,
    /// JSON-LD for articles and slideshows.
    pub json_ld: Option<String>,
}

impl HeadTags {
    /// The tags for a page with `head`; `item` is an item page's data (for its byline and
    /// dates), `site_url` the absolute URL of the site's root, without a trailing slash
    /// (`https://example.org/health`), and `lang` the pages' language (`<html lang>`).
    pub fn for_page(head: &PageHead, item: Option<&ItemData>, site: &SiteData, site_url: &str, lang: &str) -> HeadTags {
        let canonical = head.path.as_ref().map(|path| format!("{site_url}{}", if path == "/" { "/" } else { path }));
        let json_ld = match (item, &canonical) {
            (Some(data), Some(url)) => Some(medical_web_page(data, site, url, lang)),
            _ => None,
        };
        HeadTags {
            title: head.title.clone(),
            description: head.description.clone(),
            canonical,
            og_type: match head.kind {
                PageKind::Article => "article",
                PageKind::Website => "website",
            },
            site_name: site.site.brand.clone(),
            indexable: head.indexable,
            json_ld,
        }
    }

    /// The elements, in order: the one list both the pre-renderer (as HTML) and the browser
    /// (after client-side navigation, `components::page_meta`) write.
    pub fn elements(&self) -> Vec<HeadElement> {
        let meta = |key: &'static str, name: &'static str, content: &str| {
            HeadElement::new("meta", &[(key, name), ("content", content)])
        };
        let mut out = vec![
            HeadElement { text: Some(self.title.clone()), ..HeadElement::new("title", &[]) },
            meta("name", "description", &self.description),
        ];
        if !self.indexable {
            out.push(meta("name", "robots", "noindex"));
        }
        if let Some(url) = &self.canonical {
            out.push(HeadElement::new("link", &[("rel", "canonical"), ("href", url)]));
            out.push(meta("property", "og:url", url));
        }
        out.push(meta("property", "og:type", self.og_type));
        out.push(meta("property", "og:title", &self.title));
        out.push(meta("property", "og:description", &self.description));
        out.push(meta("property", "og:site_name", &self.site_name));
        out.push(meta("name", "twitter:card", "summary"));
        if let Some(json) = &self.json_ld {
            out.push(HeadElement {
                text: Some(json.clone()),
                ..HeadElement::new("script", &[("type", "application/ld+json")])
            });
        }
        out
    }

    /// The tags as HTML, one per line; every value escaped.
    pub fn to_html(&self) -> String {
        self.elements().iter().map(HeadElement::to_html).collect::<Vec<_>>().join("\n")
    }
}

/// A CSS selector for every element [`HeadTags::elements`] can write, so that the browser can
/// replace a page's set with the next page's.
pub const HEAD_TAGS_SELECTOR: &str = r#"title, meta[name="description"], meta[name="robots"], link[rel="canonical"], meta[property^="og:"], meta[name="twitter:card"], script[type="application/ld+json"]"#;

/// One element of a page's head.
#[derive(Clone, Debug, PartialEq)]
pub struct HeadElement {
    /// `title`, `meta`, `link` or `script`.
    pub tag: &'static str,
    /// Its attributes, in order.
    pub attributes: Vec<(&'static str, String)>,
    /// The text inside (`title` and `script` only).
    pub text: Option<String>,
}

impl HeadElement {
    fn new(tag: &'static str, attributes: &[(&'static str, &str)]) -> HeadElement {
        HeadElement { tag, attributes: attributes.iter().map(|(k, v)| (*k, v.to_string())).collect(), text: None }
    }

    /// The element as HTML, every value escaped (a script's text made safe to embed).
    pub fn to_html(&self) -> String {
        let attributes: String = self.attributes.iter().map(|(k, v)| format!(" {k}=\"{}\"", escape(v))).collect();
        match &self.text {
            Some(text) if self.tag == "script" => format!("<script{attributes}>{}</script>", script_safe(text)),
            Some(text) => format!("<{0}{attributes}>{1}</{0}>", self.tag, escape(text)),
            None => format!("<{}{attributes}>", self.tag),
        }
    }
}

/// schema.org `MedicalWebPage` for an item: reviewers, review and update dates, publisher.
/// Written by hand rather than with `serde_json::json!`, so the browser can write it too
/// without a JSON value type in the wasm.
fn medical_web_page(data: &ItemData, site: &SiteData, url: &str, lang: &str) -> String {
    let item = &data.item;
    let reviewers: Vec<String> = item
        .byline
        .reviewers
        .iter()
        .map(|r| {
            format!(
                r#"{{"@type":"Person","name":{},"honorificSuffix":{},"jobTitle":{}}}"#,
                json_string(&r.name),
                json_string(&r.credential),
                json_string(&r.specialty)
            )
        })
        .collect();
    let title = json_string(&item.title);
    format!(
        concat!(
            r#"{{"@context":"https://schema.org","@type":"MedicalWebPage","name":{title},"headline":{title},"#,
            r#""description":{description},"url":{url},"inLanguage":{lang},"about":{{"@type":"Thing","name":{topic}}},"#,
            r#""lastReviewed":"{reviewed}","dateModified":"{modified}","reviewedBy":[{reviewers}],"#,
            r#""author":{{"@type":"Organization","name":{author}}},"publisher":{{"@type":"Organization","name":{brand}}}}}"#
        ),
        title = title,
        description = json_string(&item.description),
        url = json_string(url),
        lang = json_string(lang),
        topic = json_string(&data.center.topic),
        reviewed = item.last_revised,
        modified = item.last_updated,
        reviewers = reviewers.join(","),
        author = json_string(&item.byline.author),
        brand = json_string(&site.site.brand),
    )
}

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON made safe inside a `<script>` element: `</script>` or `<!--` in a string would
/// otherwise end or confuse the element. `\u003c` is the same character to a JSON parser.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_data::{center_data, item_data, site_data};

    const SITE_URL: &str = "https://example.org/health";

    #[test]
    fn an_article_has_canonical_open_graph_and_medical_web_page() {
        let (site, item) = (site_data(), item_data());
        let head = HeadTags::for_page(&PageHead::item(&site, &item), Some(&item), &site, SITE_URL, "en");
        assert_eq!(head.canonical.as_deref(), Some("https://example.org/health/back/one"));
        assert_eq!(head.og_type, "article");
        let ld: serde_json::Value =
            serde_json::from_str(head.json_ld.as_deref().expect("JSON-LD")).expect("valid JSON");
        assert_eq!(ld["@type"], "MedicalWebPage");
        assert_eq!(ld["lastReviewed"], item.item.last_revised.to_string());
        assert_eq!(ld["reviewedBy"][0]["name"], item.item.byline.reviewers[0].name);
        assert_eq!(ld["about"]["name"], "Back");
        let html = head.to_html();
        assert!(html.contains(r#"<link rel="canonical" href="https://example.org/health/back/one">"#));
        assert!(html.contains(r#"<meta property="og:title" content="Title one | Back Center | Test Health">"#));
        assert!(html.contains(r#"<script type="application/ld+json">{"#));
        assert!(!html.contains("noindex"));
    }

    #[test]
    fn home_hub_saved_and_not_found() {
        let site = site_data();
        let home = HeadTags::for_page(&PageHead::home(&site), None, &site, SITE_URL, "en");
        assert_eq!(home.canonical.as_deref(), Some("https://example.org/health/"));
        assert_eq!((home.og_type, home.json_ld.is_none()), ("website", true));
        let hub = HeadTags::for_page(&PageHead::hub(&site, &center_data()), None, &site, SITE_URL, "en");
        assert_eq!(hub.canonical.as_deref(), Some("https://example.org/health/back"));
        assert_eq!(hub.title, "Back Center | Test Health");
        assert!(HeadTags::for_page(&PageHead::saved(&site), None, &site, SITE_URL, "en").to_html().contains("noindex"));
        let missing = HeadTags::for_page(&PageHead::not_found(&site), None, &site, SITE_URL, "en");
        assert!(missing.canonical.is_none() && missing.to_html().contains("noindex"));
        assert_eq!(missing.title, "Page not found | Test Health");
    }

    #[test]
    fn json_strings_are_escaped_as_json() {
        let text = "Say \"no\" \\ to\nback pain\u{1}";
        let json = json_string(text);
        assert_eq!(serde_json::from_str::<String>(&json).expect("valid JSON"), text);
    }

    #[test]
    fn text_is_escaped_and_scripts_cannot_be_closed_early() {
        assert_eq!(escape(r#"Tom & "Jerry" <b>"#), "Tom &amp; &quot;Jerry&quot; &lt;b&gt;");
        let json = script_safe(r#"{"a":"</script><!--"}"#);
        assert!(!json.contains("</script") && !json.contains("<!--"));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&json).expect("still JSON")["a"], "</script><!--");
    }
}
