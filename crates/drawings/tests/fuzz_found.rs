//! Every input `make fuzz` found a crash with, kept as a regression test: each is cleaned
//! again as fuzz/fuzz_targets/svg_cleaner.rs does, and must keep its properties (no panic;
//! the output cleans to itself, with the same size). Add a crash's file from
//! fuzz/artifacts/svg_cleaner/ to tests/fuzz_found/svg_cleaner/.

use std::path::Path;

use health_drawings::clean;

#[test]
fn the_cleaner_keeps_its_properties_on_every_input_fuzzing_found() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_found/svg_cleaner");
    let inputs: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(Result::ok).collect();
    assert!(!inputs.is_empty(), "the crash of 2026-12-07 is kept");
    for entry in inputs {
        let bytes = std::fs::read(entry.path()).unwrap();
        let Ok(cleaned) = clean(&bytes) else { continue };
        let again = clean(cleaned.svg.as_bytes()).expect("the cleaner's output reads back");
        assert_eq!(again.svg, cleaned.svg, "{:?}", entry.file_name());
        assert!(again.is_publishable(), "{:?}", entry.file_name());
        assert_eq!(again.size, cleaned.size, "{:?}", entry.file_name());
    }
}
