//! pulldown-cmark's events, each with its file line, grouped into top-level blocks; and the
//! inline runs of a paragraph, list item or callout.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::lines::LineIndex;
use crate::model::Inline;

/// One event and the file line it starts on.
pub type Located<'a> = (Event<'a>, usize);

/// The Markdown syntax we parse, so that what we do not support is seen and refused (a table
/// must not slip through as a paragraph of pipes).
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// The body's top-level blocks, each as its events (from its `Start` to its `End`).
pub fn blocks<'a>(body: &'a str, first_line: usize) -> Vec<Vec<Located<'a>>> {
    let index = LineIndex::new(body, first_line);
    let mut blocks = Vec::new();
    let mut current = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let line = index.line(range.start);
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        current.push((event, line));
        if depth == 0 {
            blocks.push(std::mem::take(&mut current));
        }
    }
    blocks
}

/// Reads inline runs from `events` until the end of their container; a run we cannot show
/// is an error naming its line and what to write instead.
pub fn inlines(events: &[Located]) -> Result<Vec<Inline>, (usize, String)> {
    let mut runs: Vec<Inline> = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, line) = &events[at];
        let line = *line;
        at += 1;
        match event {
            Event::Text(text) => push_text(&mut runs, text),
            Event::SoftBreak => push_text(&mut runs, " "),
            Event::Start(tag @ (Tag::Emphasis | Tag::Strong | Tag::Link { .. })) => {
                let (words, used) = plain_until_end(&events[at..], line)?;
                at += used;
                runs.push(match tag {
                    Tag::Emphasis => Inline::Emphasis { em: nonempty(words, line, "emphasis (*…*)")? },
                    Tag::Link { link_type, dest_url, .. } => link(*link_type, dest_url, words, line)?,
                    // Strong, the one tag left (the pattern above admits no other).
                    _ => Inline::Strong { strong: nonempty(words, line, "strong text (**…**)")? },
                });
            }
            other => return Err((line, refusal(other))),
        }
    }
    Ok(runs)
}

/// The plain text inside emphasis, strong text or a link, up to its end; and how many
/// events that took (the end included).
fn plain_until_end(events: &[Located], line: usize) -> Result<(String, usize), (usize, String)> {
    let mut words = String::new();
    for (used, (event, at)) in events.iter().enumerate() {
        match event {
            Event::Text(text) => words.push_str(text),
            Event::SoftBreak => words.push(' '),
            Event::End(_) => return Ok((words, used + 1)),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. }) => {
                return Err((
                    *at,
                    "formatting inside emphasis, strong text or a link is not supported: keep each one plain text"
                        .into(),
                ));
            }
            other => return Err((*at, refusal(other))),
        }
    }
    Err((line, "unfinished formatting".into()))
}

fn push_text(runs: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = runs.last_mut() {
        last.push_str(text);
    } else {
        runs.push(Inline::Text(text.to_string()));
    }
}

fn nonempty(words: String, line: usize, what: &str) -> Result<String, (usize, String)> {
    if words.trim().is_empty() {
        Err((line, format!("empty {what}: remove it or put words inside")))
    } else {
        Ok(words)
    }
}

fn link(kind: LinkType, to: &str, words: String, line: usize) -> Result<Inline, (usize, String)> {
    if to.trim().is_empty() {
        return Err((
            line,
            format!("the link `{words}` has no target: write [words](/center/page) or [words](https://…)"),
        ));
    }
    if matches!(kind, LinkType::Email) || to.starts_with("mailto:") {
        return Err((line, format!("email links are not supported (`{to}`): link to a page instead")));
    }
    if to.starts_with("http://") {
        return Err((line, format!("link to {to}: use its https:// address")));
    }
    if !(to.starts_with('/') || to.starts_with("https://")) {
        return Err((
            line,
            format!(
                "link to {to}: a link to one of our pages starts with / (e.g. /back-pain/sciatica); one to another site with https://"
            ),
        ));
    }
    if words.trim().is_empty() {
        return Err((line, format!("the link to {to} has no text: write [words that say where it goes]({to})")));
    }
    Ok(Inline::Link { link: words, to: to.to_string() })
}

/// What to say about an event we do not support, wherever it appears.
pub fn refusal(event: &Event) -> String {
    match event {
        Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => "HTML is not allowed in content: write Markdown (see docs/writing.md)".into(),
        Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => "code is not supported in health content: write it as plain text".into(),
        Event::HardBreak => "a line break inside a paragraph (two spaces or \\ at a line's end) is not supported: start a new paragraph with a blank line".into(),
        Event::Start(Tag::Image { .. }) => "pictures cannot go in an article's text: an article has one picture (`image` in the front matter); a slideshow has one per slide".into(),
        Event::Start(Tag::Table(_)) => "a table stands on its own between paragraphs, not inside a callout or a list: move it out, with its `Table:` caption line above it".into(),
        Event::Start(Tag::Strikethrough) => "struck-through text (~~…~~) is not supported: remove what is no longer true".into(),
        Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_)) => {
            "footnotes are not supported: list the evidence under `sources` in the front matter".into()
        }
        Event::TaskListMarker(_) => "checkboxes ([ ] and [x]) are not supported: use a plain list".into(),
        Event::Rule => "horizontal rules (---) are not supported: start a new section with a ## heading".into(),
        Event::Start(Tag::List(_)) => "lists cannot be nested: make one flat list, or split it under ### headings".into(),
        Event::Start(Tag::BlockQuote(_)) => "quotes (>) are only for callouts: start one with `> [!NOTE] Title`, `> [!WARNING] Title` or `> [!URGENT] Title`".into(),
        Event::Start(Tag::Heading { .. }) => "a heading cannot go here".into(),
        Event::Start(Tag::Paragraph) => "only one paragraph fits here".into(),
        other => format!("{other:?} is not supported (see docs/writing.md)"),
    }
}

/// The text of a heading's inner events (which must be plain).
pub fn heading_text(events: &[Located], line: usize) -> Result<String, (usize, String)> {
    nonempty(plain_text(events, "headings")?, line, "heading")
}

/// The words of inline events that must be plain text (`what`, e.g. "slide text", names
/// them in the message when they are not).
pub fn plain_text(events: &[Located], what: &str) -> Result<String, (usize, String)> {
    let mut words = String::new();
    for (event, at) in events {
        match event {
            Event::Text(text) => words.push_str(text),
            Event::SoftBreak => words.push(' '),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. }) => {
                let verb = if what.ends_with('s') { "are" } else { "is" };
                return Err((*at, format!("{what} {verb} plain text: no emphasis, strong text or links")));
            }
            other => return Err((*at, refusal(other))),
        }
    }
    Ok(words)
}

/// Whether an event ends a container of the given kind.
pub fn is_end(event: &Event, end: TagEnd) -> bool {
    matches!(event, Event::End(found) if *found == end)
}
