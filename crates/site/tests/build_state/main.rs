//! The build state's invalidation, through the real site build: after each kind of edit,
//! exactly the files that depend on it are written again, and nothing else is touched; a
//! damaged or foreign state file is reported and a full build made.
//! That the incremental result equals a fresh build byte for byte is `tests/build/incremental.mjs`.
mod fixture;

use std::collections::BTreeSet;
use std::fs;

use fixture::{Changes, Fixture, items_read, rendered};

/// The page and data file of the item `center/slug`.
fn item_files(center: &str, slug: &str) -> [String; 2] {
    [format!("{center}/{slug}/index.html"), format!("content/{center}/{slug}.json")]
}

/// The hub page and data file of `center`.
fn hub_files(center: &str) -> [String; 2] {
    [format!("{center}/index.html"), format!("content/{center}/_center.json")]
}

/// The A–Z (one page at this size).
fn a_to_z_files() -> [String; 2] {
    ["a-z/index.html".into(), "content/a-z/1.json".into()]
}

fn set<'a>(groups: impl IntoIterator<Item = &'a [String]>) -> BTreeSet<String> {
    groups.into_iter().flatten().cloned().collect()
}

/// Every page of the site folder (its `index.html` files and `404.html`).
fn every_page(fixture: &Fixture) -> BTreeSet<String> {
    fixture::snapshot(&fixture.dist)
        .into_keys()
        .filter(|file| file.ends_with("index.html") || file == "404.html")
        .collect()
}

fn assert_written(changes: &Changes, expected: &BTreeSet<String>, output: &str) {
    let written: BTreeSet<String> = changes.written_besides_search().into_iter().map(String::from).collect();
    assert_eq!(&written, expected, "written besides search/ (left: this build; right: expected)\n{output}");
    assert!(changes.rewritten_unchanged.is_empty(), "rewritten with the same bytes: {:?}", changes.rewritten_unchanged);
}

/// A site built once, ready for an edit.
fn built(name: &str) -> Fixture {
    let fixture = Fixture::new(name);
    fixture.build();
    fixture
}

#[test]
fn a_build_with_nothing_changed_renders_and_writes_nothing() {
    let fixture = built("unchanged");
    let (changes, output) = fixture.build_changes();
    assert!(changes.written.is_empty() && changes.removed.is_empty(), "{changes:?}");
    assert!(changes.rewritten_unchanged.is_empty(), "{changes:?}");
    assert_eq!(rendered(&output), 0, "{output}");
    assert!(output.contains("runs of documents read back") && output.contains("(1 of 1 runs"), "{output}");
}

#[test]
fn a_title_edit_rewrites_the_item_its_hub_the_a_to_z_and_the_items_listing_it() {
    let fixture = built("title");
    fixture.edit("back-pain/heat-and-cold-for-back-pain.md", |text| {
        text.replace("title = \"Heat and Cold", "title = \"Heat or Cold")
    });
    let (changes, output) = fixture.build_changes();
    // pain-relievers lists it under "Related information" (with its title); low-back-pain
    // links to it inside a paragraph, by address only, so it is not written again.
    let expected = set([
        &item_files("back-pain", "heat-and-cold-for-back-pain")[..],
        &item_files("back-pain", "pain-relievers-for-back-pain"),
        &hub_files("back-pain"),
        &a_to_z_files(),
    ]);
    assert_written(&changes, &expected, &output);
    assert!(changes.removed.is_empty(), "{changes:?}");
    assert!(changes.search_files_written() > 0, "the title's words are in the index: {changes:?}");
    assert_eq!(rendered(&output), 4, "{output}");
    // The item and the one whose data names it; not the one linking to it in its text.
    assert_eq!(items_read(&output), 2, "{output}");
}

