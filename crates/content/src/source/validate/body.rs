//! Checks of an article's text: every block has its words, every list its items, every
//! table row its cells, and every link in the text goes somewhere.

use super::Checker;
use crate::model::{Block, Inline};

impl Checker<'_> {
    /// Checks an article body: text in every block, items in every list, cells in every row, links that resolve.
    pub(super) fn body(&mut self, file: &str, body: &[Block]) {
        if body.is_empty() && !self.draft {
            self.error(file, "body", "an article body needs at least one block");
        }
        for (b, block) in body.iter().enumerate() {
            let at = format!("body[{b}]");
            match block {
                Block::Heading { text } | Block::Subheading { text } => {
                    self.not_blank(file, &format!("{at}.text"), text)
                }
                Block::Paragraph { text } => self.runs(file, &format!("{at}.text"), text),
                Block::Callout { title, text, .. } => {
                    self.not_blank(file, &format!("{at}.title"), title);
                    self.runs(file, &format!("{at}.text"), text);
                }
                Block::BulletList { items } | Block::NumberedList { items } => {
                    if items.is_empty() {
                        self.error(file, &format!("{at}.items"), "a list needs at least one item");
                    }
                    for (i, runs) in items.iter().enumerate() {
                        self.runs(file, &format!("{at}.items[{i}]"), runs);
                    }
                }
                Block::Table(table) => {
                    self.not_blank(file, &format!("{at}.caption"), &table.caption);
                    for (r, row) in table.rows.iter().enumerate() {
                        if row.len() != table.head.len() {
                            self.error(
                                file,
                                &format!("{at}.rows[{r}]"),
                                format!("has {} cells; the header has {}", row.len(), table.head.len()),
                            );
                        }
                        for (c, runs) in row.iter().enumerate() {
                            self.runs(file, &format!("{at}.rows[{r}][{c}]"), runs);
                        }
                    }
                }
            }
        }
    }

    fn runs(&mut self, file: &str, field: &str, runs: &[Inline]) {
        if runs.is_empty() {
            self.error(file, field, "must not be empty");
        }
        for (i, run) in runs.iter().enumerate() {
            if let Inline::Link { to, .. } = run {
                self.text_link(file, &format!("{field}[{i}].to"), to);
            }
        }
    }
}
