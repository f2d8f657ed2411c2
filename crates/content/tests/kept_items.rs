//! The build's record of the content (`source::state`) and what a build keeps with it
//! (`ContentTree::load_keeping`): a file is read again exactly when it, a picture it shows,
//! its center file or `site.json` changed, or when it names an item whose title changed or
//! links to a page that is gone; what is kept compiles into the same site as a fresh read;
//! a record cut short, damaged, of another version or of another build is not trusted.
#![cfg(feature = "build")]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use health_content::Date;
use health_content::build::{compile, compile_read_items};
use health_content::source::state::BuildState;
use health_content::source::{ContentTree, check, check_keeping};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target)
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the shipped content in a folder of its own.
fn content(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("health-kept-items-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &dir);
    dir
}

/// Rewrites `file` under `root`, dated a second later (a save that keeps the length the same
/// must still be seen).
fn save(root: &Path, file: &str, change: impl Fn(&str) -> String) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap();
    let changed = change(&text);
    assert_ne!(changed, text, "{file}: the edit changed nothing");
    fs::write(&path, changed).unwrap();
    let later = fs::metadata(&path).unwrap().modified().unwrap() + Duration::from_secs(1);
    fs::File::options().write(true).open(&path).unwrap().set_modified(later.max(SystemTime::now())).unwrap();
}

/// The record a build of `root` would leave.
fn record(root: &Path) -> BuildState {
    BuildState::of(&check(root, Date::today()).expect("valid"), 7)
}

/// The files a keeping load read, sorted.
fn read_files(tree: &ContentTree) -> Vec<String> {
    let mut files: Vec<String> =
        tree.centers.iter().flat_map(|c| c.items.iter().chain(&c.drafts)).map(|s| s.file.clone()).collect();
    files.sort();
    files
}

fn drafts(tree: &ContentTree) -> usize {
    tree.centers.iter().map(|c| c.drafts.len()).sum()
}

