//! Every input `make fuzz` found a crash with, kept as a regression test: each is read again
//! the way its fuzz target reads it (fuzz/fuzz_targets/), and must give a value or a message.
//! Add a crash's file from fuzz/artifacts/<target>/ to tests/fuzz_found/<target>/.

use std::path::Path;

use health_content::data::{CenterData, CentersData, ItemData, SiteData, TopicsData};
use health_content::json::from_str;
use health_content::source::markdown::read_item;

/// The kept inputs of one fuzz target.
fn found(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_found").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn the_json_reader_survives_every_input_fuzzing_found() {
    let inputs = found("json_reader");
    assert!(!inputs.is_empty(), "the crash of 2026-12-07 is kept");
    for (name, bytes) in inputs {
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let results = [
            from_str::<SiteData>(text).err(),
            from_str::<CentersData>(text).err(),
            from_str::<CenterData>(text).err(),
            from_str::<ItemData>(text).err(),
            from_str::<TopicsData>(text).err(),
        ];
        assert!(
            results.iter().flatten().all(|message| message.starts_with("at line") || !message.is_empty()),
            "{name}"
        );
    }
}

#[test]
fn the_markdown_reader_survives_every_input_fuzzing_found() {
    for (name, bytes) in found("markdown") {
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let size = |_: &str| Ok(Some((640, 360)));
        if let Err(messages) = read_item("back-pain/fuzzed.md", text, &size) {
            assert!(messages.iter().all(|(line, _)| *line >= 1), "{name}");
        }
    }
}
