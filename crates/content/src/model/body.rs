//! The structured body of an article: blocks and inline runs.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use super::inline::Inline;
use super::table::Table;

/// One block of an article body. In data files it is externally tagged
/// (`{"heading": {"text": …}}`), which serde reads in one pass.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub enum Block {
    /// A section heading (rendered as `<h2>`; `##` in Markdown).
    Heading {
        /// The heading text.
        text: String,
    },
    /// A heading inside a section (rendered as `<h3>`; `###` in Markdown).
    Subheading {
        /// The heading text.
        text: String,
    },
    /// A paragraph of inline runs.
    Paragraph {
        /// The paragraph's runs.
        text: Vec<Inline>,
    },
    /// A bulleted list; each entry is a list of inline runs.
    BulletList {
        /// The list items.
        items: Vec<Vec<Inline>>,
    },
    /// A numbered list; each entry is a list of inline runs.
    NumberedList {
        /// The list items.
        items: Vec<Vec<Inline>>,
    },
    /// A highlighted box, e.g. when to get urgent help.
    Callout {
        /// Information or warning.
        tone: CalloutTone,
        /// The box heading.
        title: String,
        /// The box text.
        text: Vec<Inline>,
    },
    /// A data table with its caption (`Table: …` above a Markdown table).
    Table(Table),
}

/// How strongly a callout asks for attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
pub enum CalloutTone {
    /// Useful to know.
    Info,
    /// Act on it: e.g. side effects to watch for.
    Warning,
    /// Get help now: symptoms that need urgent or emergency care.
    Urgent,
}
