//! The page shell, `index.html` at the top of the project: the HTML every page the site build
//! writes shares. It is read once per build with an HTML tokenizer and checked; each page is
//! then the shell's own bytes with the site build's writing at the marks (see [`Mark`]) and
//! the shell's comments left out.

mod marks;
mod rules;
mod scan;
#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Range;
use std::path::Path;

pub use marks::{MARK_ATTRIBUTE, Mark};
use scan::{Piece, StartTag, scan};

/// The shell, checked.
pub struct Shell {
    source: String,
    /// Where the pages differ from `source`, in order, none overlapping.
    pieces: Vec<(Range<usize>, Piece)>,
    lang: String,
    theme_color: String,
}

/// A problem with the shell, on a line of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShellError {
    /// The line (from 1).
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

/// What the site build writes at one mark of one page.
#[derive(Default)]
pub struct Fill {
    /// Attributes added to the marked start tag (after the shell's own), values unescaped.
    pub attributes: Vec<(&'static str, String)>,
    /// HTML written after the start tag (or instead of the element, for [`Mark::replaces_element`]).
    pub content: String,
}

impl Shell {
    /// Reads and checks the shell at `path`; every problem is one `path:LINE: message` line.
    pub fn read(path: &Path) -> Result<Shell, String> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read the page shell: {e}", path.display()))?;
        Shell::parse(&source).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(|error| format!("{}:{error}", path.display())).collect();
            format!("the page shell has {} problem(s):\n{}", errors.len(), lines.join("\n"))
        })
    }

    /// Checks the shell's HTML `source`: every problem at once, in line order.
    pub fn parse(source: &str) -> Result<Shell, Vec<ShellError>> {
        let found = scan(source);
        let mut problems = found.problems.clone();
        for mark in Mark::ALL.into_iter().filter(|mark| !found.marks.contains_key(mark)) {
            let (at, place) = if mark.in_head() {
                (found.head_end_at.or(found.html_at).unwrap_or(0), "to <head>")
            } else {
                (found.body_at.unwrap_or(source.len()), "as the page's body")
            };
            problems.push((
                at,
                format!(
                    "no {MARK_ATTRIBUTE}=\"{}\": add {} {place}; the site build writes there {}",
                    mark.name(),
                    mark.example(),
                    mark.what()
                ),
            ));
        }
        let lang = found.lang.clone().filter(|lang| !lang.trim().is_empty());
        if lang.is_none() {
            problems.push((found.html_at.unwrap_or(0), "<html> has no lang: screen readers and translation need the pages' language; write it, e.g. <html lang=\"en\">".into()));
        }
        let theme_color = found.theme_color.clone().filter(|color| !color.trim().is_empty());
        if theme_color.is_none() {
            problems.push((
                found.head_end_at.unwrap_or(0),
                "no <meta name=\"theme-color\" content=\"…\">: the browser's toolbar and the web app manifest take their colour from it; add one to <head>".into(),
            ));
        }
        if !problems.is_empty() {
            let mut errors: Vec<ShellError> = problems
                .iter()
                .map(|(at, message)| ShellError { line: found.lines.line(*at), message: message.clone() })
                .collect();
            errors.sort_by_key(|error| error.line);
            return Err(errors);
        }
        let pieces =
            found.pieces.into_iter().map(|(range, piece)| (with_own_line(source, range, &piece), piece)).collect();
        Ok(Shell {
            source: source.to_string(),
            pieces,
            lang: lang.unwrap_or_default(),
            theme_color: theme_color.unwrap_or_default(),
        })
    }

    /// The pages' language, `<html lang>`.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The theme colour, `<meta name="theme-color">`.
    pub fn theme_color(&self) -> &str {
        &self.theme_color
    }

    /// The shell as written: an input of every page.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// One page: the shell with `fill(mark)` written at each mark.
    pub fn write_page(&self, fill: impl Fn(Mark) -> Fill) -> String {
        let mut page = String::with_capacity(self.source.len() * 2);
        let mut copied = 0;
        for (range, piece) in &self.pieces {
            page.push_str(&self.source[copied..range.start]);
            copied = range.end;
            let Piece::Marked(mark, tag) = piece else { continue };
            let Fill { attributes, content } = fill(*mark);
            if !mark.replaces_element() {
                write_start_tag(&mut page, tag, &attributes);
            }
            page.push_str(&content);
        }
        page.push_str(&self.source[copied..]);
        page
    }
}

/// A comment alone on its line takes its line with it, so the pages have no blank lines for it.
fn with_own_line(source: &str, range: Range<usize>, piece: &Piece) -> Range<usize> {
    let starts_line = range.start == 0 || source[..range.start].ends_with('\n');
    if *piece == Piece::Comment && starts_line && source[range.end..].starts_with('\n') {
        range.start..range.end + 1
    } else {
        range
    }
}

/// `<name a="…" b="…">`: the shell's attributes as written, then the site build's.
fn write_start_tag(page: &mut String, tag: &StartTag, written: &[(&'static str, String)]) {
    page.push('<');
    page.push_str(&tag.name);
    // The shell's values keep their character references; only a quote (from a value the shell
    // wrote in single quotes) needs one. The site build's values are plain text.
    for (name, value) in &tag.attributes {
        push_attribute(page, name, &value.replace('"', "&quot;"));
    }
    for (name, value) in written {
        push_attribute(page, name, &value.replace('&', "&amp;").replace('"', "&quot;"));
    }
    page.push('>');
}

fn push_attribute(page: &mut String, name: &str, escaped_value: &str) {
    page.push(' ');
    page.push_str(name);
    page.push_str("=\"");
    page.push_str(escaped_value);
    page.push('"');
}
