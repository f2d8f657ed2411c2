//! The Markdown mapping: each construct writers may use becomes the block or run it means;
//! each one we do not support is refused with its line and what to write instead.

mod fixture;

use fixture::FRONT;
use health_content::model::{Block, CalloutTone, Inline, ItemContent};
use health_content::source::ContentTree;
use health_content::source::markdown::{read_item, write_item};

fn size(src: &str) -> Result<Option<(u32, u32)>, String> {
    if src.ends_with("ok.svg") {
        Ok(Some((640, 360)))
    } else if src.ends_with(".svg") {
        Ok(None)
    } else {
        Err(format!("{src}: pictures are SVG, PNG or JPEG files"))
    }
}

/// The body blocks of an article whose body is `body`.
fn body(body: &str) -> Vec<Block> {
    let item = read_item("c/a.md", &format!("{FRONT}{body}"), &size).unwrap_or_else(|e| panic!("{e:?}")).item;
    match item.content {
        ItemContent::Article { body } => body,
        ItemContent::Slideshow { .. } => panic!("an article"),
    }
}

/// The problems in an article whose body is `body`: (line, message).
fn refused(body: &str) -> Vec<(usize, String)> {
    read_item("c/a.md", &format!("{FRONT}{body}"), &size).expect_err("refused")
}

fn assert_refused(body: &str, line: usize, says: &str) {
    let errors = refused(body);
    assert!(
        errors.iter().any(|(l, m)| *l == line && m.contains(says)),
        "expected line {line}: {says:?}; got {errors:?}"
    );
}

fn text(t: &str) -> Inline {
    Inline::Text(t.into())
}

#[test]
fn headings_paragraphs_and_inline_runs() {
    let blocks = body(
        "\n## Section\n\n### Part\n\nPlain *soft* **firm** [a page](/c/b) and\n[a source](https://www.nhs.uk/conditions/sciatica/).\n",
    );
    assert_eq!(blocks[0], Block::Heading { text: "Section".into() });
    assert_eq!(blocks[1], Block::Subheading { text: "Part".into() });
    assert_eq!(
        blocks[2],
        Block::Paragraph {
            text: vec![
                text("Plain "),
                Inline::Emphasis { em: "soft".into() },
                text(" "),
                Inline::Strong { strong: "firm".into() },
                text(" "),
                Inline::Link { link: "a page".into(), to: "/c/b".into() },
                text(" and "),
                Inline::Link { link: "a source".into(), to: "https://www.nhs.uk/conditions/sciatica/".into() },
                text("."),
            ]
        }
    );
}

#[test]
fn bullet_and_numbered_lists_tight_or_loose() {
    let blocks = body("\n- one\n- *two*\n\n1. first\n\n2. second\n");
    assert_eq!(
        blocks[0],
        Block::BulletList { items: vec![vec![text("one")], vec![Inline::Emphasis { em: "two".into() }]] }
    );
    assert_eq!(blocks[1], Block::NumberedList { items: vec![vec![text("first")], vec![text("second")]] });
}

#[test]
fn callouts_with_the_title_on_the_marker_line() {
    let blocks =
        body("\n> [!WARNING] Get help now if\n> you have **chest pain**.\n\n> [!NOTE] Good to know\n>\n> It passes.\n");
    assert_eq!(
        blocks[0],
        Block::Callout {
            tone: CalloutTone::Warning,
            title: "Get help now if".into(),
            text: vec![text("you have "), Inline::Strong { strong: "chest pain".into() }, text(".")]
        }
    );
    assert_eq!(
        blocks[1],
        Block::Callout { tone: CalloutTone::Info, title: "Good to know".into(), text: vec![text("It passes.")] }
    );
}

#[test]
fn a_slideshow_is_its_sections() {
    let file = format!(
        "{}\n## First\n\n![A drawing](/images/ok.svg)\n\nOne.\n\nTwo.\n\n## Second\n\n![Another](/images/ok.svg)\n\nThree.\n",
        FRONT.replace("summary", "kind = \"slideshow\"\nsummary")
    );
    let item = read_item("c/s.md", &file, &size).expect("a slideshow").item;
    let ItemContent::Slideshow { slides } = item.content else { panic!("a slideshow") };
    assert_eq!(slides.len(), 2);
    assert_eq!(
        (slides[0].heading.as_str(), slides[0].image.alt.as_str(), slides[0].image.width),
        ("First", "A drawing", 640)
    );
    assert_eq!(slides[0].text, vec!["One.".to_string(), "Two.".to_string()]);
}

#[test]
fn a_slide_without_its_picture_or_with_formatting_is_refused() {
    let front = FRONT.replace("summary", "kind = \"slideshow\"\nsummary");
    let errors = read_item(
        "c/s.md",
        &format!("{front}\n## First\n\nNo picture.\n\n## Second\n\n![Gone](/images/gone.svg)\n\nText *here*.\n"),
        &size,
    )
    .expect_err("refused");
    assert_eq!(errors.len(), 2, "one message a mistake (a missing picture is validation's to report): {errors:?}");
    assert!(
        errors.iter().any(|(l, m)| *l == 25 && m.contains("after a slide's heading comes its picture")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|(l, m)| *l == 31 && m.contains("slide text is plain text")), "{errors:?}");
}

