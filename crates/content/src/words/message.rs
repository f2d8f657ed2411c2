//! A message as the browser reads it: its text with numbered placeholders (`{0}`), or one
//! text per plural form; and how it is written out with its values.

use serde::{Deserialize, Serialize};

use super::plural::{Categorize, Category, PluralRules};
use crate::json::{Fields, FromJson, Json, ShapeError};

/// One group's messages as a page carries them (`content/words/{group}.json`), in the order
/// of the group's keys; the shell's also says how the language chooses plural forms.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct GroupWords {
    /// The language's plural rules (in the shell group only: every page carries it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plural: PluralRules,
    /// The messages, by their keys' places.
    pub words: Vec<Message>,
}

/// One message, compiled: placeholders are numbered in the order the app gives the values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Message {
    /// The same text whatever the numbers.
    Text(String),
    /// One text per plural category ([`Category`] order; an empty one falls back to `other`),
    /// chosen by the number in placeholder `count`.
    Plural {
        /// The placeholder whose number chooses the form.
        count: u16,
        /// The forms: zero, one, two, few, many, other.
        forms: Vec<String>,
    },
}

// By hand: a text or an object (the derive reads objects and names only).
impl FromJson for Message {
    fn from_json(json: Json) -> Result<Message, ShapeError> {
        match json {
            Json::Text(text) => Ok(Message::Text(text)),
            json => {
                let mut fields = Fields::of(json)?;
                Ok(Message::Plural { count: fields.take("count")?, forms: fields.take("forms")? })
            }
        }
    }
}

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
    /// The text for these values: a plural message's form for its count's number.
    fn text(&self, rules: &PluralRules, values: &[&str]) -> &str {
        match self {
            Message::Text(text) => text,
            Message::Plural { count, forms } => {
                let number = values.get(usize::from(*count)).and_then(|value| value.parse::<u64>().ok());
                let category = number.map_or(Category::Other, |number| rules.category(number));
                let form = forms.get(category as usize).filter(|form| !form.is_empty());
                form.or_else(|| forms.get(Category::Other as usize)).map_or("", String::as_str)
            }
        }
    }

    /// The message's pieces for these values: its text, cut at each placeholder.
    pub fn segments<'a>(&'a self, rules: &PluralRules, values: &[&str]) -> Vec<Segment<'a>> {
        let mut text = self.text(rules, values);
        let mut segments = Vec::new();
        while let Some(open) = text.find('{') {
            let close = text[open..].find('}').map(|at| open + at);
            let number = close.and_then(|close| text[open + 1..close].parse::<usize>().ok());
            match (close, number) {
                (Some(close), Some(number)) => {
                    if open > 0 {
                        segments.push(Segment::Text(&text[..open]));
                    }
                    segments.push(Segment::Value(number));
                    text = &text[close + 1..];
                }
                // Not a placeholder: a brace shown as it is.
                _ => {
                    segments.push(Segment::Text(&text[..=open]));
                    text = &text[open + 1..];
                }
            }
        }
        if !text.is_empty() {
            segments.push(Segment::Text(text));
        }
        segments
    }

    /// The message written out with `values` (numbers as the app wrote them).
    pub fn format(&self, rules: &PluralRules, values: &[&str]) -> String {
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
    use crate::words::plural::{PluralRule, Relation};

    /// English's rule: one is exactly 1.
    fn english() -> PluralRules {
        vec![PluralRule { category: Category::One as u16, when: vec![vec![Relation::is(0, &[(1, 1)])]] }]
    }

    #[test]
    fn values_fill_their_numbered_places() {
        let message = Message::Text("Showing {0}–{1} of {2}".into());
        assert_eq!(message.format(&english(), &["1", "3", "9"]), "Showing 1–3 of 9");
        let reordered = Message::Text("{1} de {0}".into());
        assert_eq!(reordered.format(&english(), &["9", "3"]), "3 de 9");
    }

    #[test]
    fn a_plural_message_takes_the_form_of_its_count() {
        let forms =
            vec![String::new(), "{0} minute".into(), String::new(), String::new(), String::new(), "{0} minutes".into()];
        let message = Message::Plural { count: 0, forms };
        assert_eq!(message.format(&english(), &["1"]), "1 minute");
        assert_eq!(message.format(&english(), &["2"]), "2 minutes");
        assert_eq!(message.format(&english(), &["0"]), "0 minutes");
        assert_eq!(message.format(&english(), &["many"]), "many minutes", "not a number: `other`");
    }

    #[test]
    fn segments_mark_where_elements_go_and_stray_braces_stay_text() {
        let message = Message::Text("Find it in the {0} or the {1}.".into());
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
        assert_eq!(Message::Text("a {b} c".into()).format(&english(), &[]), "a {b} c");
    }

    #[test]
    fn a_group_file_reads_back_as_written() {
        let group = GroupWords {
            plural: english(),
            words: vec![Message::Text("Saved".into()), Message::Plural { count: 1, forms: vec!["x".into(); 6] }],
        };
        let text = serde_json::to_string(&group).unwrap();
        assert_eq!(crate::json::from_str::<GroupWords>(&text).unwrap(), group);
    }
}
