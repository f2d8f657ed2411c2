//! A slideshow's Markdown body → slides: each `##` section is one slide, with its picture
//! (`![alt text](/images/…)`) and then its text, one plain paragraph or more.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::events::{Located, blocks, heading_text, is_end, plain_text, refusal};
use super::lines::FieldLines;
use crate::model::{Image, Slide};

/// Reads the picture at a site path: its width and height, `None` if there is no such file
/// (validation reports that, with every other problem), or why its size cannot be read.
pub type ImageSize<'s> = dyn Fn(&str) -> Result<Option<(u32, u32)>, String> + 's;

/// The slides of `body`, recording each slide's line; or every problem with its line.
pub fn read_slides(
    body: &str,
    first_line: usize,
    image_size: &ImageSize,
    lines: &mut FieldLines,
) -> Result<Vec<Slide>, Vec<(usize, String)>> {
    let mut slides: Vec<Slide> = Vec::new();
    let mut errors = Vec::new();
    // Whether the current slide's next paragraph is its picture; and the slides already
    // reported, so that one mistake gives one message.
    let mut awaiting_picture = false;
    let mut reported = Vec::new();
    for events in blocks(body, first_line) {
        let (first, line) = (&events[0].0, events[0].1);
        let inner = events.get(1..events.len().saturating_sub(1)).unwrap_or_default();
        let current = slides.len().saturating_sub(1);
        let result = match (first, slides.last_mut()) {
            (Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }), _) => heading_text(inner, line).map(|heading| {
                lines.record(format!("slides[{}]", slides.len()), line);
                slides.push(Slide { image: Image { src: String::new(), width: 0, height: 0, alt: String::new(), srcset: None, preview: None }, heading, text: Vec::new() });
                awaiting_picture = true;
            }),
            (Event::Start(Tag::Heading { .. }), _) => Err((line, "each slide starts with a `##` heading; other levels are not used in slideshows".into())),
            (Event::Start(Tag::Table(_)), _) => Err((line, "tables cannot go in a slideshow: a slide holds its picture and a few plain paragraphs; put the comparison in an article and link to it".into())),
            (_, None) => Err((line, "a slideshow's body starts with its first slide's `##` heading".into())),
            (Event::Start(Tag::Paragraph), Some(slide)) if awaiting_picture => {
                awaiting_picture = false;
                picture(inner, line, image_size).map(|image| {
                    lines.record(format!("slides[{current}].image"), line);
                    slide.image = image;
                })
            }
            (Event::Start(Tag::Paragraph), Some(slide)) => plain_text(inner, "slide text").map(|text| slide.text.push(text)),
            (other, _) => Err((line, refusal(other))),
        };
        if let Err(problem) = result {
            errors.push(problem);
            reported.push(current);
        }
    }
    for (i, slide) in slides.iter().enumerate() {
        if !reported.contains(&i) && (slide.image.src.is_empty() || slide.text.is_empty()) {
            let line = lines.line_of(&format!("slides[{i}]")).unwrap_or(first_line);
            errors.push((
                line,
                format!("the slide `{}` needs a picture (![alt text](/images/…)) and then its text", slide.heading),
            ));
        }
    }
    if errors.is_empty() { Ok(slides) } else { Err(errors) }
}

/// A paragraph that is one picture: `![alt text](/images/…)`.
fn picture(events: &[Located], line: usize, image_size: &ImageSize) -> Result<Image, (usize, String)> {
    let hint = "after a slide's heading comes its picture, alone in a paragraph: ![what the picture shows](/images/…)";
    let Some((Event::Start(Tag::Image { dest_url, .. }), _)) = events.first() else { return Err((line, hint.into())) };
    let end = events.iter().position(|(e, _)| is_end(e, TagEnd::Image)).ok_or((line, hint.to_string()))?;
    if end + 1 != events.len() {
        return Err((line, hint.into()));
    }
    let alt = plain_text(&events[1..end], "alt text")?;
    if alt.trim().is_empty() {
        return Err((line, "the picture needs alt text: ![what the picture shows](…)".into()));
    }
    let (width, height) = image_size(dest_url).map_err(|message| (line, message))?.unwrap_or_default();
    Ok(Image { src: dest_url.to_string(), width, height, alt, srcset: None, preview: None })
}
