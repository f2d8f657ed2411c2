//! `content/a-z/{page}.json`: every article and slideshow by the first letter of its title,
//! in pages of [`TOPICS_PER_PAGE`] items, for the A–Z pages (`/a-z`, `/a-z/2`, …). A site
//! of a few hundred items has one page; one of 50,000 has 200, each the size of a hub page,
//! instead of one page of megabytes. Every page carries the row of letters, each with the
//! page its first item is on, so a reader reaches any letter in one step.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use super::{CenterName, ItemLink};

/// How many items one A–Z page lists: as many as the largest hub shows (250), a page a phone
/// loads and hydrates as quickly.
pub const TOPICS_PER_PAGE: usize = 250;

/// One page of the A–Z of topics: its letters in order, each with its items by title.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct TopicsData {
    /// Which page this is, from 1.
    pub page: u32,
    /// How many pages the A–Z has.
    pub pages: u32,
    /// How many items the whole A–Z lists.
    pub item_count: usize,
    /// Every letter that has items, with the page its first item is on: the row of letters.
    pub index: Vec<LetterStart>,
    /// This page's items by letter: `A`–`Z` then `0–9` (titles starting with anything else).
    pub letters: Vec<LetterGroup>,
    /// The centers of this page's items, for the name shown beside each.
    pub centers: Vec<CenterName>,
}

/// One letter in the row of letters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct LetterStart {
    /// `A`–`Z`, or `0–9`.
    pub letter: String,
    /// The page of its first item.
    pub page: u32,
}

/// One letter's items on one page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct LetterGroup {
    /// `A`–`Z`, or `0–9`.
    pub letter: String,
    /// Whether the letter began on an earlier page (this page goes on with it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub continued: bool,
    /// Its items on this page, by title (ignoring case).
    pub items: Vec<ItemLink>,
}

/// The group for titles that do not start with a letter.
pub const OTHER_LETTER: &str = "0–9";

impl TopicsData {
    /// Every page of the A–Z of `links` (at least one, if empty): sorted by letter and title,
    /// cut into pages of [`TOPICS_PER_PAGE`]; `centers` names their centers.
    pub fn pages(links: Vec<ItemLink>, centers: &[CenterName]) -> Vec<TopicsData> {
        let mut sorted: Vec<(String, ItemLink)> =
            links.into_iter().map(|link| (letter_of(&link.title), link)).collect();
        sorted.sort_by_cached_key(|(letter, link)| {
            (letter == OTHER_LETTER, letter.clone(), link.title.to_lowercase(), link.path.clone())
        });
        let item_count = sorted.len();
        let pages = page_count(item_count);
        let mut index: Vec<LetterStart> = Vec::new();
        for (position, (letter, _)) in sorted.iter().enumerate() {
            if index.last().is_none_or(|start| start.letter != *letter) {
                index.push(LetterStart { letter: letter.clone(), page: (position / TOPICS_PER_PAGE) as u32 + 1 });
            }
        }
        let mut result: Vec<TopicsData> = (1..=pages)
            .map(|page| TopicsData {
                page,
                pages,
                item_count,
                index: index.clone(),
                letters: Vec::new(),
                centers: Vec::new(),
            })
            .collect();
        let mut previous_letter = String::new();
        for (position, (letter, link)) in sorted.into_iter().enumerate() {
            let data = &mut result[position / TOPICS_PER_PAGE];
            if let Some(slug) = center_slug(&link.path)
                && !data.centers.iter().any(|center| center.slug == slug)
            {
                data.centers.extend(centers.iter().find(|center| center.slug == slug).cloned());
            }
            match data.letters.last_mut() {
                Some(group) if group.letter == letter => group.items.push(link),
                // The first group of a page goes on with the letter the page before ended with.
                _ => data.letters.push(LetterGroup {
                    continued: letter == previous_letter,
                    letter: letter.clone(),
                    items: vec![link],
                }),
            }
            previous_letter = letter;
        }
        result
    }

    /// The name of the center of the item at the site path `path` (`/back-pain/sciatica`).
    pub fn center_name(&self, path: &str) -> Option<&str> {
        let slug = center_slug(path)?;
        self.centers.iter().find(|center| center.slug == slug).map(|center| center.name.as_str())
    }
}

/// How many A–Z pages list `items` items: at least one (which says there are none).
pub fn page_count(items: usize) -> u32 {
    items.div_ceil(TOPICS_PER_PAGE).max(1) as u32
}

/// The center slug of a site path: `back-pain` of `/back-pain/sciatica`.
fn center_slug(path: &str) -> Option<&str> {
    path.split('/').nth(1).filter(|slug| !slug.is_empty())
}