#[test]
fn a_body_edit_rewrites_the_item_and_its_search_entries_only() {
    let fixture = built("body");
    fixture.edit("back-pain/heat-and-cold-for-back-pain.md", |text| {
        text.replacen("\n\nHeat", "\n\nA warm bath is one simple way to apply heat.\n\nHeat", 1)
    });
    let (changes, output) = fixture.build_changes();
    assert_written(&changes, &set([&item_files("back-pain", "heat-and-cold-for-back-pain")[..]]), &output);
    assert!(changes.search_files_written() > 0, "the new words are in the index: {changes:?}");
    assert_eq!(rendered(&output), 1, "{output}");
    assert_eq!(items_read(&output), 1, "only the edited file is read: {output}");
}

#[test]
fn a_link_added_to_an_item_rewrites_the_linking_item_only() {
    let fixture = built("link-added");
    fixture.edit("back-pain/sleeping-with-back-pain.md", |text| {
        text.replacen("related = [\n", "related = [\n  \"/back-pain/heat-and-cold-for-back-pain\",\n", 1)
    });
    let (changes, output) = fixture.build_changes();
    assert_written(&changes, &set([&item_files("back-pain", "sleeping-with-back-pain")[..]]), &output);
    assert_eq!(changes.search_files_written(), 0, "a related link is not indexed text: {changes:?}");
    assert_eq!(rendered(&output), 1, "{output}");
    assert_eq!(items_read(&output), 1, "{output}");
}

/// The shipped content's links to heat-and-cold-for-back-pain, pointed at `to` (or, for an
/// inline link with no `to`, made plain text).
fn relink_heat_and_cold(fixture: &Fixture, to: Option<&str>) {
    const FROM: &str = "/back-pain/heat-and-cold-for-back-pain";
    fixture.edit("back-pain/pain-relievers-for-back-pain.md", |text| match to {
        Some(to) => text.replace(FROM, to),
        None => text.replace(&format!("  \"{FROM}\",\n"), ""),
    });
    fixture.edit("back-pain/low-back-pain.md", |text| match to {
        Some(to) => text.replace(FROM, to),
        None => text.replace(&format!("[heat or cold]({FROM})"), "heat or cold"),
    });
    fixture.edit("back-pain/_center.json", |text| match to {
        Some(to) => {
            text.replace("\"heat-and-cold-for-back-pain\"", &format!("\"{}\"", to.rsplit('/').next().unwrap_or(to)))
        }
        None => text.replace(",\n        \"heat-and-cold-for-back-pain\"", ""),
    });
}

#[test]
fn a_renamed_item_moves_and_rewrites_what_names_it() {
    let fixture = built("rename");
    let folder = fixture.content.join("back-pain");
    fs::rename(folder.join("heat-and-cold-for-back-pain.md"), folder.join("heat-or-cold-for-back-pain.md"))
        .expect("rename");
    relink_heat_and_cold(&fixture, Some("/back-pain/heat-or-cold-for-back-pain"));
    let (changes, output) = fixture.build_changes();
    let expected = set([
        &item_files("back-pain", "heat-or-cold-for-back-pain")[..],
        &item_files("back-pain", "pain-relievers-for-back-pain"),
        &item_files("back-pain", "low-back-pain"),
        &hub_files("back-pain"),
        &a_to_z_files(),
        &["sitemap.xml".to_string()],
    ]);
    assert_written(&changes, &expected, &output);
    assert_eq!(
        changes.removed_besides_search(),
        set([&item_files("back-pain", "heat-and-cold-for-back-pain")[..]]),
        "{output}"
    );
}

#[test]
fn a_deleted_item_is_removed_with_its_page_and_what_named_it_is_rewritten() {
    let fixture = built("delete");
    fs::remove_file(fixture.content.join("back-pain/heat-and-cold-for-back-pain.md")).expect("delete");
    relink_heat_and_cold(&fixture, None);
    let (changes, output) = fixture.build_changes();
    let expected = set([
        &item_files("back-pain", "pain-relievers-for-back-pain")[..],
        &item_files("back-pain", "low-back-pain"),
        &hub_files("back-pain"),
        &a_to_z_files(),
        // The home page and the service worker's copy of the centers' list count items.
        &["sitemap.xml", "content/centers.json", "index.html", "sw.js"].map(String::from),
    ]);
    assert_written(&changes, &expected, &output);
    let removed: BTreeSet<String> =
        changes.removed_besides_search().into_iter().filter(|file| !file.starts_with("images/")).collect();
    assert_eq!(removed, set([&item_files("back-pain", "heat-and-cold-for-back-pain")[..]]), "{output}");
}

