//! The item files `make serve` keeps in memory between builds (`source::cache`): a file is
//! read again exactly when it, or a picture whose size it took, changed; a removed file is
//! forgotten; a file with a problem is never kept; what is taken from memory is what a
//! fresh read gives.
#![cfg(feature = "build")]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use health_content::source::cache::SourceCache;
use health_content::source::{ContentTree, check_reusing};
use health_content::Date;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() { copy_dir(&entry.path(), &target) } else { fs::copy(entry.path(), target).unwrap(); }
    }
}

/// A copy of the shipped content in a folder of its own.
fn content(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("health-source-cache-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &dir);
    dir
}

/// Rewrites `file` under `root`, dated a second later (a save that keeps the length the same
/// must still be seen).
fn save(root: &Path, file: &str, change: impl Fn(&str) -> String) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, change(&text)).unwrap();
    let later = fs::metadata(&path).unwrap().modified().unwrap() + Duration::from_secs(1);
    fs::File::options().write(true).open(&path).unwrap().set_modified(later.max(SystemTime::now())).unwrap();
}

fn today() -> Date {
    Date::today()
}

#[test]
fn only_what_changed_is_read_again_and_memory_gives_what_a_fresh_read_gives() {
    let root = content("changes");
    let mut cache = SourceCache::default();
    let first = check_reusing(&root, today(), &mut cache).expect("valid");
    let files = cache.len();
    assert_eq!(cache.last_load, (0, files), "the first load reads every file");

    check_reusing(&root, today(), &mut cache).expect("valid");
    assert_eq!(cache.last_load, (files, 0), "nothing changed: nothing read");

    // The same length, another word: the date tells.
    save(&root, "back-pain/sciatica.md", |text| text.replacen("title = \"Sciatica\"", "title = \"Sciatika\"", 1));
    let edited = check_reusing(&root, today(), &mut cache).expect("valid");
    assert_eq!(cache.last_load, (files - 1, 1));
    let title = |tree: &ContentTree, slug: &str| tree.centers.iter().flat_map(|c| &c.items).find(|i| i.item.slug == slug).map(|i| i.item.title.clone());
    assert_eq!(title(&edited, "sciatica").as_deref(), Some("Sciatika"));
    let fresh = ContentTree::load(&root).expect("loads");
    for (kept, read) in edited.centers.iter().flat_map(|c| &c.items).zip(fresh.centers.iter().flat_map(|c| &c.items)) {
        assert_eq!(kept.item, read.item, "{}: from memory as read afresh", kept.file);
        assert_eq!(kept.lines, read.lines);
    }
    assert_eq!(title(&first, "sciatica").as_deref(), Some("Sciatica"));
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_picture_redrawn_at_another_size_reads_its_items_again() {
    let root = content("picture");
    let mut cache = SourceCache::default();
    check_reusing(&root, today(), &mut cache).expect("valid");
    let files = cache.len();
    let picture = "images/back-pain/sciatica.svg";
    save(&root, picture, |svg| svg.replacen("<svg", "<svg data-redrawn=\"yes\"", 1));
    let tree = check_reusing(&root, today(), &mut cache).expect("valid");
    let (taken, read) = cache.last_load;
    assert!(read >= 1 && taken + read == files, "the items showing it are read again: {read}");
    let fresh = ContentTree::load(&root).expect("loads");
    for (kept, read) in tree.centers.iter().flat_map(|c| &c.items).zip(fresh.centers.iter().flat_map(|c| &c.items)) {
        assert_eq!(kept.item, read.item, "{}: from memory as read afresh", kept.file);
    }
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_removed_file_is_forgotten_and_a_broken_one_never_kept() {
    let root = content("removed");
    let mut cache = SourceCache::default();
    check_reusing(&root, today(), &mut cache).expect("valid");
    let files = cache.len();
    save(&root, "sleep/insomnia.md", |text| text.replacen("+++", "", 1));
    let errors = check_reusing(&root, today(), &mut cache).expect_err("the front matter is broken");
    assert!(errors.iter().any(|error| error.to_string().contains("sleep/insomnia.md")), "{errors:?}");
    // Broken again, and reported again: it was not kept; the rest of its folder was.
    assert!(check_reusing(&root, today(), &mut cache).is_err());
    assert_eq!(cache.len(), files - 1, "the broken file is not held");
    assert_eq!(cache.last_load, (files - 1, 0));
    // Removed (the links to it are now problems, reported as such): forgotten too.
    fs::remove_file(root.join("sleep/insomnia.md")).unwrap();
    assert!(check_reusing(&root, today(), &mut cache).is_err());
    assert_eq!(cache.len(), files - 1);
    assert_eq!(cache.last_load, (files - 1, 0));
    let _ = fs::remove_dir_all(&root);
}
