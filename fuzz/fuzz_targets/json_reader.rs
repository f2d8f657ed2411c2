//! The JSON reader the browser reads every data file with (`health_content::json`): any
//! text gives a value or a message, never a panic.
#![no_main]

use health_content::data::{CenterData, CentersData, ItemData, SiteData, TopicsData};
use health_content::json::from_str;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = from_str::<SiteData>(text);
    let _ = from_str::<CentersData>(text);
    let _ = from_str::<CenterData>(text);
    let _ = from_str::<ItemData>(text);
    let _ = from_str::<TopicsData>(text);
});
