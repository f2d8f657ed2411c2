//! An item file's flat shape: `kind` beside `body` or `slides`, as editors write it.
//!
//! [`Item`] is read and written through this type rather than with `#[serde(flatten)]` over an
//! internally tagged enum: flattening buffers the whole file before reading it, which is
//! slower and costs wasm size, and it cannot reject unknown fields.

use serde::{Deserialize, Serialize};

use super::super::date::Date;
use super::item::{Byline, Item, ItemContent, ItemKind, Slide, Teaser};
use super::{Block, Image};

/// The fields of an item file, exactly as they appear in JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFile {
    slug: String,
    kind: ItemKind,
    title: String,
    description: String,
    summary: String,
    image: Image,
    byline: Byline,
    last_revised: Date,
    last_updated: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recommended: Option<Teaser>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    related: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body: Option<Vec<Block>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slides: Option<Vec<Slide>>,
}

impl TryFrom<ItemFile> for Item {
    type Error = String;

    fn try_from(file: ItemFile) -> Result<Item, String> {
        let content = match (file.kind, file.body, file.slides) {
            (ItemKind::Article, Some(body), None) => ItemContent::Article { body },
            (ItemKind::Slideshow, None, Some(slides)) => ItemContent::Slideshow { slides },
            (ItemKind::Article, _, Some(_)) => return Err("an article has a `body`, not `slides`".into()),
            (ItemKind::Slideshow, Some(_), _) => return Err("a slideshow has `slides`, not a `body`".into()),
            (ItemKind::Article, None, None) => return Err("missing field `body` (every article has one)".into()),
            (ItemKind::Slideshow, None, None) => {
                return Err("missing field `slides` (every slideshow has them)".into());
            }
        };
        Ok(Item {
            slug: file.slug,
            title: file.title,
            description: file.description,
            summary: file.summary,
            image: file.image,
            byline: file.byline,
            last_revised: file.last_revised,
            last_updated: file.last_updated,
            recommended: file.recommended,
            related: file.related,
            content,
        })
    }
}

impl From<Item> for ItemFile {
    fn from(item: Item) -> ItemFile {
        let kind = item.kind();
        let (body, slides) = match item.content {
            ItemContent::Article { body } => (Some(body), None),
            ItemContent::Slideshow { slides } => (None, Some(slides)),
        };
        ItemFile {
            slug: item.slug,
            kind,
            title: item.title,
            description: item.description,
            summary: item.summary,
            image: item.image,
            byline: item.byline,
            last_revised: item.last_revised,
            last_updated: item.last_updated,
            recommended: item.recommended,
            related: item.related,
            body,
            slides,
        }
    }
}
