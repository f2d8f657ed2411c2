//! An authored item file's flat shape: `kind` beside `body` or `slides`, as writers write it.
//!
//! Read into this type and then converted to [`Item`], rather than with `#[serde(flatten)]`
//! over an internally tagged enum, which cannot reject unknown fields.

use serde::{Deserialize, Serialize};

use super::authored_block::AuthoredBlock;
use crate::date::Date;
use crate::model::{Byline, Image, Item, ItemContent, ItemKind, Slide, Teaser};

/// The fields of an authored item file, exactly as they appear in JSON.
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
    body: Option<Vec<AuthoredBlock>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slides: Option<Vec<Slide>>,
}

impl TryFrom<ItemFile> for Item {
    /// The field at fault and what is wrong with it.
    type Error = (&'static str, &'static str);

    fn try_from(file: ItemFile) -> Result<Item, Self::Error> {
        let content = match (file.kind, file.body, file.slides) {
            (ItemKind::Article, Some(body), None) => ItemContent::Article { body: body.into_iter().map(Into::into).collect() },
            (ItemKind::Slideshow, None, Some(slides)) => ItemContent::Slideshow { slides },
            (ItemKind::Article, _, Some(_)) => return Err(("slides", "an article has a `body`, not `slides`")),
            (ItemKind::Slideshow, Some(_), _) => return Err(("body", "a slideshow has `slides`, not a `body`")),
            (ItemKind::Article, None, None) => return Err(("body", "missing field `body` (every article has one)")),
            (ItemKind::Slideshow, None, None) => {
                return Err(("slides", "missing field `slides` (every slideshow has them)"));
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
            ItemContent::Article { body } => (Some(body.into_iter().map(Into::into).collect()), None),
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
