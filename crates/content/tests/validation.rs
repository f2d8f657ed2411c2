//! Content validation: the shipped content is valid, and each kind of bad input is reported
//! with the file, the line (in Markdown files) and the field that need fixing.

mod fixture;

use std::path::Path;

use fixture::{Fixture, assert_error};
use health_content::Date;
use health_content::model::ItemContent;
use health_content::source::{ContentTree, validate};

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(Fixture::new().errors(), vec![]);
}

#[test]
fn the_shipped_content_is_valid_and_complete() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let tree = ContentTree::load(&root).expect("shipped content parses");
    let errors = validate(&tree, Date::today(), &|src| tree.image_exists(src));
    assert!(errors.is_empty(), "content errors:\n{}", errors.iter().map(|e| format!("  {e}\n")).collect::<String>());

    let back = tree.centers.iter().find(|c| c.center.slug == "back-pain").expect("a Back Pain center");
    assert!(back.items.len() >= 12, "Back Pain has {} items", back.items.len());
    for slug in ["spinal-manipulation", "how-to-protect-your-back", "low-back-pain", "back-pain-myths"] {
        assert!(back.items.iter().any(|f| f.item.slug == slug), "missing {slug}");
    }
    let myths = back.items.iter().find(|f| f.item.slug == "back-pain-myths").unwrap();
    assert!(matches!(&myths.item.content, ItemContent::Slideshow { slides } if slides.len() >= 6));
    assert!(tree.centers.iter().any(|c| c.center.slug != "back-pain" && c.items.len() >= 4), "a second center");
    assert!(tree.site.today_on.len() >= 8, "at least 8 site-wide carousel tiles");
    let all: Vec<_> = tree.centers.iter().flat_map(|c| &c.items).collect();
    let without_sources: Vec<&str> =
        all.iter().filter(|f| f.item.sources.is_empty()).map(|f| f.file.as_str()).collect();
    assert!(without_sources.is_empty(), "every shipped item lists its sources; these do not: {without_sources:?}");
}

#[test]
fn invalid_front_matter_names_the_file_and_line() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "summary = \"S\"", "summary = S");
    assert_error(&fixture.errors(), "back/one.md", Some(4), "front matter: ");
}

#[test]
fn a_missing_required_field_is_named() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "title = \"Title one\"\n", "");
    assert_error(&fixture.errors(), "back/one.md", Some(2), "missing field `title`");
}

#[test]
fn an_unknown_front_matter_field_is_named_at_its_line() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "summary = \"S\"\n", "summary = \"S\"\nsubtitle = \"A typo for summary\"\n");
    assert_error(&fixture.errors(), "back/one.md", Some(5), "unknown field `subtitle`");
}

#[test]
fn a_related_link_to_a_missing_page_is_reported_with_a_suggestion() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "related = [\"/back/two\"]", "related = [\"/back/tow\"]");
    let errors = fixture.errors();
    assert_error(
        &errors,
        "back/one.md",
        Some(7),
        "link to /back/tow is not a page of this site (did you mean /back/two?)",
    );
    assert_eq!(
        errors[0].to_string(),
        "back/one.md:7: related[0]: link to /back/tow is not a page of this site (did you mean /back/two?)"
    );
}

#[test]
fn a_link_in_the_text_to_a_missing_page_names_its_line_only() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "[link](/back/two)", "[link](/back/twoo)");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "back/one.md:29: link to /back/twoo is not a page of this site (did you mean /back/two?)"
    );
}

#[test]
fn a_far_off_link_gets_no_suggestion() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "[link](/back/two)", "[link](/somewhere/else/entirely)");
    let errors = fixture.errors();
    assert!(errors[0].message.ends_with("is not a page of this site"), "{errors:#?}");
}

#[test]
fn a_teaser_or_carousel_link_to_a_missing_page_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "to = \"/back/two\"", "to = \"/back/gone\"");
    fixture.edit_json("site.json", "\"to\": \"/back/one\"", "\"to\": \"/back/nowhere\"");
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(23), "/back/gone");
    assert_error(&errors, "site.json", None, "/back/nowhere");
}

