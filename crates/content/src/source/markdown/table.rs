//! A Markdown table (GitHub style, as pulldown-cmark reads it) with the `Table:` caption line
//! above it → the model's table. Rows whose first cells are all bold name their rows.

use pulldown_cmark::{Alignment, Event, Tag, TagEnd};

use super::events::{Located, inlines, is_end, plain_text};
use crate::model::{ColumnAlign, Inline, Table};

/// What starts a caption: `Table: what the table shows`, on the line above the table.
pub const CAPTION_MARKER: &str = "Table:";

/// The caption text if the paragraph `events` (its inner events) is a `Table:` line.
pub fn caption(events: &[Located], line: usize) -> Option<Result<String, (usize, String)>> {
    let Some((Event::Text(first), _)) = events.first() else { return None };
    first.trim_start().starts_with(CAPTION_MARKER).then(|| {
        if starts_a_line_with_pipe(events) {
            return Err((line, format!("the caption is followed by no table: under a table's header row comes a delimiter row, e.g. `|---|---|`, one `---` per column ({})", caption_hint())));
        }
        let text = plain_text(events, "captions")?;
        let caption = text.trim_start().trim_start_matches(CAPTION_MARKER).trim();
        if caption.is_empty() { Err((line, format!("the caption is empty: {}", caption_hint()))) } else { Ok(caption.to_string()) }
    })
}

/// How to write a caption, for messages.
pub fn caption_hint() -> &'static str {
    "write `Table: what the table shows` on the line above the table"
}

/// Whether a paragraph has a line that starts with `|`: a table missing its delimiter row,
/// which Markdown reads as text.
pub fn starts_a_line_with_pipe(events: &[Located]) -> bool {
    let mut line_start = true;
    events.iter().any(|(event, _)| {
        let pipe = line_start && matches!(event, Event::Text(text) if text.trim_start().starts_with('|'));
        line_start = matches!(event, Event::SoftBreak);
        pipe
    })
}

/// The table of `events` (its `Start(Table)` … `End(Table)`), captioned `caption`;
/// `row_text(line)` is the source text of a file line, to count the cells a row was written
/// with (Markdown drops the cells beyond the header's, and we must not).
pub fn read_table(
    events: &[Located],
    caption: String,
    row_text: &dyn Fn(usize) -> String,
) -> Result<Table, (usize, String)> {
    let (Event::Start(Tag::Table(aligns)), line) = &events[0] else { return Err((events[0].1, "not a table".into())) };
    let line = *line;
    let align: Vec<ColumnAlign> = aligns.iter().map(column_align).collect();
    let align = if align.iter().all(|a| *a == ColumnAlign::Default) { Vec::new() } else { align };
    let mut head = Vec::new();
    let mut rows: Vec<(usize, Vec<Vec<Inline>>)> = Vec::new();
    let mut at = 1;
    while at < events.len() - 1 {
        let (event, row_line) = (&events[at].0, events[at].1);
        let end_tag = match event {
            Event::Start(Tag::TableHead) => TagEnd::TableHead,
            Event::Start(Tag::TableRow) => TagEnd::TableRow,
            other => return Err((row_line, format!("{other:?} in a table"))),
        };
        let end = at
            + events[at..]
                .iter()
                .position(|(e, _)| is_end(e, end_tag))
                .ok_or((row_line, "unfinished table".to_string()))?;
        let cells = cells(&events[at + 1..end]);
        if end_tag == TagEnd::TableHead {
            head = header(&cells, row_line)?;
        } else {
            let written = count_cells(&row_text(row_line));
            if written > head.len() {
                return Err((
                    row_line,
                    format!(
                        "this row has {written} cells but the header has {}: add a column to the header, or merge the extra cells",
                        head.len()
                    ),
                ));
            }
            let mut row = Vec::new();
            for (column, cell) in cells.iter().enumerate() {
                row.push(body_cell(cell, row_line, &head[column])?);
            }
            rows.push((row_line, row));
        }
        at = end + 1;
    }
    if head.len() < 2 {
        return Err((line, "a table needs at least two columns: write a one-column table as a list".into()));
    }
    if rows.is_empty() {
        return Err((line, "the table has a header but no rows: add at least one row under the delimiter row".into()));
    }
    let row_headers = row_headers(&mut rows)?;
    Ok(Table { caption, head, align, row_headers, rows: rows.into_iter().map(|(_, row)| row).collect() })
}

