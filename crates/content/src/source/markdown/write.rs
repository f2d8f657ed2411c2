//! An item → its Markdown file: how the shipped JSON content was converted, and how
//! generated content for scale tests is written. `read_item` of the result gives the item back.

use crate::model::{Block, CalloutTone, ColumnAlign, Inline, Item, ItemContent, ReviewerRole, Table, is_external};

use super::FENCE;

/// The Markdown file for `item`.
pub fn write_item(item: &Item) -> String {
    let mut out = format!("{FENCE}\n");
    out.push_str(&format!("title = {}\n", toml_string(&item.title)));
    if let ItemContent::Slideshow { .. } = item.content {
        out.push_str("kind = \"slideshow\"\n");
    }
    out.push_str(&format!("description = {}\n", toml_string(&item.description)));
    out.push_str(&format!("summary = {}\n", toml_string(&item.summary)));
    out.push_str(&format!("last_revised = {}\nlast_updated = {}\n", item.last_revised, item.last_updated));
    if let Some(months) = item.review_interval_months {
        out.push_str(&format!("review_interval_months = {months}\n"));
    }
    if !item.key_points.is_empty() {
        out.push_str("key_points = [\n");
        for point in &item.key_points {
            out.push_str(&format!("  {},\n", toml_string(point)));
        }
        out.push_str("]\n");
    }
    if !item.related.is_empty() {
        out.push_str("related = [\n");
        for path in &item.related {
            out.push_str(&format!("  {},\n", toml_string(path)));
        }
        out.push_str("]\n");
    }
    out.push_str(&format!(
        "\n[image]\nsrc = {}\nalt = {}\n",
        toml_string(&item.image.src),
        toml_string(&item.image.alt)
    ));
    out.push_str(&format!("\n[byline]\nauthor = {}\n", toml_string(&item.byline.author)));
    for reviewer in &item.byline.reviewers {
        let role = match reviewer.role {
            ReviewerRole::Primary => "primary",
            ReviewerRole::Specialist => "specialist",
        };
        out.push_str(&format!(
            "\n[[byline.reviewers]]\nrole = \"{role}\"\nname = {}\ncredential = {}\nspecialty = {}\n",
            toml_string(&reviewer.name),
            toml_string(&reviewer.credential),
            toml_string(&reviewer.specialty)
        ));
    }
    if let Some(teaser) = &item.recommended {
        out.push_str(&format!(
            "\n[recommended]\nto = {}\nexcerpt = {}\n",
            toml_string(&teaser.to),
            toml_string(&teaser.excerpt)
        ));
    }
    for source in &item.sources {
        out.push_str(&format!(
            "\n[[sources]]\ntitle = {}\npublisher = {}\n",
            toml_string(&source.title),
            toml_string(&source.publisher)
        ));
        if let Some(year) = source.year {
            out.push_str(&format!("year = {year}\n"));
        }
        out.push_str(&format!("url = {}\n", toml_string(&source.url)));
    }
    out.push_str(FENCE);
    out.push('\n');
    match &item.content {
        ItemContent::Article { body } => {
            body.iter().for_each(|block| out.push_str(&format!("\n{}\n", block_markdown(block))))
        }
        ItemContent::Slideshow { slides } => {
            for slide in slides {
                out.push_str(&format!(
                    "\n## {}\n\n![{}]({})\n",
                    escape(&slide.heading),
                    escape(&slide.image.alt),
                    slide.image.src
                ));
                for paragraph in &slide.text {
                    out.push_str(&format!("\n{}\n", escape(paragraph)));
                }
            }
        }
    }
    out
}

fn block_markdown(block: &Block) -> String {
    match block {
        Block::Heading { text } => format!("## {}", escape(text)),
        Block::Subheading { text } => format!("### {}", escape(text)),
        Block::Paragraph { text } => runs(text),
        Block::BulletList { items } => {
            items.iter().map(|item| format!("- {}", runs(item))).collect::<Vec<_>>().join("\n")
        }
        Block::NumberedList { items } => items
            .iter()
            .enumerate()
            .map(|(i, item)| format!("{}. {}", i + 1, runs(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Callout { tone, title, text } => {
            let kind = match tone {
                CalloutTone::Info => "NOTE",
                CalloutTone::Warning => "WARNING",
                CalloutTone::Urgent => "URGENT",
            };
            format!("> [!{kind}] {}\n> {}", escape(title), runs(text))
        }
        Block::Table(table) => table_markdown(table),
    }
}

/// `Table: caption`, then the header, delimiter and body rows (bold first cells for row headers).
fn table_markdown(table: &Table) -> String {
    let row = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let delimiter = |column| match table.align_of(column) {
        ColumnAlign::Default => "---",
        ColumnAlign::Left => ":--",
        ColumnAlign::Center => ":-:",
        ColumnAlign::Right => "--:",
    };
    let mut lines =
        vec![format!("Table: {}", escape(&table.caption)), row(table.head.iter().map(|label| escape(label)).collect())];
    lines.push(format!("|{}|", (0..table.head.len()).map(delimiter).collect::<Vec<_>>().join("|")));
    for cells in &table.rows {
        let cell = |(column, cell): (usize, &Vec<Inline>)| {
            if column == 0 && table.row_headers { format!("**{}**", runs(cell)) } else { runs(cell) }
        };
        lines.push(row(cells.iter().enumerate().map(cell).collect()));
    }
    lines.join("\n")
}

fn runs(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(text) => escape(text),
            Inline::Emphasis { em } => format!("*{}*", escape(em)),
            Inline::Strong { strong } => format!("**{}**", escape(strong)),
            Inline::Link { link, to } if is_external(to) => format!("[{}](<{to}>)", escape(link)),
            Inline::Link { link, to } => format!("[{}]({to})", escape(link)),
        })
        .collect()
}

/// Text with every character Markdown could read as syntax escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let starts_block = i == 0 && matches!(c, '#' | '-' | '+' | '>' | '=');
        if starts_block || matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '`' | '&' | '!' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. " at the start would begin a numbered list.
    if let Some(dot) = out.find(". ")
        && dot > 0
        && out[..dot].bytes().all(|b| b.is_ascii_digit())
    {
        out.insert(dot, '\\');
    }
    out
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
