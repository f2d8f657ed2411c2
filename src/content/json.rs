//! Reading JSON into typed data. In the browser the text goes through the browser's own
//! `JSON.parse` and `serde-wasm-bindgen` builds the typed value from the result: serde_json's
//! parser, number formatting and error positions would cost the wasm several kilobytes more.
//! Natively (pre-rendering, tests) serde_json reads it, with the line and column of a fault.

use serde::de::DeserializeOwned;

/// `text` read as a `T`; on failure, why, in words for the reader's error message.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    use wasm_bindgen::JsCast;
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let why = error.dyn_into::<js_sys::Error>().map(|error| String::from(error.message())).unwrap_or_default();
        format!("it is damaged: {why}")
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|error| format!("it is damaged: {error}"))
}

/// `text` read as a `T`; on failure, why, in words for the reader's error message.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|error| format!("it is damaged at line {}, column {}", error.line(), error.column()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_is_named_by_its_place() {
        assert_eq!(from_str::<Vec<String>>("[\"a\", 1"), Err("it is damaged at line 1, column 7".to_string()));
    }

    #[test]
    fn good_json_is_read() {
        assert_eq!(from_str::<Vec<String>>("[\"/a\"]"), Ok(vec!["/a".to_string()]));
    }
}