#[test]
fn every_unsupported_construct_is_refused_with_its_line() {
    // The body starts at line 21 (a blank line), so its first text is on line 22.
    assert_refused("\n<div>raw</div>\n", 22, "HTML is not allowed");
    assert_refused("\nA <b>bold</b> word.\n", 22, "HTML is not allowed");
    assert_refused("\n![A picture](/images/ok.svg)\n", 22, "pictures cannot go in an article's text");
    assert_refused("\n# Title again\n", 22, "`#` is the page title");
    assert_refused("\n### Too deep\n", 22, "must come under a `##` heading");
    assert_refused("\n## A\n\n#### Deeper\n", 24, "`##` and `###`");
    assert_refused("\nA [link]() here.\n", 22, "has no target");
    assert_refused("\nA [](/c/b) here.\n", 22, "has no text");
    assert_refused("\nSee [this](sciatica).\n", 22, "starts with /");
    assert_refused("\nSee [this](http://example.org).\n", 22, "use its https:// address");
    assert_refused("\n`code`\n", 22, "code is not supported");
    assert_refused("\n```\ncode\n```\n", 22, "code is not supported");
    assert_refused("\n> Just a quote.\n", 22, "quotes (>) are only for callouts");
    assert_refused("\n> [!TIP] Hint\n> Text.\n", 22, "[!TIP] is not a callout we have");
    assert_refused("\n> [!NOTE]\n> Text.\n", 22, "needs a title");
    assert_refused("\n- one\n  - nested\n", 23, "lists cannot be nested");
    assert_refused("\n3. three\n", 22, "starts at 1");
    assert_refused("\n---\n", 22, "horizontal rules");
    assert_refused("\nOld ~~news~~.\n", 22, "struck-through");
    assert_refused("\nA claim.[^1]\n\n[^1]: A note.\n", 22, "footnotes are not supported");
    assert_refused("\n- [ ] task\n", 22, "checkboxes");
    assert_refused("\nLine one  \nline two.\n", 22, "line break");
    assert_refused("\n**bold *and italic***\n", 22, "formatting inside");
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let errors = refused("\n<p>one</p>\n\n## Fine\n\n# two\n\n`three`\n");
    let lines: Vec<usize> = errors.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![22, 26, 28]);
}

#[test]
fn front_matter_problems_name_their_line() {
    let errors = read_item("c/a.md", &FRONT.replace("summary = \"S\"", "summary = S"), &size).expect_err("refused");
    assert_eq!(errors[0].0, 4);
    let errors = read_item("c/a.md", "## No front matter\n", &size).expect_err("refused");
    assert!(errors[0].1.contains("must start with a `+++` line"));
    let errors = read_item("c/a.md", &FRONT.replace("src = \"/images/ok.svg\"", "src = \"/images/a.gif\""), &size)
        .expect_err("refused");
    assert_eq!(errors[0], (9, "image.src: /images/a.gif: pictures are SVG, PNG or JPEG files".to_string()));
}

#[test]
fn every_shipped_file_reads_back_the_same_after_writing() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let tree = ContentTree::load(&root).expect("shipped content parses");
    let image_size = |src: &str| health_content::source::image_size(&root, src);
    for source in tree.centers.iter().flat_map(|c| &c.items) {
        let written = write_item(&source.item);
        let again =
            read_item(&source.file, &written, &image_size).unwrap_or_else(|e| panic!("{}: {e:?}", source.file)).item;
        assert_eq!(again, source.item, "{} changes when written and read again", source.file);
        // The shipped files are in the writer's own layout: converting them lost nothing.
        assert_eq!(written, std::fs::read_to_string(root.join(&source.file)).expect("reads"), "{}", source.file);
    }
}

#[test]
fn text_that_looks_like_markdown_is_escaped_when_written() {
    let blocks = vec![Block::Paragraph { text: vec![text("1. Not a list * nor <html> [nor] a_link & more")] }];
    let mut item = read_item("c/a.md", &format!("{FRONT}\nx\n"), &size).expect("reads").item;
    item.content = ItemContent::Article { body: blocks.clone() };
    let again = read_item("c/a.md", &write_item(&item), &size).expect("reads back").item;
    assert_eq!(again.content, ItemContent::Article { body: blocks });
}

#[test]
fn a_broken_file_never_panics() {
    // Every shipped file cut short at every 13th byte, and with its lines shuffled into
    // odd places: each gives an item or errors, never a panic.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let image_size = |src: &str| health_content::source::image_size(&root, src);
    let tree = ContentTree::load(&root).expect("shipped content parses");
    let odd = [
        "> [!WARNING]",
        ">",
        "- ",
        "1. [",
        "![",
        "## ",
        "### x",
        "+++",
        "<",
        "|a|",
        "```",
        "[x]: /y",
        "* * *",
        "    code",
    ];
    for source in tree.centers.iter().flat_map(|c| &c.items) {
        let text = std::fs::read_to_string(root.join(&source.file)).expect("reads");
        for cut in (0..text.len()).step_by(13).filter(|at| text.is_char_boundary(*at)) {
            let _ = read_item(&source.file, &text[..cut], &image_size);
        }
        for (n, line) in odd.iter().enumerate() {
            let at = text.len() * (n + 1) / (odd.len() + 1);
            let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let _ = read_item(&source.file, &format!("{}\n{line}\n{}", &text[..at], &text[at..]), &image_size);
        }
    }
}
