//! Where each field of a Markdown item file is, so that problems found later (by validation,
//! on the typed item) still point at a line.

/// Field paths (`title`, `byline.reviewers[1]`, `body[3].text[1]`) and their 1-based lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldLines(Vec<(String, usize)>);

impl FieldLines {
    /// Records that `field` starts at `line` (the first record of a field wins).
    pub fn record(&mut self, field: impl Into<String>, line: usize) {
        let field = field.into();
        if !self.0.iter().any(|(known, _)| *known == field) {
            self.0.push((field, line));
        }
    }

    /// The line of `field`, or of the nearest enclosing field recorded (`related[2]` falls
    /// back to `related`, `image.alt` to `image`).
    pub fn line_of(&self, field: &str) -> Option<usize> {
        let mut path = field;
        loop {
            if let Some((_, line)) = self.0.iter().find(|(known, _)| known == path) {
                return Some(*line);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

/// The 1-based line of each byte offset of a text.
pub struct LineIndex {
    starts: Vec<usize>,
    /// The line of the text's first byte in its file.
    first_line: usize,
}

impl LineIndex {
    /// An index of `text`, whose first line is line `first_line` of its file.
    pub fn new(text: &str, first_line: usize) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect();
        LineIndex { starts, first_line }
    }

    /// The file line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.first_line + self.starts.partition_point(|&start| start <= offset) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_falls_back_to_its_nearest_recorded_parent() {
        let mut lines = FieldLines::default();
        lines.record("related", 7);
        lines.record("byline.reviewers[1]", 12);
        assert_eq!(lines.line_of("related[2]"), Some(7));
        assert_eq!(lines.line_of("byline.reviewers[1].credential"), Some(12));
        assert_eq!(lines.line_of("byline.author"), None);
    }

    #[test]
    fn offsets_map_to_file_lines() {
        let index = LineIndex::new("a\nbc\n\nd", 10);
        assert_eq!([index.line(0), index.line(2), index.line(3), index.line(5), index.line(6)], [10, 11, 11, 12, 13]);
    }
}