#[test]
fn an_item_deleted_while_another_still_links_to_it_is_reported_at_that_link() {
    let fixture = built("delete-linked");
    fs::remove_file(fixture.content.join("back-pain/heat-and-cold-for-back-pain.md")).expect("delete");
    let before = snapshot_of(&fixture);
    let (success, _, errors) = fixture.try_build();
    assert!(!success, "a link to a deleted item fails the build");
    // The items linking to it were kept from the last build: they are read again, and the
    // problem is named at its file and line, as a fresh build names it.
    for linking in ["back-pain/pain-relievers-for-back-pain.md", "back-pain/low-back-pain.md"] {
        assert!(
            errors
                .lines()
                .any(|line| line.contains(linking)
                    && line.contains("/back-pain/heat-and-cold-for-back-pain is not a page")),
            "{linking}:\n{errors}"
        );
    }
    assert!(errors.contains(".md:"), "with a line: {errors}");
    assert_eq!(before, snapshot_of(&fixture), "nothing was written");
    // With the links made plain text (and the hub's list changed, so its center's items are
    // read again), the next build succeeds and keeps the other center's items.
    relink_heat_and_cold(&fixture, None);
    let output = fixture.build();
    assert!(items_read(&output) < fixture::shipped_items(), "{output}");
}

fn snapshot_of(fixture: &Fixture) -> Vec<String> {
    fixture::snapshot(&fixture.dist).into_iter().map(|(file, (bytes, _))| format!("{file} {}", bytes.len())).collect()
}

#[test]
fn a_center_renamed_rewrites_every_page_and_that_center_s_data_only() {
    let fixture = built("center-name");
    fixture.edit("back-pain/_center.json", |text| {
        text.replace("\"Back Pain Health Center\"", "\"Back and Neck Pain Health Center\"")
    });
    let (changes, output) = fixture.build_changes();
    // Every page names the site's first centers in its footer; the center's own items carry
    // its name in their data files; the other center's data does not name it.
    let mut expected = every_page(&fixture);
    expected.extend(
        ["content/site.json", "content/centers.json", "content/back-pain/_center.json", "content/a-z/1.json", "sw.js"]
            .map(String::from),
    );
    for entry in fs::read_dir(fixture.content.join("back-pain")).expect("the center's folder") {
        let name = entry.expect("an entry").file_name().to_string_lossy().into_owned();
        if let Some(slug) = name.strip_suffix(".md") {
            expected.insert(format!("content/back-pain/{slug}.json"));
        }
    }
    assert_written(&changes, &expected, &output);
    assert!(changes.removed.is_empty(), "{changes:?}");
}

#[test]
fn a_site_json_change_rewrites_every_page_and_the_site_s_data_only() {
    let fixture = built("site-json");
    fixture.edit("site.json", |text| {
        text.replace("you can read with ease", "you can read with ease, checked by clinicians")
    });
    let (changes, output) = fixture.build_changes();
    let mut expected = every_page(&fixture);
    // The offline page, inside the service worker, shows no tagline.
    expected.insert("content/site.json".into());
    assert_written(&changes, &expected, &output);
    assert_eq!(changes.search_files_written(), 0, "the tagline is in no item: {changes:?}");
}

#[test]
fn new_app_files_rewrite_every_page_and_no_data() {
    let fixture = built("app-files");
    let old_style: Vec<String> =
        fixture::snapshot(&fixture.dist).into_keys().filter(|file| file.starts_with("assets/style-")).collect();
    fixture.restyle("body { margin: 0; line-height: 1.6; }");
    let (changes, output) = fixture.build_changes();
    assert_eq!(old_style.len(), 1, "one stylesheet: {old_style:?}");
    let new_style: Vec<&String> = changes.written.iter().filter(|file| file.starts_with("assets/style-")).collect();
    assert_eq!(new_style.len(), 1, "{changes:?}");
    let mut expected = every_page(&fixture);
    expected.extend(["sw.js".to_string(), new_style[0].clone()]);
    assert_written(&changes, &expected, &output);
    assert_eq!(changes.removed, old_style.into_iter().collect(), "the old stylesheet is removed");
    assert_eq!(changes.search_files_written(), 0, "{changes:?}");
}

