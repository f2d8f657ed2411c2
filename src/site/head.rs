//! What each pre-rendered page says in its `<head>` besides the shared template: title,
//! description, canonical URL, Open Graph tags, and for articles and slideshows JSON-LD
//! `MedicalWebPage` (schema.org) with who reviewed it and when.

use serde_json::json;

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
    /// dates) and `site_url` the absolute URL of the site's root, without a trailing slash
    /// (`https://example.org/health`).
    pub fn for_page(head: &PageHead, item: Option<&ItemData>, site: &SiteData, site_url: &str) -> HeadTags {
        let canonical = head.path.as_ref().map(|path| format!("{site_url}{}", if path == "/" { "/" } else { path }));
        let json_ld = match (item, &canonical) {
            (Some(data), Some(url)) => Some(medical_web_page(data, site, url)),
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

    /// The tags as HTML, one per line; every value escaped.
    pub fn to_html(&self) -> String {
        let mut lines = vec![
            format!("<title>{}</title>", escape(&self.title)),
            format!(r#"<meta name="description" content="{}">"#, escape(&self.description)),
        ];
        if !self.indexable {
            lines.push(r#"<meta name="robots" content="noindex">"#.to_string());
        }
        if let Some(url) = &self.canonical {
            lines.push(format!(r#"<link rel="canonical" href="{}">"#, escape(url)));
            lines.push(format!(r#"<meta property="og:url" content="{}">"#, escape(url)));
        }
        lines.push(format!(r#"<meta property="og:type" content="{}">"#, self.og_type));
        lines.push(format!(r#"<meta property="og:title" content="{}">"#, escape(&self.title)));
        lines.push(format!(r#"<meta property="og:description" content="{}">"#, escape(&self.description)));
        lines.push(format!(r#"<meta property="og:site_name" content="{}">"#, escape(&self.site_name)));
        lines.push(r#"<meta name="twitter:card" content="summary">"#.to_string());
        if let Some(json) = &self.json_ld {
            lines.push(format!(r#"<script type="application/ld+json">{}</script>"#, script_safe(json)));
        }
        lines.join("\n")
    }
}

/// schema.org `MedicalWebPage` for an item: reviewers, review and update dates, publisher.
fn medical_web_page(data: &ItemData, site: &SiteData, url: &str) -> String {
    let (item, topic) = (&data.item, &data.center.topic);
    let reviewers: Vec<_> = item
        .byline
        .reviewers
        .iter()
        .map(|r| json!({ "@type": "Person", "name": r.name, "honorificSuffix": r.credential, "jobTitle": r.specialty }))
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": item.title,
        "headline": item.title,
        "description": item.description,
        "url": url,
        "inLanguage": "en",
        "about": { "@type": "Thing", "name": topic },
        "lastReviewed": item.last_revised.to_string(),
        "dateModified": item.last_updated.to_string(),
        "reviewedBy": reviewers,
        "author": { "@type": "Organization", "name": item.byline.author },
        "publisher": { "@type": "Organization", "name": site.site.brand },
    })
    .to_string()
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
        let head = HeadTags::for_page(&PageHead::item(&site, &item), Some(&item), &site, SITE_URL);
        assert_eq!(head.canonical.as_deref(), Some("https://example.org/health/back/one"));
        assert_eq!(head.og_type, "article");
        let ld: serde_json::Value = serde_json::from_str(head.json_ld.as_deref().expect("JSON-LD")).expect("valid JSON");
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
        let home = HeadTags::for_page(&PageHead::home(&site), None, &site, SITE_URL);
        assert_eq!(home.canonical.as_deref(), Some("https://example.org/health/"));
        assert_eq!((home.og_type, home.json_ld.is_none()), ("website", true));
        let hub = HeadTags::for_page(&PageHead::hub(&site, &center_data()), None, &site, SITE_URL);
        assert_eq!(hub.canonical.as_deref(), Some("https://example.org/health/back"));
        assert_eq!(hub.title, "Back Center | Test Health");
        assert!(HeadTags::for_page(&PageHead::saved(&site), None, &site, SITE_URL).to_html().contains("noindex"));
        let missing = HeadTags::for_page(&PageHead::not_found(&site), None, &site, SITE_URL);
        assert!(missing.canonical.is_none() && missing.to_html().contains("noindex"));
        assert_eq!(missing.title, "Page not found | Test Health");
    }

    #[test]
    fn text_is_escaped_and_scripts_cannot_be_closed_early() {
        assert_eq!(escape(r#"Tom & "Jerry" <b>"#), "Tom &amp; &quot;Jerry&quot; &lt;b&gt;");
        let json = script_safe(r#"{"a":"</script><!--"}"#);
        assert!(!json.contains("</script") && !json.contains("<!--"));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&json).expect("still JSON")["a"], "</script><!--");
    }
}
