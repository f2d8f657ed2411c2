//! Markdown item files: TOML front matter between `+++` lines, then the body (an article's
//! text, or a slideshow's slides). Read natively only: the wasm has no Markdown parser.
//!
//! Everything we cannot show is an error naming its line and what to write instead; nothing
//! is dropped or passed through. docs/writing.md is the writers' guide to this format.

mod body;
mod events;
mod front_matter;
mod lines;
mod slides;
mod table;
mod write;

pub use front_matter::FENCE;
pub use lines::FieldLines;
pub use slides::ImageSize;
pub use write::write_item;

use crate::model::{Image, Item, ItemContent, ItemKind};

/// An item read from Markdown, with where its fields are.
#[derive(Clone, Debug)]
pub struct MarkdownItem {
    /// The item.
    pub item: Item,
    /// A draft is checked but not published (`draft = true` in the front matter).
    pub draft: bool,
    /// The line of every field, for problems found later.
    pub lines: FieldLines,
}

/// Reads the item file `file` (e.g. `back-pain/sciatica.md`) whose text is `text`; its slug is
/// the file name. `image_size` reads a picture's dimensions from the content folder.
pub fn read_item(file: &str, text: &str, image_size: &ImageSize) -> Result<MarkdownItem, Vec<(usize, String)>> {
    let split = front_matter::split(text).map_err(|e| vec![e])?;
    let mut lines = FieldLines::default();
    let front = front_matter::parse(&split, &mut lines).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let line_of = |field: &str| lines.line_of(field).unwrap_or(1);
    let mut date = |field: &str, value| {
        front_matter::date(value).map_err(|message| errors.push((line_of(field), format!("{field}: {message}")))).ok()
    };
    let (last_revised, last_updated) =
        (date("last_revised", &front.last_revised), date("last_updated", &front.last_updated));
    let (width, height) = match image_size(&front.image.src) {
        Ok(size) => size.unwrap_or_default(),
        Err(message) => {
            errors.push((line_of("image.src"), format!("image.src: {message}")));
            (0, 0)
        }
    };
    let image = Image {
        src: front.image.src.clone(),
        width,
        height,
        alt: front.image.alt.clone(),
        srcset: None,
        preview: None,
    };
    let content = match front.kind {
        ItemKind::Article => {
            body::read_body(split.body, split.body_line, &mut lines).map(|body| ItemContent::Article { body })
        }
        ItemKind::Slideshow => slides::read_slides(split.body, split.body_line, image_size, &mut lines)
            .map(|slides| ItemContent::Slideshow { slides }),
    };
    let content = content.map_err(|mut found| errors.append(&mut found)).ok();
    let (Some(last_revised), Some(last_updated), Some(content), true) =
        (last_revised, last_updated, content, errors.is_empty())
    else {
        errors.sort();
        return Err(errors);
    };
    let slug = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".md").to_string();
    let item = Item {
        slug,
        title: front.title,
        description: front.description,
        summary: front.summary,
        image,
        byline: front.byline,
        last_revised,
        last_updated,
        review_interval_months: front.review_interval_months,
        key_points: front.key_points,
        recommended: front.recommended,
        related: front.related,
        sources: front.sources,
        content,
    };
    Ok(MarkdownItem { item, draft: front.draft, lines })
}
