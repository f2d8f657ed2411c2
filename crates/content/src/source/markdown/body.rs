//! An article's Markdown body → the model's blocks: `##`/`###` headings, paragraphs, bullet
//! and numbered lists, callouts (`> [!NOTE] Title`, `> [!WARNING] Title`, `> [!URGENT] Title`)
//! and tables (a `Table: caption` line, then a GitHub-style table).

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::events::{Located, blocks, heading_text, inlines, is_end, refusal};
use super::lines::FieldLines;
use super::table::{caption, caption_hint, read_table, starts_a_line_with_pipe};
use crate::model::{Block, CalloutTone, Inline};

/// The blocks of `body` (whose first line is `first_line` of `file`), recording each block's
/// line; or every problem, one per block, each with its line.
pub fn read_body(body: &str, first_line: usize, lines: &mut FieldLines) -> Result<Vec<Block>, Vec<(usize, String)>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut section_open = false;
    let source: Vec<&str> = body.lines().collect();
    let row_text = |line: usize| source.get(line.wrapping_sub(first_line)).copied().unwrap_or_default().to_string();
    let mut pending = blocks(body, first_line).into_iter().peekable();
    while let Some(events) = pending.next() {
        let line = events[0].1;
        // A `Table:` paragraph is the caption of the table that must follow it.
        let (result, events) = match inner_caption(&events) {
            Some(Ok(caption)) => match pending.next_if(|next| matches!(next[0].0, Event::Start(Tag::Table(_)))) {
                Some(table) => (read_table(&table, caption, &row_text).map(Block::Table), table),
                None => (
                    Err((
                        line,
                        format!(
                            "the caption `{caption}` needs its table on the next line (a `Table:` line stands right above a table)"
                        ),
                    )),
                    events,
                ),
            },
            Some(Err(problem)) => (Err(problem), events),
            None => (block(&events, &mut section_open), events),
        };
        match result {
            Ok(block) => {
                record_runs(&block, out.len(), &events, lines);
                lines.record(format!("body[{}]", out.len()), line);
                out.push(block);
            }
            Err(problem) => errors.push(problem),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// The caption, if `events` is a paragraph that starts with `Table:`.
fn inner_caption(events: &[Located]) -> Option<Result<String, (usize, String)>> {
    match events.first() {
        Some((Event::Start(Tag::Paragraph), line)) => caption(&events[1..events.len() - 1], *line),
        _ => None,
    }
}

/// One top-level block from its events (`Start` … `End`).
fn block(events: &[Located], section_open: &mut bool) -> Result<Block, (usize, String)> {
    let (first, line) = (&events[0].0, events[0].1);
    // A lone event (a rule, raw HTML) has no inner events.
    let inner = events.get(1..events.len().saturating_sub(1)).unwrap_or_default();
    match first {
        Event::Start(Tag::Heading { level, .. }) => {
            let text = heading_text(inner, line)?;
            match level {
                HeadingLevel::H1 => Err((
                    line,
                    "`#` is the page title, which comes from `title` in the front matter: start sections with `##`"
                        .into(),
                )),
                HeadingLevel::H2 => {
                    *section_open = true;
                    Ok(Block::Heading { text })
                }
                HeadingLevel::H3 if *section_open => Ok(Block::Subheading { text }),
                HeadingLevel::H3 => Err((
                    line,
                    "a `###` heading must come under a `##` heading (heading levels cannot be skipped)".into(),
                )),
                _ => Err((line, "headings go two levels deep, `##` and `###`: use one of those".into())),
            }
        }
        Event::Start(Tag::Paragraph) if starts_a_line_with_pipe(inner) => Err((
            line,
            format!(
                "this looks like a table without its delimiter row: under the header row write one, e.g. `|---|---|`, one `---` per column; and {}",
                caption_hint()
            ),
        )),
        Event::Start(Tag::Paragraph) => Ok(Block::Paragraph { text: inlines(inner)? }),
        Event::Start(Tag::Table(_)) => {
            Err((line, format!("a table needs a caption that says what it shows: {}", caption_hint())))
        }
        Event::Start(Tag::List(start)) => {
            let items = list_items(inner, line)?;
            match start {
                None => Ok(Block::BulletList { items }),
                Some(1) => Ok(Block::NumberedList { items }),
                Some(n) => Err((line, format!("a numbered list starts at 1 (this one starts at {n})"))),
            }
        }
        Event::Start(Tag::BlockQuote(_)) => callout(inner, line),
        other => Err((line, refusal(other))),
    }
}

/// A list's items, each one paragraph of inline runs (tight `- a` or loose, with blank lines).
fn list_items(events: &[Located], line: usize) -> Result<Vec<Vec<Inline>>, (usize, String)> {
    let mut items = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, item_line) = (&events[at].0, events[at].1);
        if !matches!(event, Event::Start(Tag::Item)) {
            return Err((item_line, refusal(event)));
        }
        let end = at
            + events[at..]
                .iter()
                .position(|(e, _)| is_end(e, TagEnd::Item))
                .ok_or((line, "unfinished list".to_string()))?;
        let mut content = &events[at + 1..end];
        // A loose item wraps its text in one paragraph.
        if let Some((Event::Start(Tag::Paragraph), _)) = content.first() {
            let close = content.iter().position(|(e, _)| is_end(e, TagEnd::Paragraph)).unwrap_or(content.len() - 1);
            if close + 1 != content.len() {
                let (next, next_line) = &content[close + 1];
                return Err((*next_line, format!("a list item holds one paragraph: {}", refusal(next))));
            }
            content = &content[1..close];
        }
        let runs = inlines(content)?;
        if runs.is_empty() {
            return Err((item_line, "an empty list item: remove it or write its text".into()));
        }
        items.push(runs);
        at = end + 1;
    }
    Ok(items)
}

