//! The catalog bundled into the app, and lookups on it.

use std::sync::OnceLock;

use super::model::{Catalog, Center, CenterEntry, Image, ItemKind, ItemSummary, Section, Site, Tile};

/// The bundled catalog, built once on first use from the code `build.rs` wrote
/// (`catalog_code.rs`) after validating `public/content/`.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| include!(concat!(env!("OUT_DIR"), "/catalog.rs")))
}

/// The generated code's shorthand for its many strings: one call each keeps the code small.
fn s(text: &'static str) -> String {
    text.to_owned()
}

impl Catalog {
    /// The center with this slug.
    pub fn center(&self, slug: &str) -> Option<&CenterEntry> {
        self.centers.iter().find(|entry| entry.center.slug == slug)
    }

    /// The center and item an item path such as `/back-pain/spinal-manipulation` names.
    pub fn resolve(&self, path: &str) -> Option<(&CenterEntry, &ItemSummary)> {
        let (center, slug) = path.strip_prefix('/')?.split_once('/')?;
        let entry = self.center(center)?;
        Some((entry, entry.item(slug)?))
    }

    /// The "Today on" tiles for a page: the center's own first, then the site's.
    pub fn tiles_for<'a>(&'a self, center: Option<&'a CenterEntry>) -> Vec<&'a Tile> {
        let own = center.map(|entry| entry.center.today_on.iter()).into_iter().flatten();
        own.chain(self.site.today_on.iter()).collect()
    }
}

impl CenterEntry {
    /// The summary of this center's item with this slug.
    pub fn item(&self, slug: &str) -> Option<&ItemSummary> {
        self.items.iter().find(|item| item.slug == slug)
    }

    /// The path of the center's hub page.
    pub fn path(&self) -> String {
        format!("/{}", self.center.slug)
    }

    /// The path of one of its items.
    pub fn item_path(&self, item: &ItemSummary) -> String {
        format!("/{}/{}", self.center.slug, item.slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_resolves_item_paths() {
        let catalog = catalog();
        let (center, item) = catalog.resolve("/back-pain/spinal-manipulation").expect("shipped item");
        assert_eq!(center.center.slug, "back-pain");
        assert_eq!(item.title, "Spinal Manipulation");
        assert!(catalog.resolve("/back-pain/no-such-item").is_none());
        assert!(catalog.resolve("/back-pain").is_none());
        assert!(catalog.resolve("no-leading-slash/x").is_none());
    }

    #[test]
    fn center_tiles_come_before_site_tiles() {
        let catalog = catalog();
        let center = catalog.center("back-pain");
        let tiles = catalog.tiles_for(center);
        let own = center.map(|c| c.center.today_on.len()).unwrap_or(0);
        assert_eq!(tiles.len(), own + catalog.site.today_on.len());
        assert_eq!(catalog.tiles_for(None).len(), catalog.site.today_on.len());
    }
}
