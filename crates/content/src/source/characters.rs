//! Characters a reader must never meet unseen: control characters, and the bidirectional
//! overrides and embeddings that make a sentence display in another order than it is stored
//! ("Trojan Source": the reviewer reads one dose in the file, the reader another). Every text
//! file of the content folder is checked before it is parsed, and read as NFC.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// One character refused, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Line, 1-based.
    pub line: usize,
    /// Column in characters, 1-based.
    pub column: usize,
    /// What it is and what to do.
    pub message: String,
}

/// Every refused character of `text`. Tab, line feed and carriage return are text; isolates
/// and directional marks (U+2066–U+2069, U+200E, U+200F) are allowed only where a language
/// written right to left needs them (`right_to_left`).
///
/// A character written as an escape is the same character once the file is read: JSON's and
/// TOML's `\u202E`, XML's and Markdown's `&#x202E;` (and `&rlm;`, `&lrm;`) are refused alike.
pub fn refused_characters(text: &str, right_to_left: bool) -> Vec<Refused> {
    let mut refused = Vec::new();
    for (l, line) in text.split('\n').enumerate() {
        for (c, character) in line.chars().enumerate() {
            if let Some(why) = why_refused(character, right_to_left) {
                let message = format!(
                    "character U+{:04X} ({why}) at column {}: delete it (retype the sentence if unsure where it is)",
                    character as u32,
                    c + 1
                );
                refused.push(Refused { line: l + 1, column: c + 1, message });
            }
        }
        for (c, (written, character)) in escapes(line) {
            if let Some(why) = why_refused(character, right_to_left) {
                let message = format!(
                    "character U+{:04X} ({why}), written `{written}`, at column {}: delete it",
                    character as u32,
                    c + 1
                );
                refused.push(Refused { line: l + 1, column: c + 1, message });
            }
        }
    }
    refused
}

/// Every escape in `line` that stands for one character: its column (0-based, in
/// characters), how it is written and the character.
fn escapes(line: &str) -> Vec<(usize, (&str, char))> {
    let mut found = Vec::new();
    for (at, _) in line.match_indices(['\\', '&']) {
        let rest = &line[at..];
        let hex = |digits: &str| u32::from_str_radix(digits, 16).ok().and_then(char::from_u32);
        let escape = if let Some(after) = rest.strip_prefix("\\u{") {
            after.find('}').and_then(|end| Some((&rest[..end + 4], hex(&after[..end])?)))
        } else if let Some(after) = rest.strip_prefix("\\u").filter(|a| a.len() >= 4 && a.is_char_boundary(4)) {
            hex(&after[..4]).map(|c| (&rest[..6], c))
        } else if let Some(after) = rest.strip_prefix("\\U").filter(|a| a.len() >= 8 && a.is_char_boundary(8)) {
            hex(&after[..8]).map(|c| (&rest[..10], c))
        } else if let Some(after) = rest.strip_prefix("&#x").or_else(|| rest.strip_prefix("&#X")) {
            after.find(';').and_then(|end| Some((&rest[..end + 4], hex(&after[..end])?)))
        } else if let Some(after) = rest.strip_prefix("&#") {
            after.find(';').and_then(|end| Some((&rest[..end + 3], char::from_u32(after[..end].parse().ok()?)?)))
        } else if rest.starts_with("&lrm;") {
            Some((&rest[..5], '\u{200e}'))
        } else if rest.starts_with("&rlm;") {
            Some((&rest[..5], '\u{200f}'))
        } else {
            None
        };
        if let Some(escape) = escape {
            found.push((line[..at].chars().count(), escape));
        }
    }
    found
}

fn why_refused(c: char, right_to_left: bool) -> Option<&'static str> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\u{0}' => Some("a NUL byte"),
        '\u{1}'..='\u{1f}' | '\u{7f}' => Some("a control character, invisible on the page"),
        '\u{80}'..='\u{9f}' => Some("a C1 control character, often a sign of text converted from another encoding"),
        '\u{202a}'..='\u{202e}' => {
            Some("a bidirectional override or embedding: it shows the text in another order than it is written")
        }
        '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' if !right_to_left => {
            Some("a bidirectional isolate or mark, needed only in text written right to left")
        }
        _ => None,
    }
}

/// `text` in Unicode normalisation form C (composed): unchanged, without a copy, when it is
/// already (as nearly all text is).
pub fn nfc(text: &str) -> Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_and_controls_are_refused_where_they_stand() {
        let text = "title = \"Ibuprofen\"\nTake 200\u{202e}gm 004\u{202c} a day\u{0}\n\tok\r\n";
        let refused = refused_characters(text, false);
        let at: Vec<(usize, usize)> = refused.iter().map(|r| (r.line, r.column)).collect();
        assert_eq!(at, vec![(2, 9), (2, 16), (2, 23)]);
        assert!(refused[0].message.contains("U+202E") && refused[0].message.contains("override"));
        assert!(refused[2].message.contains("NUL"));
    }

    #[test]
    fn escaped_characters_are_refused_too() {
        let text = r#"{"dose": "200\u202egm", "x": "\u{202D}"}
title = "a\U0000202E"
Take &#x202e; or &#8238; &rlm; but \u0041 &amp; &#65; are fine \u12"#;
        let refused = refused_characters(text, false);
        let at: Vec<(usize, usize)> = refused.iter().map(|r| (r.line, r.column)).collect();
        assert_eq!(at, vec![(1, 14), (1, 31), (2, 11), (3, 6), (3, 18), (3, 26)]);
        assert!(refused[0].message.contains("written `\\u202e`"), "{}", refused[0].message);
    }

    #[test]
    fn isolates_and_marks_belong_to_right_to_left_text() {
        let text = "\u{2067}مرحبا\u{2069} \u{200f}";
        assert_eq!(refused_characters(text, false).len(), 3);
        assert!(refused_characters(text, true).is_empty());
        // Overrides are refused even there.
        assert_eq!(refused_characters("\u{202e}", true).len(), 1);
    }

    #[test]
    fn text_is_read_composed() {
        assert_eq!(nfc("Cafe\u{301}"), "Café");
        assert!(matches!(nfc("Café"), Cow::Borrowed(_)));
    }
}