/// Damages the state file with `extension` by `damage`, builds, and checks that the build
/// said so (`note` in its output), believed none of it and left the site as it was.
fn damaged_state_is_reported_and_rebuilt(
    name: &str,
    extension: &str,
    damage: impl FnOnce(Vec<u8>) -> Vec<u8>,
    note: &str,
) -> String {
    let fixture = built(name);
    let file = fixture.state_file(extension);
    fs::write(&file, damage(fs::read(&file).expect("read a state file"))).expect("damage a state file");
    let (changes, output) = fixture.build_changes();
    assert!(
        output.lines().any(|line| line.starts_with("prerender: note: ") && line.contains(note)),
        "no note {note:?}:\n{output}"
    );
    assert!(changes.written.is_empty() && changes.removed.is_empty(), "the same site: {changes:?}");
    let (_, again) = fixture.build_changes();
    assert!(!again.contains("prerender: note: "), "the next build trusts the state it wrote:\n{again}");
    assert_eq!(rendered(&again), 0, "{again}");
    output
}

#[test]
fn a_record_of_outputs_cut_short_or_of_another_version_is_reported_and_not_believed() {
    let half = |bytes: Vec<u8>| bytes[..bytes.len() / 2].to_vec();
    damaged_state_is_reported_and_rebuilt(
        "outputs-cut",
        "outputs",
        half,
        "every file is compared and the folder walked",
    );
    let other_version =
        |bytes: Vec<u8>| String::from_utf8(bytes).expect("text").replacen("outputs 1\n", "outputs 0\n", 1).into_bytes();
    damaged_state_is_reported_and_rebuilt("outputs-version", "outputs", other_version, "written by another version");
}

#[test]
fn a_search_memo_cut_short_or_of_another_version_is_reported_and_every_document_indexed() {
    let half = |bytes: Vec<u8>| bytes[..bytes.len() / 2].to_vec();
    let output = damaged_state_is_reported_and_rebuilt("search-cut", "search", half, "every document is indexed again");
    assert!(output.contains("(0 of 1 runs of documents read back)"), "{output}");
    let other_version = |mut bytes: Vec<u8>| {
        let at = bytes.iter().position(|&b| b == b'\n').expect("a header line") - 1;
        bytes[at] = b'0';
        bytes
    };
    damaged_state_is_reported_and_rebuilt("search-version", "search", other_version, "every document is indexed again");
}

#[test]
fn a_record_of_the_content_cut_short_or_of_another_version_is_reported_and_every_item_read() {
    let half = |bytes: Vec<u8>| bytes[..bytes.len() / 2].to_vec();
    let output = damaged_state_is_reported_and_rebuilt("items-cut", "items", half, "every item file is read");
    assert!(output.contains(".items is cut short") || output.contains(".items is damaged"), "{output}");
    assert_eq!(items_read(&output), fixture::shipped_items(), "{output}");
    let other_version = |bytes: Vec<u8>| {
        String::from_utf8(bytes).expect("text").replacen("{\"version\":1,", "{\"version\":0,", 1).into_bytes()
    };
    let output = damaged_state_is_reported_and_rebuilt("items-version", "items", other_version, "is of format 0");
    assert_eq!(items_read(&output), fixture::shipped_items(), "{output}");
}

#[test]
fn a_damaged_render_cache_is_reported_and_every_page_rendered() {
    let fixture = built("render-cache-pages");
    let pages = every_page(&fixture).len() - 1; // 404.html is rendered every time, and not counted
    let garbled = |bytes: Vec<u8>| bytes[..bytes.len() / 3].to_vec();
    let output = damaged_state_is_reported_and_rebuilt("render-cache", "json", garbled, "every page is rendered");
    assert_eq!(rendered(&output), pages, "{output}");
}
