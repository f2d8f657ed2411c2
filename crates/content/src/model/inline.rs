//! Inline runs of text: plain, emphasised, strong, or a link (to one of our pages or to a source).

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::json::{Fields, FromJson, Json, ShapeError};

/// A run of text inside a paragraph or list item.
///
/// In JSON a plain string is text; `{"em": …}`, `{"strong": …}` and `{"link": …, "to": …}`
/// mark emphasis, strong importance and links.
// Written as derived; read by the visitor below, which needs no buffering and names
// unknown keys (an untagged derive would buffer every run and try each variant in turn).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Emphasis {
        /// The emphasised words.
        em: String,
    },
    /// Strongly important text.
    Strong {
        /// The important words.
        strong: String,
    },
    /// A link: to one of our pages (a site path starting with `/`), or to another site (an
    /// `https://` URL, shown as external).
    Link {
        /// The link text.
        link: String,
        /// The target: a site path or an `https://` URL.
        to: String,
    },
}

/// Whether a link target is another site's page rather than one of ours.
pub fn is_external(to: &str) -> bool {
    to.starts_with("https://")
}

impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Inline, D::Error> {
        deserializer.deserialize_any(InlineVisitor)
    }
}

// The browser's reader, by hand for the same reason as serde's visitor below.
impl FromJson for Inline {
    fn from_json(json: Json) -> Result<Inline, ShapeError> {
        if let Json::Text(text) = json {
            return Ok(Inline::Text(text));
        }
        let mut fields = Fields::of(json)
            .map_err(|_| ShapeError::new("is not text or an object with `em`, `strong`, or `link` and `to`"))?;
        let run = match (fields.optional("em")?, fields.optional("strong")?, fields.optional("link")?) {
            (Some(em), None, None) => Inline::Emphasis { em },
            (None, Some(strong), None) => Inline::Strong { strong },
            (None, None, Some(link)) => Inline::Link { link, to: fields.take("to")? },
            _ => return Err(ShapeError::new("has not exactly one of `em`, `strong`, or `link` (with `to`)")),
        };
        Ok(run)
    }
}

/// The keys an inline object may have.
const INLINE_KEYS: &[&str] = &["em", "strong", "link", "to"];

struct InlineVisitor;

impl<'de> Visitor<'de> for InlineVisitor {
    type Value = Inline;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, or an object with `em`, `strong`, or `link` and `to`")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Inline, E> {
        Ok(Inline::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Inline, E> {
        Ok(Inline::Text(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Inline, A::Error> {
        let [mut em, mut strong, mut link, mut to] = [None, None, None, None];
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "em" => &mut em,
                "strong" => &mut strong,
                "link" => &mut link,
                "to" => &mut to,
                other => return Err(de::Error::unknown_field(other, INLINE_KEYS)),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        match (em, strong, link, to) {
            (Some(em), None, None, None) => Ok(Inline::Emphasis { em }),
            (None, Some(strong), None, None) => Ok(Inline::Strong { strong }),
            (None, None, Some(link), Some(to)) => Ok(Inline::Link { link, to }),
            (None, None, Some(_), None) => Err(de::Error::missing_field("to")),
            _ => Err(de::Error::custom("an inline run has exactly one of `em`, `strong`, or `link` (with `to`)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Vec<Inline>, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn every_kind_of_run_reads_and_writes_back_the_same() {
        let json = r#"["plain",{"em":"soft"},{"strong":"firm"},{"link":"there","to":"/back-pain"}]"#;
        let runs = read(json).expect("valid runs");
        assert_eq!(runs[0], Inline::Text("plain".into()));
        assert_eq!(runs[3], Inline::Link { link: "there".into(), to: "/back-pain".into() });
        assert_eq!(serde_json::to_string(&runs).expect("writes"), json);
    }

    #[test]
    fn bad_runs_are_named() {
        assert!(read(r#"[{"emph":"x"}]"#).unwrap_err().contains("unknown field `emph`"));
        assert!(read(r#"[{"link":"x"}]"#).unwrap_err().contains("missing field `to`"));
        assert!(read(r#"[{"em":"x","strong":"y"}]"#).unwrap_err().contains("exactly one of"));
        assert!(read(r#"[{"em":"x","em":"y"}]"#).unwrap_err().contains("duplicate field `em`"));
        assert!(read("[3]").unwrap_err().contains("a string, or an object"));
    }
}
