//! A message as the browser reads it: its text with numbered placeholders (`{0}`), or one
//! text per plural form; and how it is written out with its values.
//!
//! A group of messages travels as a plain list of texts, which the browser reads with the
//! reader it has for every list of texts (no reader of its own in the wasm): first the
//! language's plural rules as numbers (empty but in the shell's group), then each message. A
//! plural message is its forms joined by [`FORMS`], after the number of the placeholder that
//! chooses the form.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::plural::{Category, PluralRules, category};
use crate::json::{FromJson, Json, ShapeError};

/// Between the parts of a plural message (a control character, which no message may hold).
pub const FORMS: char = '\u{1}';

/// One group's messages as a page carries them, in the order of the group's keys; the
/// shell's also says how the language chooses plural forms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupWords {
    /// The language's plural rules, encoded (`plural::encode`; in the shell group only:
    /// every page carries it).
    pub plural: PluralRules,
    /// The messages, by their keys' places.
    pub words: Vec<Message>,
}

impl FromJson for GroupWords {
    fn from_json(json: Json) -> Result<GroupWords, ShapeError> {
        let mut texts = Vec::<String>::from_json(json)?.into_iter();
        let rules = texts.next().unwrap_or_default();
        let plural = rules.split_whitespace().map(|number| number.parse().unwrap_or(u32::MAX)).collect();
        Ok(GroupWords { plural, words: texts.map(Message).collect() })
    }
}

impl Serialize for GroupWords {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rules: Vec<String> = self.plural.iter().map(u32::to_string).collect();
        let mut texts = vec![rules.join(" ")];
        texts.extend(self.words.iter().map(|message| message.0.clone()));
        texts.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for GroupWords {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<GroupWords, D::Error> {
        let texts = Vec::<String>::deserialize(deserializer)?;
        GroupWords::from_json(Json::List(texts.into_iter().map(Json::Text).collect()))
            .map_err(|error| serde::de::Error::custom(error.to_string()))
    }
}

/// The words a kind of page shows besides the shell's (`Page::word_groups`), in one file
/// (`content/words/{name}.json`, see `words::page_words_path`): one fetch per kind of page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PageWords {
    /// Each group, in the order `Page::word_groups` lists them.
    pub groups: Vec<GroupWords>,
}

impl FromJson for PageWords {
    fn from_json(json: Json) -> Result<PageWords, ShapeError> {
        Ok(PageWords { groups: Vec::from_json(json)? })
    }
}

/// One message, compiled: its text, placeholders numbered `{0}`…`{9}` in the order the app
/// gives the values; or, for a plural message, [`FORMS`], the number of the placeholder whose
/// number chooses the form, then the six forms ([`Category`] order; an empty one falls back
/// to `other`), each after a [`FORMS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Message(pub String);

/// A piece of a written-out message: text, or the place of the value numbered so (for a
/// value that is a link or an element rather than text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text to show as it is.
    Text(&'a str),
    /// The value with this number.
    Value(usize),
}

impl Message {
    /// A message whose text does not change with numbers.
    pub fn text(text: impl Into<String>) -> Message {
        Message(text.into())
    }

    /// A plural message: `forms` by [`Category`], chosen by the number in placeholder `count`.
    pub fn plural(count: usize, forms: &[String]) -> Message {
        let mut text = format!("{FORMS}{count}");
        for form in forms {
            text.push(FORMS);
            text.push_str(form);
        }
        Message(text)
    }

    /// The text for these values: a plural message's form for its count's number.
    fn chosen(&self, rules: &[u32], values: &[&str]) -> &str {
        let Some(plural) = self.0.strip_prefix(FORMS) else { return &self.0 };
        let mut parts = plural.split(FORMS);
        let count = parts.next().and_then(|count| count.parse::<usize>().ok()).unwrap_or_default();
        let number = values.get(count).and_then(|value| value.parse::<u64>().ok());
        let category = number.map_or(Category::Other, |number| category(rules, number));
        let form = parts.clone().nth(category as usize).filter(|form| !form.is_empty());
        form.or_else(|| parts.nth(Category::Other as usize)).unwrap_or_default()
    }