/// The A–Z letter of a title: its first letter, accents dropped, in capitals.
fn letter_of(title: &str) -> String {
    let first = title.trim_start().chars().next().unwrap_or(' ');
    let base = match first {
        'À'..='Å' | 'à'..='å' => 'A',
        'Ç' | 'ç' => 'C',
        'È'..='Ë' | 'è'..='ë' => 'E',
        'Ì'..='Ï' | 'ì'..='ï' => 'I',
        'Ñ' | 'ñ' => 'N',
        'Ò'..='Ö' | 'ò'..='ö' => 'O',
        'Ù'..='Ü' | 'ù'..='ü' => 'U',
        other => other,
    };
    if base.is_ascii_alphabetic() { base.to_ascii_uppercase().to_string() } else { OTHER_LETTER.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;

    fn link(title: &str) -> ItemLink {
        ItemLink { path: format!("/c/{}", title.len()), kind: ItemKind::Article, title: title.into() }
    }

    fn titled(count: usize, prefix: &str) -> Vec<ItemLink> {
        (0..count)
            .map(|n| ItemLink {
                path: format!("/c/{prefix}-{n}"),
                kind: ItemKind::Article,
                title: format!("{prefix} {n:05}"),
            })
            .collect()
    }

    #[test]
    fn titles_are_grouped_by_first_letter_in_order() {
        let pages = TopicsData::pages(
            vec![link("sleep"), link("Back pain"), link("Sciatica"), link("Épaule"), link("7 habits")],
            &[],
        );
        assert_eq!(pages.len(), 1);
        let topics = &pages[0];
        let letters: Vec<(&str, Vec<&str>)> = topics
            .letters
            .iter()
            .map(|group| (group.letter.as_str(), group.items.iter().map(|item| item.title.as_str()).collect()))
            .collect();
        assert_eq!(
            letters,
            [
                ("B", vec!["Back pain"]),
                ("E", vec!["Épaule"]),
                ("S", vec!["Sciatica", "sleep"]),
                ("0–9", vec!["7 habits"])
            ]
        );
        assert_eq!((topics.page, topics.pages, topics.item_count), (1, 1, 5));
        assert!(topics.letters.iter().all(|group| !group.continued));
        assert!(topics.index.iter().all(|start| start.page == 1));
    }

    #[test]
    fn an_empty_site_has_one_page_that_lists_nothing() {
        let pages = TopicsData::pages(Vec::new(), &[]);
        assert_eq!(pages, [TopicsData { page: 1, pages: 1, ..TopicsData::default() }]);
    }

    #[test]
    fn a_large_site_is_cut_into_pages_that_go_on_with_a_letter() {
        // 100 titles in A, then 500 in G, then 1 in W: pages of 250 (A and G, G, G and W).
        let mut links = titled(500, "Generated");
        links.extend(titled(100, "Ache"));
        links.push(link("Walking"));
        let pages = TopicsData::pages(links, &[]);
        assert_eq!(pages.len(), 3);
        assert_eq!(
            pages.iter().map(|page| page.letters.iter().map(|g| g.items.len()).sum::<usize>()).collect::<Vec<_>>(),
            [250, 250, 101]
        );
        let shape =
            |page: &TopicsData| page.letters.iter().map(|g| (g.letter.clone(), g.continued)).collect::<Vec<_>>();
        assert_eq!(shape(&pages[0]), [("A".to_string(), false), ("G".to_string(), false)]);
        assert_eq!(shape(&pages[1]), [("G".to_string(), true)]);
        assert_eq!(shape(&pages[2]), [("G".to_string(), true), ("W".to_string(), false)]);
        let index: Vec<(&str, u32)> = pages[2].index.iter().map(|start| (start.letter.as_str(), start.page)).collect();
        assert_eq!(index, [("A", 1), ("G", 1), ("W", 3)]);
        assert!(pages.iter().all(|page| page.index == pages[0].index && page.pages == 3 && page.item_count == 601));
        assert_eq!(
            pages[1].letters[0].items[0].title, "Generated 00150",
            "the next page starts where the last one stopped"
        );
    }

    #[test]
    fn a_letter_that_starts_a_page_is_not_continued() {
        let mut links = titled(TOPICS_PER_PAGE, "Ache");
        links.push(link("Back"));
        let pages = TopicsData::pages(links, &[]);
        assert_eq!(
            pages[1].letters.iter().map(|g| (g.letter.as_str(), g.continued)).collect::<Vec<_>>(),
            [("B", false)]
        );
    }

    #[test]
    fn each_page_names_the_centers_of_its_own_items() {
        let centers = vec![
            CenterName { slug: "c".into(), name: "C Center".into() },
            CenterName { slug: "d".into(), name: "D Center".into() },
        ];
        let pages = TopicsData::pages(vec![link("Sleep")], &centers);
        assert_eq!(pages[0].centers, centers[..1]);
        assert_eq!(pages[0].center_name("/c/5"), Some("C Center"));
        assert_eq!(pages[0].center_name("/d/5"), None, "no item of this page is in it");
        assert_eq!(pages[0].center_name(""), None);
    }
}