fn column_align(alignment: &Alignment) -> ColumnAlign {
    match alignment {
        Alignment::None => ColumnAlign::Default,
        Alignment::Left => ColumnAlign::Left,
        Alignment::Center => ColumnAlign::Center,
        Alignment::Right => ColumnAlign::Right,
    }
}

/// Each cell's inner events, from a row's (or the header's) events.
fn cells<'e, 'a>(events: &'e [Located<'a>]) -> Vec<&'e [Located<'a>]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::TableCell) => start = i + 1,
            Event::End(TagEnd::TableCell) => out.push(&events[start..i]),
            _ => {}
        }
    }
    out
}

fn header(cells: &[&[Located]], line: usize) -> Result<Vec<String>, (usize, String)> {
    cells
        .iter()
        .enumerate()
        .map(|(column, cell)| {
            let label = plain_text(cell, "header cells")?.trim().to_string();
            if label.is_empty() {
                return Err((
                    line,
                    format!(
                        "header cell {} is empty: every column needs a label that says what its cells hold",
                        column + 1
                    ),
                ));
            }
            Ok(label)
        })
        .collect()
}

fn body_cell(cell: &[Located], line: usize, label: &str) -> Result<Vec<Inline>, (usize, String)> {
    let runs = inlines(cell)?;
    let text: String = runs.iter().map(run_text).collect();
    if text.trim().is_empty() {
        return Err((
            line,
            format!("the `{label}` cell of this row is empty: write what it means, e.g. \"none\" or \"not known\""),
        ));
    }
    let starts_list = text.starts_with("- ")
        || text.starts_with("+ ")
        || text.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if starts_list {
        return Err((
            line,
            format!(
                "the `{label}` cell holds a list: a cell holds a line of text (lists, paragraphs and headings cannot go in a table); give each item its own row"
            ),
        ));
    }
    Ok(trim_runs(runs))
}

/// A cell's text without the spaces Markdown leaves around it.
fn trim_runs(mut runs: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text(first)) = runs.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Inline::Text(last)) = runs.last_mut() {
        *last = last.trim_end().to_string();
    }
    runs.retain(|run| !matches!(run, Inline::Text(text) if text.is_empty()));
    runs
}

fn run_text(run: &Inline) -> &str {
    match run {
        Inline::Text(text) => text,
        Inline::Emphasis { em } => em,
        Inline::Strong { strong } => strong,
        Inline::Link { link, .. } => link,
    }
}

/// Whether every row's first cell is bold (`**Ibuprofen**`), the writer's mark that the first
/// column names the rows; those cells lose the bold (a row header is bold already). Some bold
/// and some not is refused: it is either a slip or a table that means something else.
fn row_headers(rows: &mut [(usize, Vec<Vec<Inline>>)]) -> Result<bool, (usize, String)> {
    let bold = |row: &Vec<Vec<Inline>>| matches!(row.first().map(Vec::as_slice), Some([Inline::Strong { .. }]));
    let count = rows.iter().filter(|(_, row)| bold(row)).count();
    if count == 0 {
        return Ok(false);
    }
    if let Some((line, _)) = rows.iter().find(|(_, row)| !bold(row)) {
        return Err((
            *line,
            format!(
                "the first cell of this row is not bold, but {count} other rows' are: make every first cell bold (**…**) when the first column names the rows, or none"
            ),
        ));
    }
    for (_, row) in rows.iter_mut() {
        if let Some(Inline::Strong { strong }) = row[0].pop() {
            row[0].push(Inline::Text(strong));
        }
    }
    Ok(true)
}

/// How many cells a table row was written with: `| a | b \| c |` has two.
pub fn count_cells(row: &str) -> usize {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let mut cells = 1;
    let mut escaped = false;
    let mut trailing_pipe = false;
    for c in row.chars() {
        trailing_pipe = c == '|' && !escaped;
        cells += usize::from(trailing_pipe);
        escaped = c == '\\' && !escaped;
    }
    if trailing_pipe { cells - 1 } else { cells }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_counted_as_written() {
        assert_eq!(count_cells("| a | b |"), 2);
        assert_eq!(count_cells("a | b"), 2);
        assert_eq!(count_cells("| a | b \\| c |"), 2);
        assert_eq!(count_cells("| a | b | c |   "), 3);
    }
}
