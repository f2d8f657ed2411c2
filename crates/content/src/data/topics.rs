//! `content/a-z.json`: every article and slideshow, grouped by the first letter of its title,
//! for the A–Z page.

use serde::{Deserialize, Serialize};

use super::{CenterName, ItemLink};

/// The A–Z of topics: letters in order, each with its items by title.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct TopicsData {
    /// Only letters that have items, `A`–`Z` then `0–9` (titles starting with anything else).
    pub letters: Vec<LetterGroup>,
    /// Every center, for the name shown beside each of its items.
    pub centers: Vec<CenterName>,
}

/// One letter of the A–Z.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct LetterGroup {
    /// `A`–`Z`, or `0–9`.
    pub letter: String,
    /// Its items, by title (ignoring case).
    pub items: Vec<ItemLink>,
}

/// The group for titles that do not start with a letter.
pub const OTHER_LETTER: &str = "0–9";

impl TopicsData {
    /// Groups `links` by the first letter of their titles; `centers` names their centers.
    pub fn new(mut links: Vec<ItemLink>, centers: Vec<CenterName>) -> TopicsData {
        links.sort_by_cached_key(|link| {
            let letter = letter_of(&link.title);
            (letter == OTHER_LETTER, letter, link.title.to_lowercase(), link.path.clone())
        });
        let mut letters: Vec<LetterGroup> = Vec::new();
        for link in links {
            let letter = letter_of(&link.title);
            match letters.last_mut() {
                Some(group) if group.letter == letter => group.items.push(link),
                _ => letters.push(LetterGroup { letter, items: vec![link] }),
            }
        }
        TopicsData { letters, centers }
    }

    /// The name of the center of the item at the site path `path` (`/back-pain/sciatica`).
    pub fn center_name(&self, path: &str) -> Option<&str> {
        let slug = path.split('/').nth(1)?;
        self.centers.iter().find(|center| center.slug == slug).map(|center| center.name.as_str())
    }

    /// How many items it lists.
    pub fn item_count(&self) -> usize {
        self.letters.iter().map(|group| group.items.len()).sum()
    }
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

    #[test]
    fn titles_are_grouped_by_first_letter_in_order() {
        let topics = TopicsData::new(vec![link("sleep"), link("Back pain"), link("Sciatica"), link("Épaule"), link("7 habits")], Vec::new());
        let letters: Vec<(&str, Vec<&str>)> = topics
            .letters
            .iter()
            .map(|group| (group.letter.as_str(), group.items.iter().map(|item| item.title.as_str()).collect()))
            .collect();
        assert_eq!(letters, [("B", vec!["Back pain"]), ("E", vec!["Épaule"]), ("S", vec!["Sciatica", "sleep"]), ("0–9", vec!["7 habits"])]);
        assert_eq!(topics.item_count(), 5);
    }

    #[test]
    fn an_item_is_named_with_its_center() {
        let centers = vec![CenterName { slug: "c".into(), name: "C Center".into() }];
        let topics = TopicsData::new(vec![link("Sleep")], centers);
        assert_eq!(topics.center_name("/c/5"), Some("C Center"));
        assert_eq!(topics.center_name("/other/5"), None);
        assert_eq!(topics.center_name(""), None);
    }
}
