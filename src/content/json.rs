//! Reading JSON into typed data: the content crate's own reader (`health_content::json`), the
//! same in the browser and natively. serde's visitors with a deserializer for them
//! (serde_json, or the browser's `JSON.parse` with serde-wasm-bindgen) cost the wasm about
//! 12 KB more after compression.

pub use health_content::json::FromJson;

/// `text` read as a `T`; on failure, why, in words for the reader's error message.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, String> {
    health_content::json::from_str(text).map_err(|why| format!("it is damaged: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_is_named_by_its_place() {
        assert_eq!(
            from_str::<Vec<String>>("[\"a\", 1"),
            Err("it is damaged: at line 1, column 8: expected `,` or `]`".to_string())
        );
        assert_eq!(from_str::<Vec<String>>("[\"a\", 1]"), Err("it is damaged: the data is not text".to_string()));
    }

    #[test]
    fn good_json_is_read() {
        assert_eq!(from_str::<Vec<String>>("[\"/a\"]"), Ok(vec!["/a".to_string()]));
    }
}
