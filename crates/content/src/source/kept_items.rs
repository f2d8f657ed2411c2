//! Items a build did not read again: an item file whose stamp is as the last build recorded
//! it is kept as that build's record of it, a digest of what other items and pages need of
//! it. Only what changed is read and parsed; the items that depend on what changed (their
//! links' titles, a link to a removed item) are read again with it (see
//! [`ContentTree::load_keeping`](super::ContentTree::load_keeping)).

use serde::{Deserialize, Serialize};

use super::ItemSource;
use super::pictures::{PictureUse, Place};
use super::stamp::SourceStamp;
use crate::date::Date;
use crate::model::{Block, Image, Inline, Item, ItemContent, ItemKind, is_external};

/// What the rest of the site needs of one item: its card, its entry in the A–Z and the
/// sitemap, the pages it links to and the pictures it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemDigest {
    /// Its slug (the file name).
    pub slug: String,
    /// Article or slideshow.
    pub kind: ItemKind,
    /// Its title.
    pub title: String,
    /// Its description (card text).
    pub description: String,
    /// Its lead picture as authored (the build publishes it).
    pub image: Image,
    /// When the page was last updated (the sitemap's date).
    pub last_updated: Date,
    /// The items whose titles and kinds its data file shows: related and recommended.
    pub names: Vec<String>,
    /// The pages of this site its text links to (by address only).
    pub text_links: Vec<String>,
    /// Its slides' pictures (a slideshow's), in order.
    pub slides: Vec<String>,
}

impl ItemDigest {
    /// The digest of an item just read.
    pub fn of(source: &ItemSource) -> ItemDigest {
        let item = &source.item;
        ItemDigest {
            slug: item.slug.clone(),
            kind: item.kind(),
            title: item.title.clone(),
            description: item.description.clone(),
            image: item.image.clone(),
            last_updated: item.last_updated,
            names: item.related.iter().chain(item.recommended.iter().map(|teaser| &teaser.to)).cloned().collect(),
            text_links: text_links(item),
            slides: match &item.content {
                ItemContent::Slideshow { slides } => slides.iter().map(|slide| slide.image.src.clone()).collect(),
                ItemContent::Article { .. } => Vec::new(),
            },
        }
    }

    /// Every page of this site it links to.
    pub fn links(&self) -> impl Iterator<Item = &String> {
        self.names.iter().chain(&self.text_links)
    }
}

/// An item file proven unchanged: its stamp and digest, as the last build recorded them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptItem {
    /// Path relative to the content folder, e.g. `back-pain/sciatica.md`.
    pub file: String,
    /// The file's stamp (and its pictures') when it was read.
    pub stamp: SourceStamp,
    /// What others need of it.
    pub digest: ItemDigest,
}

impl KeptItem {
    /// Its site path, `/back-pain/sciatica`.
    pub fn path(&self) -> String {
        format!("/{}/{}", self.center(), self.digest.slug)
    }

    /// Its center's slug (the folder of its file).
    pub fn center(&self) -> &str {
        self.file.split('/').next().unwrap_or_default()
    }

    /// Every field of its file that names a picture, as a fresh read finds them
    /// ([`item_picture_uses`](super::pictures::item_picture_uses)).
    pub fn picture_uses(&self) -> Vec<PictureUse> {
        let use_of =
            |field: String, src: &String, place| PictureUse { file: self.file.clone(), field, src: src.clone(), place };
        let mut uses = vec![use_of("image".into(), &self.digest.image.src, Place::Lead)];
        uses.extend(
            self.digest
                .slides
                .iter()
                .enumerate()
                .map(|(i, src)| use_of(format!("slides[{i}].image"), src, Place::Slide)),
        );
        uses
    }
}

/// Every address of this site an item's text links to, in order of appearance.
fn text_links(item: &Item) -> Vec<String> {
    let mut links = Vec::new();
    let mut runs = |runs: &[Inline]| {
        for run in runs {
            if let Inline::Link { to, .. } = run
                && !is_external(to)
            {
                links.push(to.clone());
            }
        }
    };
    if let ItemContent::Article { body } = &item.content {
        for block in body {
            match block {
                Block::Heading { .. } | Block::Subheading { .. } => {}
                Block::Paragraph { text } | Block::Callout { text, .. } => runs(text),
                Block::BulletList { items } | Block::NumberedList { items } => items.iter().for_each(|item| runs(item)),
                Block::Table(table) => table.rows.iter().flatten().for_each(|cell| runs(cell)),
            }
        }
    }
    links
}