/// `> [!NOTE] Title` or `> [!WARNING] Title`, then one paragraph (on the next lines of the
/// quote, or after a `>` blank line).
fn callout(events: &[Located], line: usize) -> Result<Block, (usize, String)> {
    let paragraphs: Vec<&[Located]> = split_paragraphs(events)?;
    let first =
        paragraphs.first().ok_or((line, "an empty quote: start a callout with `> [!NOTE] Title`".to_string()))?;
    // The marker line: the events of the first paragraph on its first line.
    let marker_line = first.first().map_or(line, |(_, l)| *l);
    let on_marker_line = first.iter().take_while(|(e, l)| *l == marker_line && !matches!(e, Event::SoftBreak)).count();
    if let Some((event, at)) = first[..on_marker_line].iter().find(|(e, _)| !matches!(e, Event::Text(_))) {
        return Err((*at, format!("a callout's title line is plain text: {}", refusal(event))));
    }
    let marker: String = first[..on_marker_line]
        .iter()
        .map(|(e, _)| if let Event::Text(t) = e { t.to_string() } else { String::new() })
        .collect();
    let (tone, title) = parse_marker(&marker).map_err(|message| (marker_line, message))?;
    // What follows the marker line in the same paragraph is the text; else the next paragraph.
    let rest = first.get(on_marker_line + 1..).unwrap_or_default();
    let (text, extra) = if rest.is_empty() { (paragraphs.get(1).copied(), 2) } else { (Some(rest), 1) };
    let text =
        text.ok_or((marker_line, format!("the callout `{title}` needs a paragraph of text after its title line")))?;
    if let Some(more) = paragraphs.get(extra) {
        return Err((
            more.first().map_or(line, |(_, l)| *l),
            "a callout holds one paragraph after its title: merge them, or end the quote".into(),
        ));
    }
    Ok(Block::Callout { tone, title, text: inlines(text)? })
}

/// The callout's tone and title from its first line, e.g. `[!WARNING] Get help now if`.
fn parse_marker(line: &str) -> Result<(CalloutTone, String), String> {
    let hint = "start a callout with `> [!NOTE] Title` (information), `> [!WARNING] Title` (take care) or `> [!URGENT] Title` (get help now)";
    let rest =
        line.trim_start().strip_prefix("[!").ok_or_else(|| format!("quotes (>) are only for callouts: {hint}"))?;
    let (kind, title) = rest.split_once(']').ok_or_else(|| hint.to_string())?;
    let tone = match kind.to_ascii_uppercase().as_str() {
        "NOTE" => CalloutTone::Info,
        "WARNING" => CalloutTone::Warning,
        "URGENT" => CalloutTone::Urgent,
        other => {
            return Err(format!(
                "[!{other}] is not a callout we have: use [!NOTE] (information), [!WARNING] (take care) or [!URGENT] (get help now)"
            ));
        }
    };
    let title = title.trim();
    if title.is_empty() {
        return Err(format!(
            "the callout needs a title on the same line, e.g. `> [!{}] When to get help`",
            kind.to_ascii_uppercase()
        ));
    }
    Ok((tone, title.to_string()))
}

/// The paragraphs inside a quote, each as its inner events; anything else is refused.
fn split_paragraphs<'e, 'a>(events: &'e [Located<'a>]) -> Result<Vec<&'e [Located<'a>]>, (usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let (event, line) = (&events[at].0, events[at].1);
        if !matches!(event, Event::Start(Tag::Paragraph)) {
            return Err((line, format!("a callout holds a title line and one paragraph: {}", refusal(event))));
        }
        let end =
            at + events[at..].iter().position(|(e, _)| is_end(e, TagEnd::Paragraph)).unwrap_or(events.len() - at - 1);
        out.push(&events[at + 1..end]);
        at = end + 1;
    }
    Ok(out)
}

/// Records the line of every link run of `block` (validation names links by field path).
fn record_runs(block: &Block, index: usize, events: &[Located], lines: &mut FieldLines) {
    let link_lines: Vec<usize> =
        events.iter().filter(|(e, _)| matches!(e, Event::Start(Tag::Link { .. }))).map(|(_, l)| *l).collect();
    let mut links = link_lines.into_iter();
    let mut record = |field: String, runs: &[Inline]| {
        for (i, run) in runs.iter().enumerate() {
            if matches!(run, Inline::Link { .. })
                && let Some(line) = links.next()
            {
                lines.record(format!("{field}[{i}]"), line);
            }
        }
    };
    match block {
        Block::Paragraph { text } | Block::Callout { text, .. } => record(format!("body[{index}].text"), text),
        Block::BulletList { items } | Block::NumberedList { items } => {
            for (i, runs) in items.iter().enumerate() {
                record(format!("body[{index}].items[{i}]"), runs);
            }
        }
        Block::Table(table) => {
            for (r, row) in table.rows.iter().enumerate() {
                for (c, runs) in row.iter().enumerate() {
                    record(format!("body[{index}].rows[{r}][{c}]"), runs);
                }
            }
        }
        Block::Heading { .. } | Block::Subheading { .. } => {}
    }
}
