//! Tables in articles: a `Table:` caption line above a GitHub-style Markdown table becomes a
//! table block (caption, header, alignment, row headers, inline runs in cells); each mistake
//! a writer can make is refused at its line with what to write instead.

mod fixture;

use fixture::{FRONT, Fixture, assert_error};
use health_content::model::{Block, ColumnAlign, Inline, ItemContent, Table};
use health_content::source::markdown::{read_item, write_item};

fn size(_: &str) -> Result<Option<(u32, u32)>, String> {
    Ok(Some((640, 360)))
}

fn table(body: &str) -> Table {
    let item = read_item("c/a.md", &format!("{FRONT}{body}"), &size).unwrap_or_else(|e| panic!("{e:?}")).item;
    let ItemContent::Article { body } = item.content else { panic!("an article") };
    body.into_iter()
        .find_map(|block| if let Block::Table(table) = block { Some(table) } else { None })
        .expect("a table")
}

fn assert_refused(body: &str, line: usize, says: &str) {
    let errors = read_item("c/a.md", &format!("{FRONT}{body}"), &size).expect_err("refused");
    assert!(
        errors.iter().any(|(l, m)| *l == line && m.contains(says)),
        "expected line {line}: {says:?}; got {errors:?}"
    );
}

fn text(t: &str) -> Inline {
    Inline::Text(t.into())
}

const PAIN: &str = "\n## Options\n\nTable: Pain relievers\n| Medicine | How it helps | Dose |\n|:--|:-:|--:|\n| **Ibuprofen** | Eases *inflammation* | See [the label](/c/b) |\n| **Paracetamol** | Eases pain | 2 \\| 3 |\n";

#[test]
fn a_captioned_table_maps_caption_header_alignment_row_headers_and_runs() {
    let table = table(PAIN);
    assert_eq!(table.caption, "Pain relievers");
    assert_eq!(table.head, ["Medicine", "How it helps", "Dose"]);
    assert_eq!(table.align, [ColumnAlign::Left, ColumnAlign::Center, ColumnAlign::Right]);
    assert!(table.row_headers, "every first cell is bold: the first column names the rows");
    assert_eq!(
        table.rows[0],
        vec![
            vec![text("Ibuprofen")],
            vec![text("Eases "), Inline::Emphasis { em: "inflammation".into() }],
            vec![text("See "), Inline::Link { link: "the label".into(), to: "/c/b".into() }]
        ]
    );
    assert_eq!(table.rows[1][2], vec![text("2 | 3")], "an escaped pipe is text");
}

#[test]
fn without_bold_first_cells_and_alignment_a_table_is_plain() {
    let table = table(
        "\nTable: Sleep by age\n| Age | Hours |\n|---|---|\n| Adults | **7** or more |\n| Teenagers | 8 to 10 |\n",
    );
    assert!(!table.row_headers);
    assert!(table.align.is_empty(), "default alignment is not written");
    assert_eq!(table.rows[0][1], vec![Inline::Strong { strong: "7".into() }, text(" or more")]);
}

#[test]
fn a_table_reads_back_the_same_after_writing() {
    let item = read_item("c/a.md", &format!("{FRONT}{PAIN}"), &size).expect("reads").item;
    let again = read_item("c/a.md", &write_item(&item), &size).expect("reads back").item;
    assert_eq!(again, item);
}

#[test]
fn each_mistake_is_refused_at_its_line() {
    // The body starts at line 21 (a blank line), so its first text is on line 22.
    assert_refused(
        "\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        22,
        "a table needs a caption that says what it shows: write `Table: what the table shows`",
    );
    assert_refused("\nTable: Lonely\n\nText.\n", 22, "the caption `Lonely` needs its table on the next line");
    assert_refused("\nTable:\n| a | b |\n|---|---|\n| 1 | 2 |\n", 22, "the caption is empty");
    assert_refused("\nTable: *Styled*\n| a | b |\n|---|---|\n| 1 | 2 |\n", 22, "captions are plain text");
    assert_refused(
        "\nTable: No delimiter\n| a | b |\n| 1 | 2 |\n",
        22,
        "under a table's header row comes a delimiter row",
    );
    assert_refused("\n| a | b |\n| 1 | 2 |\n", 22, "looks like a table without its delimiter row");
    assert_refused("\nTable: T\n| a |  |\n|---|---|\n| 1 | 2 |\n", 23, "header cell 2 is empty");
    assert_refused("\nTable: T\n| a | *b* |\n|---|---|\n| 1 | 2 |\n", 23, "header cells are plain text");
    assert_refused(
        "\nTable: T\n| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |\n",
        26,
        "this row has 3 cells but the header has 2",
    );
    assert_refused("\nTable: T\n| a | b |\n|---|---|\n| 1 |\n", 25, "the `b` cell of this row is empty");
    assert_refused("\nTable: T\n| a | b |\n|---|---|\n| 1 | - one |\n", 25, "the `b` cell holds a list");
    assert_refused("\nTable: T\n| a | b |\n|---|---|\n| 1 | <br> |\n", 25, "HTML is not allowed");
    assert_refused(
        "\nTable: T\n| a | b |\n|---|---|\n| **1** | 2 |\n| 3 | 4 |\n",
        26,
        "the first cell of this row is not bold",
    );
    assert_refused("\nTable: T\n| a |\n|---|\n| 1 |\n", 23, "at least two columns");
    assert_refused("\nTable: T\n| a | b |\n|---|---|\n", 23, "a header but no rows");
    assert_refused(
        "\n> [!NOTE] Title\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
        23,
        "a table stands on its own between paragraphs, not inside a callout or a list",
    );
}

#[test]
fn a_table_in_a_slideshow_is_refused() {
    let front = FRONT.replace("summary", "kind = \"slideshow\"\nsummary");
    let file = format!("{front}\n## One\n\n![A drawing](/images/ok.svg)\n\nText.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    let errors = read_item("c/s.md", &file, &size).expect_err("refused");
    assert!(errors.iter().any(|(line, m)| *line == 29 && m.contains("tables cannot go in a slideshow")), "{errors:?}");
}

#[test]
fn a_link_in_a_cell_is_checked_and_reported_at_its_row() {
    let fixture = Fixture::new();
    fixture.edit(
        "back/one.md",
        "- one\n- two\n",
        "- one\n- two\n\nTable: T\n| a | b |\n|---|---|\n| 1 | [see](/back/twoo) |\n",
    );
    let errors = fixture.errors();
    assert_error(
        &errors,
        "back/one.md",
        Some(37),
        "link to /back/twoo is not a page of this site (did you mean /back/two?)",
    );
}