#[test]
fn dates_that_are_not_plain_impossible_or_in_the_future_are_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "last_revised = 2026-01-02", "last_revised = 2026-01-02T10:00:00");
    fixture.edit("back/two.md", "last_updated = 2026-01-03", "last_updated = 2026-02-30");
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(5), "not a plain date");
    assert_error(&errors, "back/two.md", Some(6), "front matter: ");

    let fixture = Fixture::new();
    fixture.edit("back/one.md", "last_revised = 2026-01-02", "last_revised = 2099-01-02");
    fixture.edit("back/one.md", "last_updated = 2026-01-03", "last_updated = 2099-01-03");
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(5), "lies in the future");
    assert_error(&errors, "back/one.md", Some(6), "lies in the future");
}

#[test]
fn reviewers_need_a_credential_and_a_primary_one() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "credential = \"MD\"", "credential = \"  \"");
    fixture.edit("back/two.md", "role = \"primary\"", "role = \"specialist\"");
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(19), "must not be empty");
    assert_error(&errors, "back/two.md", Some(16), "primary medical reviewer");
}

#[test]
fn a_picture_that_does_not_exist_is_reported_with_where_to_put_it() {
    let fixture = Fixture::new();
    fixture.edit("back/two.md", "src = \"/images/ok.svg\"", "src = \"/images/back/missing.svg\"");
    assert_error(&fixture.errors(), "back/two.md", Some(10), "add the picture to content/images/back/missing.svg");
}

#[test]
fn an_empty_body_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", fixture::BODY, "");
    assert_error(&fixture.errors(), "back/one.md", Some(1), "at least one block");
}

#[test]
fn items_and_sections_must_match() {
    let fixture = Fixture::new();
    fixture.edit_json("back/_center.json", "[\"one\", \"two\"]", "[\"one\"]");
    assert_error(&fixture.errors(), "back/_center.json", None, "item `two` is not listed");
    let fixture = Fixture::new();
    fixture.edit_json("back/_center.json", "[\"one\", \"two\"]", "[\"one\", \"two\", \"three\"]");
    assert_error(&fixture.errors(), "back/_center.json", None, "no item `three`");
}

#[test]
fn a_repeated_carousel_caption_is_reported() {
    let fixture = Fixture::new();
    fixture.edit_json("site.json", "\"caption\": \"One\"", "\"caption\": \"Two\"");
    fixture.edit_json("site.json", "\"to\": \"/back/one\"", "\"to\": \"/back/two\"");
    assert_eq!(fixture.errors(), vec![], "two distinct tiles are fine");
    let fixture = Fixture::new();
    fixture.add_second_tile_with_caption("One");
    assert_error(&fixture.errors(), "site.json", None, "used twice");
}

#[test]
fn a_site_that_lists_no_centers_is_told_to() {
    let fixture = Fixture::new();
    fixture.edit_json("site.json", "\"centers\": [\"back\"],", "");
    assert_error(&fixture.errors(), "site.json", None, "list the slugs of the site's centers");
}

#[test]
fn a_center_slug_that_is_reserved_or_not_its_folder_is_reported() {
    let fixture = Fixture::new();
    fixture.edit_json("back/_center.json", "\"slug\": \"back\"", "\"slug\": \"saved\"");
    let errors = fixture.errors();
    assert_error(&errors, "back/_center.json", None, "cannot name a center");
    assert_error(&errors, "back/_center.json", None, "must match the folder name (back)");
}

#[test]
fn an_item_file_name_that_is_not_a_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.write("back/Two_B.md", &fixture::article("/back/one"));
    fixture.edit_json("back/_center.json", "[\"one\", \"two\"]", "[\"one\", \"two\", \"Two_B\"]");
    assert_error(&fixture.errors(), "back/Two_B.md", Some(1), "is not a slug");
}

#[test]
fn a_stray_json_item_is_named_not_ignored() {
    let fixture = Fixture::new();
    fixture.write("back/three.json", "{}");
    assert_error(&fixture.errors(), "back/three.json", None, "not an item file");
}

