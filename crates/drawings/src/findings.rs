//! What the cleaner left out of a drawing, and whether that matters.

use std::fmt;

/// How much a left-out part matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// It changes what the drawing does or shows (a script, a picture from elsewhere): the
    /// drawing is not published until the writer removes it.
    Refused,
    /// It does nothing a reader sees (editor metadata, a comment): left out, and told as a note.
    Removed,
}

/// One part of a drawing that was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The line in the SVG file (1-based) of the first such part.
    pub line: usize,
    /// Whether the drawing can still be published.
    pub severity: Severity,
    /// What was left out and what to do, in plain words.
    pub message: String,
    /// How many such parts the file holds (notes of one kind are told once).
    pub count: usize,
}

impl Finding {
    /// A part that stops the drawing from being published.
    pub fn refused(line: usize, message: String) -> Finding {
        Finding { line, severity: Severity::Refused, message, count: 1 }
    }

    /// A part left out without harm.
    pub fn removed(line: usize, message: String) -> Finding {
        Finding { line, severity: Severity::Removed, message, count: 1 }
    }
}

/// `line: message` (and how many more of the kind), for `file:line: …` reports.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)?;
        if self.count > 1 {
            write!(f, " ({} places; the first is shown)", self.count)?;
        }
        Ok(())
    }
}

/// The findings of one file: refusals each on its own, notes of one kind merged.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    list: Vec<Finding>,
}

impl Findings {
    pub(crate) fn refuse(&mut self, line: usize, message: String) {
        self.list.push(Finding::refused(line, message));
    }

    pub(crate) fn note(&mut self, line: usize, message: &str) {
        match self.list.iter_mut().find(|f| f.severity == Severity::Removed && f.message == message) {
            Some(found) => found.count += 1,
            None => self.list.push(Finding::removed(line, message.to_string())),
        }
    }

    pub(crate) fn into_vec(self) -> Vec<Finding> {
        self.list
    }
}
