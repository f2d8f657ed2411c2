//! Every kind of page the site has, with its path, title and description: one list that
//! the router's pages, the pre-render step and the sitemap all read.

use crate::content::model::{Catalog, CenterEntry, ItemSummary, Site};

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Page<'a> {
    /// `/`: what the site is and its health centers.
    Home,
    /// `/saved`: the items the reader saved in this browser.
    Saved,
    /// `/{center}`: a health center's hub.
    Hub(&'a CenterEntry),
    /// `/{center}/{slug}`: an article or slideshow.
    Item(&'a CenterEntry, &'a ItemSummary),
    /// Any other path.
    NotFound,
}

impl<'a> Page<'a> {
    /// Every page that has a path, in sitemap order: home, each hub followed by its items,
    /// then the saved page.
    pub fn all(catalog: &'a Catalog) -> Vec<Page<'a>> {
        let mut pages = vec![Page::Home];
        for entry in &catalog.centers {
            pages.push(Page::Hub(entry));
            pages.extend(entry.items.iter().map(|item| Page::Item(entry, item)));
        }
        pages.push(Page::Saved);
        pages
    }

    /// The site path (`/back-pain/sciatica`); `None` for the not-found page, which has none.
    pub fn path(&self) -> Option<String> {
        match self {
            Page::Home => Some("/".to_string()),
            Page::Saved => Some("/saved".to_string()),
            Page::Hub(entry) => Some(entry.path()),
            Page::Item(entry, item) => Some(entry.item_path(item)),
            Page::NotFound => None,
        }
    }

    /// The document title: the page's own name, then the brand.
    pub fn title(&self, site: &Site) -> String {
        let own = match self {
            Page::Home => site.tagline.clone(),
            Page::Saved => "Saved".to_string(),
            Page::Hub(entry) => entry.center.name.clone(),
            Page::Item(entry, item) => format!("{} | {}", item.title, entry.center.name),
            Page::NotFound => "Page not found".to_string(),
        };
        format!("{own} | {}", site.brand)
    }

    /// The meta description.
    pub fn description(&self, site: &Site) -> String {
        match self {
            Page::Home => site.description.clone(),
            Page::Saved => "Articles and slideshows you saved in this browser.".to_string(),
            Page::Hub(entry) => entry.center.description.clone(),
            Page::Item(_, item) => item.description.clone(),
            Page::NotFound => "This page does not exist.".to_string(),
        }
    }

    /// Whether search engines should index it: not the reader's own list, not "not found".
    pub fn indexable(&self) -> bool {
        !matches!(self, Page::Saved | Page::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalog::catalog;

    #[test]
    fn every_center_and_item_has_a_page_and_paths_are_unique() {
        let catalog = catalog();
        let pages = Page::all(catalog);
        let items: usize = catalog.centers.iter().map(|entry| entry.items.len()).sum();
        assert_eq!(pages.len(), 2 + catalog.centers.len() + items);
        let mut paths: Vec<String> = pages.iter().filter_map(Page::path).collect();
        assert!(paths.contains(&"/back-pain/spinal-manipulation".to_string()));
        assert!(paths.contains(&"/sleep".to_string()));
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), pages.len());
    }

    #[test]
    fn titles_name_the_page_then_the_center_then_the_brand() {
        let catalog = catalog();
        let (entry, item) = catalog.resolve("/back-pain/spinal-manipulation").expect("shipped item");
        assert_eq!(
            Page::Item(entry, item).title(&catalog.site),
            "Spinal Manipulation | Back Pain Health Center | Brightwell Health"
        );
        assert_eq!(Page::NotFound.title(&catalog.site), "Page not found | Brightwell Health");
        assert!(!Page::Saved.indexable() && Page::Hub(entry).indexable());
    }
}
