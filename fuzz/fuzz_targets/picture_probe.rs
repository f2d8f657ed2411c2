//! The picture probe (format, size and limits from a header) and, for a small enough picture,
//! the decoder behind it: any bytes give a picture or an error, never a panic.
#![no_main]

use health_pictures::{Limits, decode, probe};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Small limits, so that the fuzzer spends its time on parsing, not on big allocations.
    let limits = Limits { max_pixels: 1 << 16, ..Limits::default() };
    for extension in ["jpg", "png", "webp"] {
        if let Ok(found) = probe(data, extension, &limits) {
            let _ = decode::decode(data, &found, &limits);
        }
    }
});
