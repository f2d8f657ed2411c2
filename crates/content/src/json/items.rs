//! Reading an item's data file (`content/{center}/{slug}.json`): the item, its body or
//! slides, its pictures and its links, field for field as serde writes them.

use super::read::{Fields, FromJson, ShapeError, tagged, unknown, unknown_tag};
use super::tree::Json;
use crate::Date;
use crate::data::{CenterInfo, ItemData, ItemLink};
use crate::model::{
    Block, Byline, CalloutTone, ColumnAlign, Image, Inline, Item, ItemContent, ItemKind, Reviewer, ReviewerRole, Slide,
    Table, Teaser, Tile,
};

impl FromJson for ItemData {
    fn from_json(json: Json) -> Result<ItemData, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(ItemData {
            center: fields.take("center")?,
            item: fields.take("item")?,
            related: fields.take("related")?,
            recommended: fields.optional("recommended")?,
            sources: fields.or_default("sources")?,
            next_review: fields.take("next_review")?,
            reading_minutes: fields.optional("reading_minutes")?,
        })
    }
}

impl FromJson for CenterInfo {
    fn from_json(json: Json) -> Result<CenterInfo, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(CenterInfo {
            slug: fields.take("slug")?,
            name: fields.take("name")?,
            topic: fields.take("topic")?,
            today_on: fields.take("today_on")?,
        })
    }
}

impl FromJson for ItemLink {
    fn from_json(json: Json) -> Result<ItemLink, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(ItemLink { path: fields.take("path")?, kind: fields.take("kind")?, title: fields.take("title")? })
    }
}

impl FromJson for Item {
    fn from_json(json: Json) -> Result<Item, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Item {
            slug: fields.take("slug")?,
            title: fields.take("title")?,
            description: fields.take("description")?,
            summary: fields.take("summary")?,
            image: fields.take("image")?,
            byline: fields.take("byline")?,
            last_revised: fields.take("last_revised")?,
            last_updated: fields.take("last_updated")?,
            // Authored only: data files carry what they give (see the model).
            review_interval_months: None,
            key_points: fields.or_default("key_points")?,
            recommended: fields.optional("recommended")?,
            related: fields.take("related")?,
            sources: Vec::new(),
            content: fields.take("content")?,
        })
    }
}

impl FromJson for ItemContent {
    fn from_json(json: Json) -> Result<ItemContent, ShapeError> {
        tagged(json, |kind, mut fields| match kind {
            "article" => Ok(ItemContent::Article { body: fields.take("body")? }),
            "slideshow" => Ok(ItemContent::Slideshow { slides: fields.take("slides")? }),
            _ => Err(unknown_tag()),
        })
    }
}

impl FromJson for Block {
    fn from_json(json: Json) -> Result<Block, ShapeError> {
        tagged(json, |kind, mut fields| match kind {
            "heading" => Ok(Block::Heading { text: fields.take("text")? }),
            "subheading" => Ok(Block::Subheading { text: fields.take("text")? }),
            "paragraph" => Ok(Block::Paragraph { text: fields.take("text")? }),
            "bullet_list" => Ok(Block::BulletList { items: fields.take("items")? }),
            "numbered_list" => Ok(Block::NumberedList { items: fields.take("items")? }),
            "callout" => Ok(Block::Callout {
                tone: fields.take("tone")?,
                title: fields.take("title")?,
                text: fields.take("text")?,
            }),
            "table" => table(fields).map(Block::Table),
            _ => Err(unknown_tag()),
        })
    }
}

impl FromJson for Inline {
    fn from_json(json: Json) -> Result<Inline, ShapeError> {
        if let Json::Text(text) = json {
            return Ok(Inline::Text(text));
        }
        let mut fields = Fields::of(json)
            .map_err(|_| ShapeError::new("is not text or an object with `em`, `strong`, or `link` and `to`"))?;
        let run = match (fields.optional("em")?, fields.optional("strong")?, fields.optional("link")?) {
            (Some(em), None, None) => Inline::Emphasis { em },
            (None, Some(strong), None) => Inline::Strong { strong },
            (None, None, Some(link)) => Inline::Link { link, to: fields.take("to")? },
            _ => return Err(ShapeError::new("has not exactly one of `em`, `strong`, or `link` (with `to`)")),
        };
        Ok(run)
    }
}

