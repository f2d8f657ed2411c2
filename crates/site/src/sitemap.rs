//! `sitemap.xml` and `robots.txt`: where search engines find every page.

use std::collections::HashMap;

use health_center::site::head::escape;
use health_content::Date;
use health_content::build::Compiled;

/// The newest update date of all items, and of each center's (for the sitemap's dates).
pub struct Newest {
    /// Of every item.
    pub all: Option<Date>,
    /// Of each center's items, by its slug.
    pub by_center: HashMap<String, Date>,
}

impl Newest {
    /// The dates of `compiled`'s items, gathered once for every page.
    pub fn of(compiled: &Compiled) -> Newest {
        let mut by_center: HashMap<String, Date> = HashMap::new();
        let read = compiled.items.iter().map(|data| (&data.center.slug, data.item.last_updated));
        for (center, updated) in read.chain(compiled.kept.iter().map(|kept| (&kept.center, kept.last_updated))) {
            let newest = by_center.entry(center.clone()).or_insert(updated);
            *newest = (*newest).max(updated);
        }
        Newest { all: by_center.values().max().copied(), by_center }
    }
}

/// A sitemap with one `<url>` per `(absolute URL, last modified)` pair.
pub fn sitemap_xml(urls: &[(String, Date)]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (url, lastmod) in urls {
        out.push_str(&format!("  <url><loc>{}</loc><lastmod>{lastmod}</lastmod></url>\n", escape(url)));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; the sitemap is at `{site_url}/sitemap.xml`.
pub fn robots_txt(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_url_with_its_date() {
        let date = Date::parse("2026-03-01").expect("date");
        let xml =
            sitemap_xml(&[("https://example.org/".to_string(), date), ("https://example.org/a?b&c".to_string(), date)]);
        assert!(xml.contains("<url><loc>https://example.org/</loc><lastmod>2026-03-01</lastmod></url>"));
        assert!(xml.contains("<loc>https://example.org/a?b&amp;c</loc>"));
        assert_eq!(xml.matches("<url>").count(), 2);
    }

    #[test]
    fn robots_points_at_the_sitemap() {
        assert!(
            robots_txt("https://example.org/health").ends_with("Sitemap: https://example.org/health/sitemap.xml\n")
        );
    }
}
