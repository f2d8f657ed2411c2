//! A body block as writers write it in an item file: one object with a `"type"` field
//! (`{"type": "heading", "text": …}`). Read natively only, then turned into the model's
//! [`Block`], whose data-file shape the browser reads without buffering.

use serde::{Deserialize, Serialize};

use crate::model::{Block, CalloutTone, Inline};

/// One authored block; the same variants and fields as [`Block`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AuthoredBlock {
    /// A subheading.
    Heading { text: String },
    /// A paragraph of inline runs.
    Paragraph { text: Vec<Inline> },
    /// A bulleted list.
    BulletList { items: Vec<Vec<Inline>> },
    /// A numbered list.
    NumberedList { items: Vec<Vec<Inline>> },
    /// A highlighted box.
    Callout { tone: CalloutTone, title: String, text: Vec<Inline> },
}

impl From<AuthoredBlock> for Block {
    fn from(block: AuthoredBlock) -> Block {
        match block {
            AuthoredBlock::Heading { text } => Block::Heading { text },
            AuthoredBlock::Paragraph { text } => Block::Paragraph { text },
            AuthoredBlock::BulletList { items } => Block::BulletList { items },
            AuthoredBlock::NumberedList { items } => Block::NumberedList { items },
            AuthoredBlock::Callout { tone, title, text } => Block::Callout { tone, title, text },
        }
    }
}

impl From<Block> for AuthoredBlock {
    fn from(block: Block) -> AuthoredBlock {
        match block {
            Block::Heading { text } => AuthoredBlock::Heading { text },
            Block::Paragraph { text } => AuthoredBlock::Paragraph { text },
            Block::BulletList { items } => AuthoredBlock::BulletList { items },
            Block::NumberedList { items } => AuthoredBlock::NumberedList { items },
            Block::Callout { tone, title, text } => AuthoredBlock::Callout { tone, title, text },
        }
    }
}
