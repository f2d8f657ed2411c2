//! Content validation: the shipped content is valid, and each kind of bad input is reported
//! with the file and the field that need fixing.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};


use health_content::Date;
use health_content::model::ItemContent;
use health_content::source::{ContentError, ContentTree, validate};
use serde_json::{Value, json};

const TODAY: &str = "2026-11-01";

/// A small valid content folder in a fresh temporary directory; tests break one thing in it.
struct Fixture {
    root: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir()
            .join(format!("health-center-content-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst)));
        let _ = fs::remove_dir_all(&root);
        let fixture = Fixture { root };
        fixture.write("site.json", &site());
        fixture.write("back/_center.json", &center());
        fixture.write("back/one.json", &article("one", "/back/two"));
        fixture.write("back/two.json", &article("two", "/back/one"));
        fixture
    }

    fn write(&self, file: &str, value: &Value) {
        self.write_text(file, &serde_json::to_string_pretty(value).unwrap());
    }

    fn write_text(&self, file: &str, text: &str) {
        let path = self.root.join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Changes one item file with `edit`.
    fn edit(&self, file: &str, edit: impl FnOnce(&mut Value)) {
        let mut value: Value = serde_json::from_str(&fs::read_to_string(self.root.join(file)).unwrap()).unwrap();
        edit(&mut value);
        self.write(file, &value);
    }

    /// Every error from loading and validating; the fixture's images are the ones named "ok.svg".
    fn errors(&self) -> Vec<ContentError> {
        match ContentTree::load(&self.root) {
            Err(errors) => errors,
            Ok(tree) => validate(&tree, Date::parse(TODAY).unwrap(), &|src: &str| src.ends_with("/ok.svg")),
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn image() -> Value {
    json!({ "src": "/images/ok.svg", "width": 640, "height": 360, "alt": "A drawing" })
}

fn site() -> Value {
    json!({
        "brand": "Test Health", "tagline": "Tagline", "description": "Description",
        "source_line": "Source", "disclaimer": ["Not a diagnosis."], "centers": ["back"],
        "demo_notice": "Fictional people.",
        "today_on": [{ "to": "/back/one", "caption": "One", "label": "Article", "image": image() }]
    })
}

fn center() -> Value {
    json!({
        "slug": "back", "name": "Back Center", "topic": "Back", "description": "About backs.",
        "intro": ["Intro."], "sections": [{ "heading": "All", "items": ["one", "two"] }]
    })
}

fn article(slug: &str, related: &str) -> Value {
    json!({
        "slug": slug, "kind": "article", "title": format!("Title {slug}"), "description": "D", "summary": "S",
        "image": image(),
        "byline": { "author": "Team", "reviewers": [
            { "role": "primary", "name": "A Person", "credential": "MD", "specialty": "Family Medicine" } ] },
        "last_revised": "2026-01-02", "last_updated": "2026-01-03",
        "recommended": { "to": related, "excerpt": "Read this." },
        "related": [related],
        "body": [
            { "type": "heading", "text": "Heading" },
            { "type": "paragraph", "text": ["Text ", { "em": "emphasis" }, { "link": "link", "to": related }] },
            { "type": "bullet_list", "items": [["one"], ["two"]] }
        ]
    })
}

/// Asserts that exactly one error names `file` and `field` and says `says`.
fn assert_error(errors: &[ContentError], file: &str, field: &str, says: &str) {
    let found = errors.iter().any(|e| e.file == file && e.field == field && e.message.contains(says));
    assert!(found, "expected an error in {file} at {field} saying {says:?}; got:\n{errors:#?}");
}

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
}

#[test]
fn invalid_json_names_the_file() {
    let fixture = Fixture::new();
    fixture.write_text("back/one.json", "{ \"slug\": \"one\", ");
    assert_error(&fixture.errors(), "back/one.json", ".", "invalid JSON");
}

#[test]
fn a_missing_required_field_is_named() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| {
        v.as_object_mut().unwrap().remove("title");
    });
    assert_error(&fixture.errors(), "back/one.json", "title", "missing field `title`");
}

#[test]
fn a_missing_nested_field_is_named_with_its_path() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| {
        v["byline"]["reviewers"][0].as_object_mut().unwrap().remove("credential");
    });
    assert_error(&fixture.errors(), "back/one.json", "byline.reviewers[0].credential", "missing field");
}

#[test]
fn a_duplicate_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.write("back/one-copy.json", &article("one", "/back/two"));
    fixture.edit("back/_center.json", |v| v["sections"][0]["items"].as_array_mut().unwrap().push(json!("one")));
    assert_error(&fixture.errors(), "back/one.json", "slug", "duplicate slug `one`");
}

#[test]
fn a_related_link_to_a_missing_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["related"] = json!(["/back/three"]));
    assert_error(&fixture.errors(), "back/one.json", "related[0]", "`/back/three`");
}

#[test]
fn a_teaser_link_to_a_missing_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["recommended"]["to"] = json!("/back/gone"));
    assert_error(&fixture.errors(), "back/one.json", "recommended.to", "`/back/gone`");
}

#[test]
fn a_carousel_link_to_a_missing_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("site.json", |v| v["today_on"][0]["to"] = json!("/back/nowhere"));
    assert_error(&fixture.errors(), "site.json", "today_on[0].to", "`/back/nowhere`");
}

