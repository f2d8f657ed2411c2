//! What the search index reads of each article and slideshow (native, site build): its
//! text, field by field, so a word in a title outweighs the same word in the body.

use crate::{Document, Field};
use health_content::data::ItemData;
use health_content::model::{Block, Inline, ItemContent};

/// The search documents of every item, by site path (their ids in the index).
pub fn search_documents(items: &[ItemData]) -> Vec<Document> {
    indexed_items(items).into_iter().map(|(_, item)| search_document(item)).collect()
}

/// Every item with its site path, in the index's order (by path: a document's id is its
/// position), so the index can make each document when it reads it.
pub fn indexed_items(items: &[ItemData]) -> Vec<(String, &ItemData)> {
    let mut indexed: Vec<(String, &ItemData)> = items.iter().map(|item| (item.path(), item)).collect();
    indexed.sort_by(|a, b| a.0.cmp(&b.0));
    indexed
}

/// What the index reads of one item.
pub fn search_document(data: &ItemData) -> Document {
    let item = &data.item;
    let mut fields = vec![
        (Field::Title, item.title.clone()),
        (Field::Summary, item.description.clone()),
        (Field::Summary, item.summary.clone()),
    ];
    fields.extend(item.key_points.iter().map(|point| (Field::Summary, point.clone())));
    match &item.content {
        ItemContent::Article { body } => {
            for block in body {
                match block {
                    Block::Heading { text } | Block::Subheading { text } => fields.push((Field::Heading, text.clone())),
                    Block::Paragraph { text } => fields.push((Field::Body, runs(text))),
                    Block::BulletList { items } | Block::NumberedList { items } => {
                        fields.extend(items.iter().map(|runs_of_item| (Field::Body, runs(runs_of_item))));
                    }
                    Block::Callout { title, text, .. } => {
                        fields.push((Field::Heading, title.clone()));
                        fields.push((Field::Body, runs(text)));
                    }
                    Block::Table(table) => {
                        fields.push((Field::Heading, table.caption.clone()));
                        fields.extend(table.head.iter().map(|label| (Field::Body, label.clone())));
                        fields.extend(table.rows.iter().flatten().map(|cell| (Field::Body, runs(cell))));
                    }
                }
            }
        }
        ItemContent::Slideshow { slides } => {
            for slide in slides {
                fields.push((Field::Heading, slide.heading.clone()));
                fields.extend(slide.text.iter().map(|text| (Field::Body, text.clone())));
            }
        }
    }
    Document {
        path: data.path(),
        title: item.title.clone(),
        center: data.center.name.clone(),
        kind: item.kind().label().to_string(),
        fields,
    }
}

/// The words of inline runs, as read.
fn runs(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(text) => text.as_str(),
            Inline::Emphasis { em } => em,
            Inline::Strong { strong } => strong,
            Inline::Link { link, .. } => link,
        })
        .collect()
}