impl FromJson for Table {
    fn from_json(json: Json) -> Result<Table, ShapeError> {
        table(Fields::of(json)?)
    }
}

/// A table from its object's fields (also the value of a `{"table": …}` block).
fn table(mut fields: Fields) -> Result<Table, ShapeError> {
    Ok(Table {
        caption: fields.take("caption")?,
        head: fields.take("head")?,
        align: fields.or_default("align")?,
        row_headers: fields.or_default("row_headers")?,
        rows: fields.take("rows")?,
    })
}

impl FromJson for Image {
    fn from_json(json: Json) -> Result<Image, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Image {
            src: fields.take("src")?,
            width: fields.take("width")?,
            height: fields.take("height")?,
            alt: fields.take("alt")?,
            srcset: fields.optional("srcset")?,
            preview: fields.optional("preview")?,
        })
    }
}

impl FromJson for Tile {
    fn from_json(json: Json) -> Result<Tile, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Tile {
            to: fields.take("to")?,
            caption: fields.take("caption")?,
            label: fields.take("label")?,
            image: fields.take("image")?,
        })
    }
}

impl FromJson for Byline {
    fn from_json(json: Json) -> Result<Byline, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Byline { author: fields.take("author")?, reviewers: fields.take("reviewers")? })
    }
}

impl FromJson for Reviewer {
    fn from_json(json: Json) -> Result<Reviewer, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Reviewer {
            role: fields.take("role")?,
            name: fields.take("name")?,
            credential: fields.take("credential")?,
            specialty: fields.take("specialty")?,
        })
    }
}

impl FromJson for Teaser {
    fn from_json(json: Json) -> Result<Teaser, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Teaser { to: fields.take("to")?, excerpt: fields.take("excerpt")? })
    }
}

impl FromJson for Slide {
    fn from_json(json: Json) -> Result<Slide, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Slide { image: fields.take("image")?, heading: fields.take("heading")?, text: fields.take("text")? })
    }
}

impl FromJson for Date {
    fn from_json(json: Json) -> Result<Date, ShapeError> {
        Date::parse(&String::from_json(json)?).map_err(|_| ShapeError::new("is not a date (YYYY-MM-DD)"))
    }
}

/// A unit enum written as its name (`"article"`): the variant whose name it is.
fn named<T: Copy>(json: Json, names: &[(&str, T)]) -> Result<T, ShapeError> {
    let name = String::from_json(json)?;
    names.iter().find(|(known, _)| *known == name).map(|(_, value)| *value).ok_or_else(|| unknown(&name))
}

impl FromJson for ItemKind {
    fn from_json(json: Json) -> Result<ItemKind, ShapeError> {
        named(json, &[("article", ItemKind::Article), ("slideshow", ItemKind::Slideshow)])
    }
}

impl FromJson for ReviewerRole {
    fn from_json(json: Json) -> Result<ReviewerRole, ShapeError> {
        named(json, &[("primary", ReviewerRole::Primary), ("specialist", ReviewerRole::Specialist)])
    }
}

impl FromJson for CalloutTone {
    fn from_json(json: Json) -> Result<CalloutTone, ShapeError> {
        named(json, &[("info", CalloutTone::Info), ("warning", CalloutTone::Warning), ("urgent", CalloutTone::Urgent)])
    }
}

impl FromJson for ColumnAlign {
    fn from_json(json: Json) -> Result<ColumnAlign, ShapeError> {
        ColumnAlign::try_from(String::from_json(json)?).map_err(ShapeError::new)
    }
}