#[test]
fn sources_need_a_title_a_publisher_an_https_address_and_a_real_year() {
    let fixture = Fixture::new();
    let sources = "\n[[sources]]\ntitle = \"\"\npublisher = \"NHS\"\nyear = 1850\nurl = \"http://example.org\"\n";
    fixture.edit("back/one.md", "excerpt = \"Read this.\"\n", &format!("excerpt = \"Read this.\"\n{sources}"));
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(27), "must not be empty");
    assert_error(&errors, "back/one.md", Some(29), "not a year of publication");
    assert_error(&errors, "back/one.md", Some(30), "starts with https://");
}

#[test]
fn a_draft_is_checked_but_not_published() {
    let fixture = Fixture::new();
    let draft = fixture::article("/back/one")
        .replace("+++\ntitle", "+++\ndraft = true\ntitle")
        .replace("/images/ok.svg", "/images/back/new.svg");
    fixture.write("back/new.md", &draft);
    assert_eq!(fixture.errors(), vec![], "a draft needs no section and no picture yet");
    let root = fixture.root();
    let tree = ContentTree::load(root).expect("loads");
    assert!(tree.pages().iter().all(|page| page.path() != "/back/new"), "a draft has no page");
    // …but a link to a draft is a link to no page.
    fixture.edit("back/one.md", "[link](/back/two)", "[link](/back/new)");
    assert_error(&fixture.errors(), "back/one.md", Some(29), "link to /back/new is not a page");
}

#[test]
fn a_new_article_is_a_valid_draft_and_says_what_is_missing_once_published() {
    for slideshow in [false, true] {
        let fixture = Fixture::new();
        let text = health_content::source::starting_file(
            "back",
            "heat-or-ice",
            slideshow,
            Date::parse(fixture::TODAY).unwrap(),
        );
        fixture.write("back/heat-or-ice.md", &text);
        assert_eq!(fixture.errors(), vec![], "the starting file is a valid draft");
        // Without `draft = true`, every empty field and the missing picture are reported at once.
        fixture.edit("back/heat-or-ice.md", "draft = true\n", "");
        let published = text.replace("draft = true\n", "");
        let line_of = |start: &str| published.lines().position(|line| line.starts_with(start)).map(|i| i + 1);
        let errors = fixture.errors();
        assert_error(&errors, "back/heat-or-ice.md", line_of("title ="), "must not be empty");
        assert_error(
            &errors,
            "back/heat-or-ice.md",
            line_of("src ="),
            "does not exist: add the picture to content/images/back/heat-or-ice.svg",
        );
        assert_error(&errors, "back/_center.json", None, "item `heat-or-ice` is not listed");
        let says_empty = errors.iter().filter(|e| e.message == "must not be empty").count();
        assert!(says_empty >= 7, "title, description, summary, alt, author, name, credential, specialty: {errors:#?}");
    }
}

#[test]
fn key_points_are_three_to_five_short_sentences_and_the_review_interval_is_sane() {
    let fixture = Fixture::new();
    fixture.edit(
        "back/one.md",
        "last_updated = 2026-01-03\n",
        "last_updated = 2026-01-03\nkey_points = [\"One.\", \"Two.\"]\nreview_interval_months = 0\n",
    );
    let long = "x".repeat(161);
    fixture.edit(
        "back/two.md",
        "last_updated = 2026-01-03\n",
        &format!("last_updated = 2026-01-03\nkey_points = [\"One.\", \"Two.\", \"{long}\"]\n"),
    );
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(7), "has 2: give three to five key points, or none");
    assert_error(&errors, "back/one.md", Some(8), "give a number of months from 1 to 60");
    assert_error(&errors, "back/two.md", Some(7), "longer than 160 characters");
}

#[test]
fn the_next_review_is_the_last_review_plus_the_interval() {
    let fixture = Fixture::new();
    fixture.edit(
        "back/one.md",
        "last_updated = 2026-01-03\n",
        "last_updated = 2026-01-03\nreview_interval_months = 6\n",
    );
    let tree = ContentTree::load(fixture.root()).expect("loads");
    let compiled = health_content::build::compile(tree);
    let next = |slug: &str| compiled.items.iter().find(|d| d.item.slug == slug).map(|d| d.next_review.to_string());
    assert_eq!(next("one").as_deref(), Some("2026-07-02"), "its own interval");
    assert_eq!(next("two").as_deref(), Some("2028-01-02"), "the site's 24 months");
}
