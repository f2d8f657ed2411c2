//! The front matter of a Markdown item file: TOML between two `+++` lines, as in Zola and Hugo.

use serde::Deserialize;

use super::lines::{FieldLines, LineIndex};
use crate::date::Date;
use crate::model::{Byline, ItemKind, Source, Teaser};

/// The line that opens and closes the front matter.
pub const FENCE: &str = "+++";

/// The front matter's fields, as writers write them (docs/writing.md explains each).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default = "article")]
    pub kind: ItemKind,
    #[serde(default)]
    pub draft: bool,
    pub description: String,
    pub summary: String,
    pub image: FrontImage,
    pub byline: Byline,
    pub last_revised: toml::value::Datetime,
    pub last_updated: toml::value::Datetime,
    #[serde(default)]
    pub review_interval_months: Option<u16>,
    #[serde(default)]
    pub key_points: Vec<String>,
    #[serde(default)]
    pub recommended: Option<Teaser>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

fn article() -> ItemKind {
    ItemKind::Article
}

/// The lead picture: its width and height are read from the file itself.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontImage {
    pub src: String,
    pub alt: String,
}

/// The file split at its front matter.
#[derive(Debug)]
pub struct Split<'a> {
    /// The TOML text between the fences.
    pub toml: &'a str,
    /// The file line of its first line.
    pub toml_line: usize,
    /// The Markdown after the closing fence.
    pub body: &'a str,
    /// The file line of the body's first line.
    pub body_line: usize,
}

/// Splits `text` into front matter and body, or says what is wrong (with the line).
pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let rest = text
        .strip_prefix(FENCE)
        .and_then(|rest| rest.strip_prefix('\n').or_else(|| rest.strip_prefix("\r\n")))
        .ok_or((
            1,
            format!("the file must start with a `{FENCE}` line, then the front matter, then another `{FENCE}` line"),
        ))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            let toml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let toml_lines = toml.matches('\n').count();
            return Ok(Split { toml, toml_line: 2, body, body_line: 2 + toml_lines + 1 });
        }
        offset += line.len();
    }
    Err((1, format!("the front matter is not closed: add a `{FENCE}` line after it")))
}

/// Parses the front matter, recording the line of every key and table.
pub fn parse(split: &Split, lines: &mut FieldLines) -> Result<FrontMatter, (usize, String)> {
    record_keys(split.toml, split.toml_line, lines);
    toml::from_str(split.toml).map_err(|error| {
        let index = LineIndex::new(split.toml, split.toml_line);
        let line = error.span().map_or(split.toml_line, |span| index.line(span.start));
        (line, format!("front matter: {}", error.message().trim_end()))
    })
}

/// A front-matter date: a bare TOML date such as `2026-05-18`.
pub fn date(value: &toml::value::Datetime) -> Result<Date, String> {
    match (value.date, value.time) {
        (Some(date), None) => Date::parse(&date.to_string()),
        _ => Err(format!("`{value}` is not a plain date: write it as 2026-05-18")),
    }
}

/// Records `key` → line for top-level keys, `table.key` inside `[table]`, and
/// `array[n]` for the n-th `[[array]]`.
fn record_keys(toml: &str, first_line: usize, lines: &mut FieldLines) {
    let mut table = String::new();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (n, raw) in toml.lines().enumerate() {
        let line = first_line + n;
        let text = raw.trim();
        if let Some(name) = text.strip_prefix("[[").and_then(|t| t.strip_suffix("]]")) {
            let name = name.trim().to_string();
            let index = match counts.iter_mut().find(|(known, _)| *known == name) {
                Some((_, count)) => {
                    *count += 1;
                    *count
                }
                None => {
                    counts.push((name.clone(), 0));
                    0
                }
            };
            table = format!("{name}[{index}]");
            lines.record(name, line);
            lines.record(table.clone(), line);
        } else if let Some(name) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            table = name.trim().to_string();
            lines.record(table.clone(), line);
        } else if let Some((key, _)) = text.split_once('=')
            && !text.starts_with('#')
        {
            let key = key.trim();
            lines.record(if table.is_empty() { key.to_string() } else { format!("{table}.{key}") }, line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_matter_is_split_off_with_its_lines() {
        let split = split("+++\ntitle = \"A\"\n+++\n\n## B\n").expect("splits");
        assert_eq!((split.toml, split.toml_line, split.body, split.body_line), ("title = \"A\"\n", 2, "\n## B\n", 4));
        assert_eq!(super::split("## B\n").err().map(|e| e.0), Some(1));
        assert!(super::split("+++\ntitle = \"A\"\n").unwrap_err().1.contains("not closed"));
    }

    #[test]
    fn keys_tables_and_arrays_of_tables_get_their_lines() {
        let mut lines = FieldLines::default();
        record_keys(
            "title = \"A\"\n[byline]\nauthor = \"B\"\n[[byline.reviewers]]\nname = \"C\"\n[[byline.reviewers]]\nname = \"D\"\n",
            2,
            &mut lines,
        );
        assert_eq!(lines.line_of("title"), Some(2));
        assert_eq!(lines.line_of("byline.author"), Some(4));
        assert_eq!(lines.line_of("byline.reviewers[1].name"), Some(8));
        assert_eq!(lines.line_of("byline.reviewers[1].role"), Some(7));
    }

    #[test]
    fn dates_are_plain_dates() {
        let date = |text: &str| super::date(&text.parse().expect("a TOML datetime"));
        assert_eq!(date("2026-05-18").map(|d| d.to_string()), Ok("2026-05-18".to_string()));
        assert!(date("2026-05-18T10:00:00").unwrap_err().contains("not a plain date"));
    }
}
