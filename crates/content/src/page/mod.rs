//! Every page of the site as a typed value: parsed from a site path and printed back to it,
//! with the data file each page needs. The router, validation, the pre-renderer and the
//! sitemap all read this one table; the app's half of it (each page's view, and the chunk its
//! code comes in) is `src/routes/mod.rs`.

use std::fmt;

use crate::data::DataFile;
use crate::words::Group;

/// A page of the site, named by its site path (the path without the deployment's sub-path).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// `/`: what the site is and its health centers.
    Home,
    /// `/saved`: the items the reader saved in this browser.
    Saved,
    /// `/search`: site search (its query is in `?q=`).
    Search,
    /// `/about`: who writes the site, how its pages are reviewed, what it keeps about a reader.
    About,
    /// `/a-z`, `/a-z/2`, …: every article and slideshow by the first letter of its title,
    /// in pages (see `data::TOPICS_PER_PAGE`).
    Topics {
        /// Which page, from 1 (`/a-z` itself).
        page: u32,
    },
    /// `/{center}`: a health center's hub.
    Hub {
        /// The center's slug.
        center: String,
    },
    /// `/{center}/{slug}`: an article or slideshow.
    Item {
        /// The center's slug.
        center: String,
        /// The item's slug.
        slug: String,
    },
}

impl Page {
    /// The pages every site has, one of each, with no address of their own in the content
    /// (the home page aside, which comes first): in the sitemap's order, after the A–Z.
    pub const FIXED: [Page; 3] = [Page::About, Page::Search, Page::Saved];
}

/// First path segments that name fixed pages or site folders, so no center may use them.
pub const RESERVED_SLUGS: &[&str] = &["saved", "content", "images", "assets", "search", "a-z", "offline", "about"];

impl Page {
    /// The page at a site path such as `/back-pain/sciatica`; a trailing slash (which static
    /// hosts add to folder URLs) is ignored. `None` when no page can live at that path: more
    /// than two segments, or a segment that is not a slug.
    pub fn parse(path: &str) -> Option<Page> {
        let rest = path.strip_prefix('/').filter(|rest| !rest.starts_with('/'))?;
        let trimmed = rest.strip_suffix('/').unwrap_or(rest);
        let mut segments = trimmed.split('/');
        let first = segments.next().unwrap_or_default();
        let second = segments.next();
        if segments.next().is_some() {
            return None;
        }
        match (first, second) {
            ("", None) => Some(Page::Home),
            ("saved", None) => Some(Page::Saved),
            ("search", None) => Some(Page::Search),
            ("about", None) => Some(Page::About),
            ("a-z", None) => Some(Page::Topics { page: 1 }),
            // Page 1 is `/a-z` alone; a number is written without leading zeros.
            ("a-z", Some(number)) => page_number(number).filter(|page| *page > 1).map(|page| Page::Topics { page }),
            (center, None) if is_slug(center) && !RESERVED_SLUGS.contains(&center) => {
                Some(Page::Hub { center: center.to_string() })
            }
            (center, Some(slug)) if is_slug(center) && is_slug(slug) && !RESERVED_SLUGS.contains(&center) => {
                Some(Page::Item { center: center.to_string(), slug: slug.to_string() })
            }
            _ => None,
        }
    }

    /// The site path: `/`, `/saved`, `/search`, `/about`, `/a-z`, `/a-z/2`, `/back-pain`, `/back-pain/sciatica`.
    pub fn path(&self) -> String {
        self.to_string()
    }

    /// The center this page belongs to, if any.
    pub fn center(&self) -> Option<&str> {
        match self {
            Page::Hub { center } | Page::Item { center, .. } => Some(center),
            Page::Home | Page::Saved | Page::Search | Page::About | Page::Topics { .. } => None,
        }
    }

    /// The data file the page needs besides the site index (which every page carries):
    /// the one it is rendered from, carries, and fetches after client navigation.
    pub fn data_file(&self) -> Option<DataFile<'_>> {
        match self {
            Page::Home => Some(DataFile::Centers),
            Page::Topics { page } => Some(DataFile::Topics(*page)),
            Page::Hub { center } => Some(DataFile::Center(center)),
            Page::Item { center, slug } => Some(DataFile::Item(center, slug)),
            Page::Saved | Page::Search | Page::About => None,
        }
    }

    /// The groups of interface words the page shows besides the shell's (which the site index
    /// carries to every page): carried by the pre-rendered page, fetched after client
    /// navigation when this session has not read them yet.
    pub fn word_groups(&self) -> &'static [Group] {
        match self {
            Page::Home => &[Group::Carousel, Group::Home],
            Page::Hub { .. } => &[Group::Carousel, Group::Hub],
            Page::Item { .. } => &[Group::Carousel, Group::Item],
            Page::Saved => &[Group::Saved],
            Page::Topics { .. } => &[Group::Topics],
            Page::Search => &[],
            Page::About => &[Group::About],
        }
    }

    /// Whether search engines should index it (not the reader's own saved list, nor our
    /// search results).
    pub fn indexable(&self) -> bool {
        !matches!(self, Page::Saved | Page::Search)
    }
}

impl fmt::Display for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Page::Home => f.write_str("/"),
            Page::Saved => f.write_str("/saved"),
            Page::Search => f.write_str("/search"),
            Page::About => f.write_str("/about"),
            Page::Topics { page: 1 } => f.write_str("/a-z"),
            Page::Topics { page } => {
                // Not `write!`: the app's first load pays for every formatting call it holds.
                f.write_str("/a-z/")?;
                fmt::Display::fmt(page, f)
            }
            Page::Hub { center } => write!(f, "/{center}"),
            Page::Item { center, slug } => write!(f, "/{center}/{slug}"),
        }
    }
}

/// The number a page segment such as `12` writes: digits without a leading zero, small
/// enough for a `u32` (written by hand: `str::parse` weighs more in the app's first load).
fn page_number(segment: &str) -> Option<u32> {
    if segment.starts_with('0') || segment.is_empty() {
        return None;
    }
    let mut number: u32 = 0;
    for byte in segment.bytes() {
        if !byte.is_ascii_digit() {
            return None;
        }
        number = number.checked_mul(10)?.checked_add(u32::from(byte - b'0'))?;
    }
    Some(number)
}

/// Whether `text` can be a URL segment of ours: lowercase letters, digits and single
/// hyphens, starting and ending with a letter or digit (`back-pain`, `sleep-myths-2`).
pub fn is_slug(text: &str) -> bool {
    let bytes = text.as_bytes();
    !bytes.is_empty()
        && bytes.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes[0] != b'-'
        && bytes[bytes.len() - 1] != b'-'
        && !text.contains("--")
}

#[cfg(test)]
mod tests;
