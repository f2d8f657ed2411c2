//! What each page says about itself in `<head>`: title, description, path, whether it may
//! be indexed. The browser sets it after client-side navigation (`components::page_meta`),
//! and the pre-renderer writes it into each page (`site::head`), from the same function.

use crate::content::Page;
use crate::content::data::{CenterData, ItemData, SiteData};

/// The kind of page, for `og:type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// Home, hubs, lists: `og:type` "website".
    Website,
    /// An article or slideshow: `og:type` "article".
    Article,
}

/// A page's title, description and address.
#[derive(Clone, Debug, PartialEq)]
pub struct PageHead {
    /// The document title: the page's own name, then the brand.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The site path; `None` for the not-found page, which has none.
    pub path: Option<String>,
    /// Whether search engines may index it.
    pub indexable: bool,
    /// Website or article.
    pub kind: PageKind,
}

impl PageHead {
    /// The head of an indexed website page titled `own_title` (then the brand), described by
    /// `description`, at `path`: what the constructors below start from, and what a page
    /// whose head is its own alone (such as `routes::about`) states in its route file.
    pub fn new(site: &SiteData, own_title: &str, description: &str, path: Option<String>) -> PageHead {
        PageHead {
            title: format!("{own_title} | {}", site.site.brand),
            description: description.to_string(),
            path,
            indexable: true,
            kind: PageKind::Website,
        }
    }

    /// `/`: the site's tagline and description.
    pub fn home(site: &SiteData) -> PageHead {
        PageHead::new(site, &site.site.tagline, &site.site.description, Some("/".into()))
    }

    /// `/saved`: the reader's own list, never indexed.
    pub fn saved(site: &SiteData) -> PageHead {
        let description = "Articles and slideshows you saved in this browser.";
        PageHead { indexable: false, ..PageHead::new(site, "Saved", description, Some("/saved".into())) }
    }

    /// A center's hub.
    pub fn hub(site: &SiteData, center: &CenterData) -> PageHead {
        PageHead::new(site, &center.center.name, &center.description, Some(center.center.path()))
    }

    /// A page whose content is on its way (a hub whose code or index is loading): its title
    /// and address; the rest comes with the page.
    pub fn loading(site: &SiteData, own_title: &str, path: String) -> PageHead {
        PageHead::new(site, own_title, "", Some(path))
    }

    /// An article or slideshow: its title, then its center's name.
    pub fn item(site: &SiteData, data: &ItemData) -> PageHead {
        let own = format!("{} | {}", data.item.title, data.center.name);
        PageHead { kind: PageKind::Article, ..PageHead::new(site, &own, &data.item.description, Some(data.path())) }
    }

    /// `/a-z`, `/a-z/2`, …: every article and slideshow by title; each page titled with its
    /// number after the first, so no two pages share a title.
    pub fn topics(site: &SiteData, page: u32) -> PageHead {
        let description = format!("Every article and slideshow on {}, from A to Z.", site.site.brand);
        let title = if page == 1 { "A to Z of topics".to_string() } else { format!("A to Z of topics, page {page}") };
        PageHead::new(site, &title, &description, Some(Page::Topics { page }.path()))
    }

    /// `/search`: titled with the query; results pages are never indexed.
    pub fn search(site: &SiteData, query: &str) -> PageHead {
        let description = format!("Search the articles and slideshows on {}.", site.site.brand);
        let title = health_search::page_text::heading(query);
        PageHead { indexable: false, ..PageHead::new(site, &title, &description, Some("/search".into())) }
    }

    /// The offline page, shown at whatever address could not be reached: never indexed, no path.
    pub fn offline(site: &SiteData) -> PageHead {
        let description = "This page is not kept for reading offline.";
        PageHead { indexable: false, ..PageHead::new(site, "You are offline", description, None) }
    }

    /// Any address that is no page of the site.
    pub fn not_found(site: &SiteData) -> PageHead {
        PageHead { indexable: false, ..PageHead::new(site, "Page not found", "This page does not exist.", None) }
    }
}