    /// The message's pieces for these values: its text, cut at each placeholder (`{` and a
    /// digit and `}`; any other brace is text).
    pub fn segments<'a>(&'a self, rules: &[u32], values: &[&str]) -> Vec<Segment<'a>> {
        let text = self.chosen(rules, values);
        let bytes = text.as_bytes();
        let mut segments = Vec::new();
        let (mut start, mut at) = (0, 0);
        while at + 2 < bytes.len() {
            if bytes[at] == b'{' && bytes[at + 1].is_ascii_digit() && bytes[at + 2] == b'}' {
                if at > start {
                    segments.push(Segment::Text(&text[start..at]));
                }
                segments.push(Segment::Value(usize::from(bytes[at + 1] - b'0')));
                at += 3;
                start = at;
            } else {
                at += 1;
            }
        }
        if start < text.len() {
            segments.push(Segment::Text(&text[start..]));
        }
        segments
    }

    /// The message written out with `values` (numbers as the app wrote them).
    pub fn format(&self, rules: &[u32], values: &[&str]) -> String {
        let mut out = String::new();
        for segment in self.segments(rules, values) {
            match segment {
                Segment::Text(text) => out.push_str(text),
                Segment::Value(number) => out.push_str(values.get(number).copied().unwrap_or_default()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::plural::{PluralRule, Relation, encode};

    /// English's rule: one is exactly 1.
    fn english() -> PluralRules {
        encode(&[PluralRule { category: Category::One, when: vec![vec![Relation::is(0, &[(1, 1)])]] }])
    }

    #[test]
    fn values_fill_their_numbered_places() {
        let message = Message::text("Showing {0}–{1} of {2}");
        assert_eq!(message.format(&english(), &["1", "3", "9"]), "Showing 1–3 of 9");
        let reordered = Message::text("{1} de {0}");
        assert_eq!(reordered.format(&english(), &["9", "3"]), "3 de 9");
    }

    #[test]
    fn a_plural_message_takes_the_form_of_its_count() {
        let forms =
            vec![String::new(), "{0} minute".into(), String::new(), String::new(), String::new(), "{0} minutes".into()];
        let message = Message::plural(0, &forms);
        assert_eq!(message.format(&english(), &["1"]), "1 minute");
        assert_eq!(message.format(&english(), &["2"]), "2 minutes");
        assert_eq!(message.format(&english(), &["0"]), "0 minutes");
        assert_eq!(message.format(&english(), &["many"]), "many minutes", "not a number: `other`");
    }

    #[test]
    fn segments_mark_where_elements_go_and_stray_braces_stay_text() {
        let message = Message::text("Find it in the {0} or the {1}.");
        assert_eq!(
            message.segments(&english(), &[]),
            vec![
                Segment::Text("Find it in the "),
                Segment::Value(0),
                Segment::Text(" or the "),
                Segment::Value(1),
                Segment::Text(".")
            ]
        );
        assert_eq!(Message::text("a {b} c").format(&english(), &[]), "a {b} c");
    }

    #[test]
    fn a_group_file_reads_back_as_written() {
        let group = GroupWords {
            plural: english(),
            words: vec![Message::text("Saved"), Message::plural(1, &vec!["x".to_string(); 6])],
        };
        let text = serde_json::to_string(&group).unwrap();
        assert_eq!(crate::json::from_str::<GroupWords>(&text).unwrap(), group);
        assert_eq!(serde_json::from_str::<GroupWords>(&text).unwrap(), group);
        let page = PageWords { groups: vec![group.clone(), GroupWords::default()] };
        let text = serde_json::to_string(&page).unwrap();
        assert!(text.starts_with("[[\"1 1 1 0 0 1 1 1\",\"Saved\",\"\\u00011\\u0001x"), "{text}");
        assert_eq!(crate::json::from_str::<PageWords>(&text).unwrap(), page);
    }
}
