//! A content problem, named by file and field so that an editor can fix it.

use std::fmt;

/// One problem found in the content, e.g. `back-pain/x.json`, `last_revised`, "lies in the future".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the content folder.
    pub file: String,
    /// The field path inside the file, e.g. `byline.reviewers[0].credential` (`.` for the whole file).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl ContentError {
    /// A problem with `field` of `file`.
    pub fn new(file: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

impl std::error::Error for ContentError {}
