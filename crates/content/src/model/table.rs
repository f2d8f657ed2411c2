//! A data table in an article: a caption, a header row of column labels and body rows of
//! inline runs (a comparison, e.g. pain relievers by how they help and who should check first).

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use super::inline::Inline;

/// A table of facts a reader compares across rows. Never used for layout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Table {
    /// What the table shows; rendered as its `<caption>`, which names it for screen readers.
    pub caption: String,
    /// The column labels (the header row), plain text.
    pub head: Vec<String>,
    /// How each column's cells are aligned, one per column; empty when every column uses the
    /// default (left), which keeps the data files small.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub align: Vec<ColumnAlign>,
    /// Whether each row's first cell names the row (rendered as `<th scope="row">`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub row_headers: bool,
    /// The body rows: one list of inline runs per cell, as many cells as `head` has labels.
    pub rows: Vec<Vec<Vec<Inline>>>,
}

/// How a column's cells line up. Written as its name (`"right"`); read through a `String`,
/// which the app's JSON reader already has code for (a derived enum reader costs the wasm more).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[serde(try_from = "String", into = "&'static str")]
pub enum ColumnAlign {
    /// As the text runs (left in English); `|---|` in Markdown.
    #[default]
    Default,
    /// Left: `|:--|`.
    Left,
    /// Centred: `|:-:|`.
    Center,
    /// Right, e.g. for numbers: `|--:|`.
    Right,
}

impl ColumnAlign {
    /// The name of each alignment in data files.
    const NAMES: [(ColumnAlign, &'static str); 4] = [
        (ColumnAlign::Default, "default"),
        (ColumnAlign::Left, "left"),
        (ColumnAlign::Center, "center"),
        (ColumnAlign::Right, "right"),
    ];
}

impl TryFrom<String> for ColumnAlign {
    type Error = String;

    fn try_from(name: String) -> Result<Self, String> {
        Self::NAMES
            .iter()
            .find(|(_, known)| *known == name)
            .map(|(align, _)| *align)
            .ok_or_else(|| format!("unknown column alignment `{name}`"))
    }
}

impl From<ColumnAlign> for &'static str {
    fn from(align: ColumnAlign) -> &'static str {
        ColumnAlign::NAMES.iter().find(|(known, _)| *known == align).map_or("default", |(_, name)| name)
    }
}

impl Table {
    /// The alignment of column `column` (the default when none is given).
    pub fn align_of(&self, column: usize) -> ColumnAlign {
        self.align.get(column).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_alignment_and_no_row_headers_are_left_out_of_data_files() {
        let table = Table {
            caption: "c".into(),
            head: vec!["a".into()],
            align: vec![],
            row_headers: false,
            rows: vec![vec![vec![Inline::Text("1".into())]]],
        };
        let json = serde_json::to_string(&table).expect("writes");
        assert_eq!(json, r#"{"caption":"c","head":["a"],"rows":[[["1"]]]}"#);
        assert_eq!(serde_json::from_str::<Table>(&json).expect("reads"), table);
        assert_eq!(table.align_of(3), ColumnAlign::Default);
    }

    #[test]
    fn alignments_are_written_by_name_and_unknown_ones_refused() {
        let aligns = vec![ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Right, ColumnAlign::Default];
        let json = serde_json::to_string(&aligns).expect("writes");
        assert_eq!(json, r#"["left","center","right","default"]"#);
        assert_eq!(serde_json::from_str::<Vec<ColumnAlign>>(&json).expect("reads"), aligns);
        let error = serde_json::from_str::<Vec<ColumnAlign>>(r#"["middle"]"#).unwrap_err().to_string();
        assert!(error.contains("unknown column alignment `middle`"), "{error}");
    }
}