#[test]
fn nothing_changed_keeps_every_published_item_and_compiles_the_same_site() {
    let root = content("unchanged");
    let state = record(&root);
    let kept = check_keeping(&root, Date::today(), &state).expect("valid");
    assert_eq!(read_files(&kept).len(), drafts(&kept), "only drafts are read: {:?}", read_files(&kept));
    let fresh = check(&root, Date::today()).expect("valid");
    assert_eq!(kept.pages(), fresh.pages(), "the same pages in the same order");
    let (from_kept, from_fresh) = (compile(kept), compile(fresh));
    assert_eq!(from_kept.site, from_fresh.site);
    assert_eq!(from_kept.center_list, from_fresh.center_list);
    assert_eq!(from_kept.centers, from_fresh.centers, "hubs made from the record are the hubs of the items");
    assert_eq!(from_kept.topics, from_fresh.topics, "so is the A–Z");
    assert!(from_kept.items.is_empty() && from_kept.kept.len() == from_fresh.items.len());
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_new_title_reads_the_item_and_those_whose_data_names_it_and_their_data_is_as_fresh() {
    let root = content("title");
    let state = record(&root);
    // The same length, another letter: the date tells.
    save(&root, "back-pain/heat-and-cold-for-back-pain.md", |t| {
        t.replacen("title = \"Heat and Cold", "title = \"Heat und Cold", 1)
    });
    let kept = check_keeping(&root, Date::today(), &state).expect("valid");
    let drafts = drafts(&kept);
    let read = read_files(&kept);
    assert!(read.contains(&"back-pain/heat-and-cold-for-back-pain.md".to_string()), "{read:?}");
    assert!(read.contains(&"back-pain/pain-relievers-for-back-pain.md".to_string()), "its Related names it: {read:?}");
    assert!(!read.contains(&"back-pain/low-back-pain.md".to_string()), "a link in the text carries no title: {read:?}");
    assert_eq!(read.len(), 2 + drafts, "{read:?}");
    // What `make serve` writes first is what the whole build writes.
    let first = compile_read_items(&kept);
    let fresh = compile(check(&root, Date::today()).expect("valid"));
    for data in &first.items {
        assert_eq!(Some(data), fresh.items.iter().find(|d| d.path() == data.path()), "{}", data.path());
    }
    assert_eq!(first.site, fresh.site);
    let whole = compile(kept);
    assert_eq!(whole.centers, fresh.centers);
    assert_eq!(whole.topics, fresh.topics);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_redrawn_picture_a_center_file_and_site_json_read_what_they_touch() {
    let root = content("touch");
    let state = record(&root);
    let total = state.items.len();
    save(&root, "images/back-pain/sciatica.svg", |svg| svg.replacen("<svg", "<svg data-redrawn=\"yes\"", 1));
    let tree = check_keeping(&root, Date::today(), &state).expect("valid");
    let read = read_files(&tree);
    assert!(
        read.contains(&"back-pain/sciatica.md".to_string()) && read.len() - drafts(&tree) < total,
        "the items showing it: {read:?}"
    );

    let state = record(&root);
    save(&root, "sleep/_center.json", |text| text.replacen("\"name\": \"", "\"name\": \"The ", 1));
    let tree = check_keeping(&root, Date::today(), &state).expect("valid");
    let sleep = tree.centers.iter().find(|c| c.center.slug == "sleep").expect("the sleep center");
    assert!(sleep.kept.is_empty() && !sleep.items.is_empty(), "a center file read again reads its items");
    assert!(
        tree.centers.iter().filter(|c| c.center.slug != "sleep").all(|c| c.items.is_empty()),
        "and no other center's"
    );

    let state = record(&root);
    save(&root, "site.json", |text| text.replacen("\"tagline\": \"", "\"tagline\": \"Now: ", 1));
    let tree = check_keeping(&root, Date::today(), &state).expect("valid");
    assert!(tree.centers.iter().all(|c| c.kept.is_empty()), "site.json changed: every item read");
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_link_to_a_removed_item_is_reported_at_its_line_even_in_a_kept_file() {
    let root = content("removed");
    let state = record(&root);
    fs::remove_file(root.join("back-pain/heat-and-cold-for-back-pain.md")).unwrap();
    let errors = check_keeping(&root, Date::today(), &state).expect_err("links to it are problems");
    let fresh = check(&root, Date::today()).expect_err("links to it are problems");
    let text =
        |errors: &[health_content::source::ContentError]| errors.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert_eq!(text(&errors), text(&fresh), "the same problems, at the same lines, as a fresh check");
    assert!(
        errors.iter().any(|e| e.file == "back-pain/pain-relievers-for-back-pain.md" && e.line.is_some()),
        "{errors:?}"
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn the_record_reads_back_as_written_and_is_not_trusted_when_damaged_or_foreign() {
    let root = content("record");
    let state = record(&root);
    let file = root.join("record.items");
    state.write_pending(&file).unwrap().commit().unwrap();
    assert_eq!(BuildState::read(&file, 7).unwrap().as_ref(), Some(&state));
    assert_eq!(BuildState::read(&root.join("none.items"), 7).unwrap(), None, "no record: a first build");
    let why = |bytes: &[u8], identity: u64| {
        fs::write(&file, bytes).unwrap();
        BuildState::read(&file, identity).expect_err("not trusted")
    };
    let whole = fs::read_to_string(&file).unwrap();
    assert!(why(whole.as_bytes(), 8).contains("another build"));
    let cut = &whole[..whole.rfind('\n').unwrap()];
    assert!(why(cut.as_bytes(), 7).contains("cut short"), "{}", why(cut.as_bytes(), 7));
    assert!(why(whole.replacen("\"version\":1", "\"version\":9", 1).as_bytes(), 7).contains("of format 9"));
    let damaged = whole.replacen("\"digest\":{", "\"digest\":{{", 1);
    assert!(why(damaged.as_bytes(), 7).contains("damaged at line"));
    assert!(why(b"", 7).contains("no header"));
    let _ = fs::remove_dir_all(&root);
}
