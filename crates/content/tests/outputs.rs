//! The build's record of what it wrote (`Outputs`): a file proved unchanged from the record
//! and its metadata, never from a record that is damaged, cut short or another version's;
//! what the last build wrote and this one did not is deleted without walking the folder.

use std::collections::HashMap;
use std::fs::{self, File};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use health_content::build::{Outputs, Stamp};

struct Folder {
    root: PathBuf,
    record: PathBuf,
}

impl Folder {
    fn new(name: &str) -> Folder {
        let base = std::env::temp_dir().join(format!("health-outputs-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&base);
        fs::create_dir_all(base.join("site")).unwrap();
        Folder { root: base.join("site"), record: base.join("site.outputs") }
    }

    fn open(&self) -> Outputs {
        Outputs::open(&self.root, self.record.clone())
    }

    /// One build: writes each (path, text), keeps the record; returns what changed on disk.
    fn build(&self, files: &[(&str, &str)]) -> Vec<String> {
        let outputs = self.open();
        let mut written: HashMap<String, Stamp> = HashMap::new();
        let mut changed = Vec::new();
        for (path, text) in files {
            let (did_change, stamp) = outputs.write(path, text.as_bytes()).unwrap();
            if did_change {
                changed.push(path.to_string());
            }
            written.insert(path.to_string(), stamp);
        }
        outputs.prune_recorded(&written).unwrap();
        outputs.save(&written).unwrap();
        changed
    }

    fn read(&self, path: &str) -> String {
        fs::read_to_string(self.root.join(path)).unwrap()
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(self.root.parent().unwrap());
    }
}

/// Changes a file's bytes behind the build's back, keeping its length and modification time.
fn tamper(path: PathBuf, text: &str) {
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    fs::write(&path, text).unwrap();
    File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
}

#[test]
fn an_unchanged_file_is_proved_from_the_record_without_being_read() {
    let folder = Folder::new("proved");
    assert_eq!(folder.build(&[("a/one.json", "{\"v\":1}")]), ["a/one.json"]);
    // The same bytes: nothing written. Tampered with, same length and date: the record is
    // believed, which shows the file was not read.
    tamper(folder.root.join("a/one.json"), "{\"v\":9}");
    assert!(folder.build(&[("a/one.json", "{\"v\":1}")]).is_empty());
    assert_eq!(folder.read("a/one.json"), "{\"v\":9}");
    // Other bytes to write: written, whatever the record says.
    assert_eq!(folder.build(&[("a/one.json", "{\"v\":2}")]), ["a/one.json"]);
    assert_eq!(folder.read("a/one.json"), "{\"v\":2}");
}

#[test]
fn a_file_touched_since_the_last_build_is_compared_byte_for_byte() {
    let folder = Folder::new("touched");
    folder.build(&[("one.json", "{\"v\":1}")]);
    fs::write(folder.root.join("one.json"), "{\"v\":7}").unwrap();
    let later = SystemTime::now() + Duration::from_secs(5);
    File::options().write(true).open(folder.root.join("one.json")).unwrap().set_modified(later).unwrap();
    assert_eq!(folder.build(&[("one.json", "{\"v\":1}")]), ["one.json"], "rewritten: its date is not the recorded one");
    assert_eq!(folder.read("one.json"), "{\"v\":1}");
}

#[test]
fn what_the_last_build_wrote_and_this_one_does_not_is_deleted_with_its_copies_and_folder() {
    let folder = Folder::new("pruned");
    folder.build(&[("keep.json", "1"), ("old/gone.js", "2")]);
    fs::write(folder.root.join("old/gone.js.br"), "compressed").unwrap();
    fs::write(folder.root.join("mine.txt"), "not the build's").unwrap();
    let outputs = folder.open();
    let (_, stamp) = outputs.write("keep.json", b"1").unwrap();
    let deleted = outputs.prune_recorded(&HashMap::from([("keep.json".to_string(), stamp)])).unwrap();
    assert_eq!(deleted, Some(2), "the file and its .br");
    assert!(!folder.root.join("old").exists(), "the emptied folder goes too");
    assert!(folder.root.join("keep.json").is_file());
    assert!(folder.root.join("mine.txt").is_file(), "with a record, only what the build wrote is deleted");
}

#[test]
fn a_damaged_cut_short_or_foreign_record_is_not_trusted_and_says_why() {
    let folder = Folder::new("untrusted");
    folder.build(&[("a.json", "1"), ("b.json", "2")]);
    let good = fs::read_to_string(&folder.record).unwrap();
    assert!(good.starts_with("health-center build outputs 1\n") && good.ends_with("end 2\n"), "{good}");
    assert!(folder.open().note.is_none());
    let cases = [
        (good.replace("end 2\n", ""), "cut short"),
        (good.replace("end 2", "end 3"), "count"),
        (good.replace("health-center build outputs 1", "health-center build outputs 0"), "another version"),
        (good.replacen("\n", "\nzz", 1), "damaged line"),
    ];
    for (text, why) in cases {
        fs::write(&folder.record, &text).unwrap();
        let outputs = folder.open();
        let note = outputs.note.clone().unwrap_or_default();
        assert!(note.contains(why) && note.contains("every file is compared"), "{why}: {note}");
        assert_eq!(outputs.prune_recorded(&HashMap::new()).unwrap(), None, "{why}: the folder is walked instead");
        // Not believed: a tampered file with the recorded length and date is rewritten.
        tamper(folder.root.join("a.json"), "9");
        assert!(outputs.write("a.json", b"1").unwrap().0, "{why}");
    }
    fs::remove_file(&folder.record).unwrap();
    assert!(folder.open().note.is_none(), "no record yet (a first build) is no cause for a note");
}

#[test]
fn an_unchanged_copy_is_proved_from_its_source_s_metadata() {
    let folder = Folder::new("copies");
    let source = folder.root.parent().unwrap().join("picture.webp");
    fs::write(&source, "webp bytes").unwrap();
    let outputs = folder.open();
    let (copied, stamp) = outputs.copy(&source, "images/p.webp").unwrap();
    assert!(copied);
    outputs.save(&HashMap::from([("images/p.webp".to_string(), stamp)])).unwrap();
    let outputs = folder.open();
    assert!(!outputs.copy(&source, "images/p.webp").unwrap().0, "the same source: not copied again");
    fs::write(&source, "other byte").unwrap();
    File::options()
        .write(true)
        .open(&source)
        .unwrap()
        .set_modified(SystemTime::now() + Duration::from_secs(5))
        .unwrap();
    assert!(outputs.copy(&source, "images/p.webp").unwrap().0, "a changed source is copied");
    assert_eq!(folder.read("images/p.webp"), "other byte");
}
