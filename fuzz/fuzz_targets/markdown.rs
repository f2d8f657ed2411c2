//! A writer's page (front matter in TOML, then Markdown): any text gives an item or messages
//! with lines, never a panic.
#![no_main]

use health_content::source::markdown::read_item;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let size =
        |src: &str| if src.ends_with(".svg") { Ok(Some((640, 360))) } else { Err(format!("{src}: no such picture")) };
    if let Err(found) = read_item("back-pain/fuzzed.md", text, &size) {
        // Every message names a line of the file.
        let lines = text.split('\n').count().max(1);
        for (line, _) in found {
            assert!(line >= 1 && line <= lines + 1, "line {line} of {lines}");
        }
    }
});