#[test]
fn an_inline_link_to_a_missing_page_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/two.json", |v| v["body"][1]["text"][2]["to"] = json!("/elsewhere"));
    assert_error(&fixture.errors(), "back/two.json", "body[1].text[2].to", "`/elsewhere`");
}

#[test]
fn a_date_that_is_not_iso_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["last_revised"] = json!("March 1, 2026"));
    assert_error(&fixture.errors(), "back/one.json", "last_revised", "not a date in the form YYYY-MM-DD");
}

#[test]
fn an_impossible_date_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["last_updated"] = json!("2026-02-30"));
    assert_error(&fixture.errors(), "back/one.json", "last_updated", "not a real calendar date");
}

#[test]
fn a_date_in_the_future_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| {
        v["last_revised"] = json!("2027-01-01");
        v["last_updated"] = json!("2027-01-01");
    });
    let errors = fixture.errors();
    assert_error(&errors, "back/one.json", "last_revised", "lies in the future");
    assert_error(&errors, "back/one.json", "last_updated", "lies in the future");
}

#[test]
fn a_reviewer_without_credential_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["byline"]["reviewers"][0]["credential"] = json!("  "));
    assert_error(&fixture.errors(), "back/one.json", "byline.reviewers[0].credential", "must not be empty");
}

#[test]
fn an_item_without_a_primary_reviewer_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["byline"]["reviewers"][0]["role"] = json!("specialist"));
    assert_error(&fixture.errors(), "back/one.json", "byline.reviewers", "primary medical reviewer");
}

#[test]
fn an_image_that_does_not_exist_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/two.json", |v| v["image"]["src"] = json!("/images/missing.svg"));
    assert_error(&fixture.errors(), "back/two.json", "image.src", "does not exist");
}

#[test]
fn an_empty_body_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["body"] = json!([]));
    assert_error(&fixture.errors(), "back/one.json", "body", "at least one block");
}

#[test]
fn an_empty_slideshow_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| {
        let object = v.as_object_mut().unwrap();
        object.remove("body");
        object.insert("kind".into(), json!("slideshow"));
        object.insert("slides".into(), json!([]));
    });
    assert_error(&fixture.errors(), "back/one.json", "slides", "at least one slide");
}

#[test]
fn a_file_name_that_differs_from_the_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/two.json", |v| v["slug"] = json!("deux"));
    assert_error(&fixture.errors(), "back/two.json", "slug", "must match the file name");
}

#[test]
fn an_item_missing_from_every_section_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/_center.json", |v| v["sections"][0]["items"] = json!(["one"]));
    assert_error(&fixture.errors(), "back/_center.json", "sections", "item `two` is not listed");
}

#[test]
fn a_section_naming_a_missing_item_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/_center.json", |v| v["sections"][0]["items"] = json!(["one", "two", "three"]));
    assert_error(&fixture.errors(), "back/_center.json", "sections[0].items[2]", "no item `three`");
}

#[test]
fn an_unknown_block_type_is_reported_with_its_path() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["body"][0] = json!({ "type": "table", "rows": [] }));
    let errors = fixture.errors();
    assert!(errors.iter().any(|e| e.file == "back/one.json" && e.message.contains("unknown variant `table`")), "{errors:#?}");
}

#[test]
fn a_repeated_carousel_caption_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("site.json", |v| {
        let tile = v["today_on"][0].clone();
        v["today_on"].as_array_mut().unwrap().push(tile);
    });
    assert_error(&fixture.errors(), "site.json", "today_on[1].caption", "used twice");
}

#[test]
fn an_unknown_item_field_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| v["subtitle"] = json!("A typo for summary"));
    let errors = fixture.errors();
    assert!(errors.iter().any(|e| e.file == "back/one.json" && e.message.contains("unknown field `subtitle`")), "{errors:#?}");
}

#[test]
fn a_center_slug_that_is_reserved_or_not_its_folder_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/_center.json", |v| v["slug"] = json!("saved"));
    let errors = fixture.errors();
    assert_error(&errors, "back/_center.json", "slug", "cannot name a center");
    assert_error(&errors, "back/_center.json", "slug", "must match the folder name (back)");
}

#[test]
fn an_item_slug_that_is_not_a_slug_is_reported() {
    let fixture = Fixture::new();
    fixture.write("back/Two_B.json", &article("Two_B", "/back/one"));
    fixture.edit("back/_center.json", |v| v["sections"][0]["items"].as_array_mut().unwrap().push(json!("Two_B")));
    assert_error(&fixture.errors(), "back/Two_B.json", "slug", "is not a slug");
}

#[test]
fn an_article_without_a_body_or_with_slides_is_reported() {
    let fixture = Fixture::new();
    fixture.edit("back/one.json", |v| _ = v.as_object_mut().unwrap().remove("body"));
    fixture.edit("back/two.json", |v| v["slides"] = json!([]));
    let errors = fixture.errors();
    assert!(errors.iter().any(|e| e.file == "back/one.json" && e.message.contains("missing field `body`")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.file == "back/two.json" && e.message.contains("not `slides`")), "{errors:#?}");
}
