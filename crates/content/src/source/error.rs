//! A content problem, named by file and field (and, in Markdown files, by line) so that an
//! editor can find and fix it.

use std::fmt;

/// One problem found in the content, e.g. `back-pain/x.md`, line 4, `last_revised`, "lies in the future".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the content folder.
    pub file: String,
    /// The line in the file (1-based), where known: Markdown files know every field's line.
    pub line: Option<usize>,
    /// The field path inside the file, e.g. `byline.reviewers[0].credential` (`.` for the whole
    /// file, or for a problem in a Markdown body, whose line says where).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl ContentError {
    /// A problem with `field` of `file`.
    pub fn new(file: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), line: None, field: field.into(), message: message.into() }
    }

    /// A problem at `line` of `file` (a Markdown body's problems need no field name).
    pub fn at_line(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), line: Some(line), field: ".".into(), message: message.into() }
    }
}

/// `file:line: field: message`, as compilers print it (editors jump to the line); the field
/// is left out where the line says it all.
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) if self.field == "." => write!(f, "{}:{line}: {}", self.file, self.message),
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.field, self.message),
            None => write!(f, "{}: {}: {}", self.file, self.field, self.message),
        }
    }
}

impl std::error::Error for ContentError {}
