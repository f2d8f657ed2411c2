//! The drawing cleaner: any bytes give a drawing or a reason, never a panic; and what it
//! writes is itself a clean drawing that cleaning leaves unchanged.
#![no_main]

use health_drawings::clean;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(cleaned) = clean(data) else { return };
    let again = clean(cleaned.svg.as_bytes()).expect("the cleaner's output reads back");
    assert_eq!(again.svg, cleaned.svg, "cleaning is idempotent");
    assert!(again.is_publishable(), "nothing refused in the cleaner's own output: {:?}", again.findings);
    assert_eq!(again.size, cleaned.size);
});
