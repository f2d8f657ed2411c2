//! How long an article takes to read, from its words.

use crate::model::{Block, Inline, Item, ItemContent};

/// Words a minute for reading time: a common figure for adults reading on screen.
const WORDS_PER_MINUTE: usize = 200;

/// An article's reading time in whole minutes (at least 1); slideshows have none.
pub fn reading_minutes(item: &Item) -> Option<u16> {
    let ItemContent::Article { body } = &item.content else { return None };
    let words = |text: &str| text.split_whitespace().count();
    let run_words = |runs: &[Inline]| -> usize {
        runs.iter()
            .map(|run| match run {
                Inline::Text(text) => words(text),
                Inline::Emphasis { em } => words(em),
                Inline::Strong { strong } => words(strong),
                Inline::Link { link, .. } => words(link),
            })
            .sum()
    };
    let body_words: usize = body
        .iter()
        .map(|block| match block {
            Block::Heading { text } | Block::Subheading { text } => words(text),
            Block::Paragraph { text } => run_words(text),
            Block::BulletList { items } | Block::NumberedList { items } => {
                items.iter().map(|runs| run_words(runs)).sum()
            }
            Block::Callout { title, text, .. } => words(title) + run_words(text),
            Block::Table(table) => {
                words(&table.caption)
                    + table.head.iter().map(|label| words(label)).sum::<usize>()
                    + table.rows.iter().flatten().map(|runs| run_words(runs)).sum::<usize>()
            }
        })
        .sum();
    let total = words(&item.summary) + item.key_points.iter().map(|point| words(point)).sum::<usize>() + body_words;
    Some(total.div_ceil(WORDS_PER_MINUTE).max(1) as u16)
}
