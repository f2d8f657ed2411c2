//! What a reader types into search: the query's words and the search page's address and
//! heading, for any text, never a panic.
#![no_main]

use health_search::page_text::{heading, search_path};
use health_search::query::Engine;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let words = Engine::query_words(query);
    assert!(words.iter().all(|word| !word.is_empty()));
    let _ = search_path(query);
    let _ = heading(query);
});
