//! What a reader chooses and the browser keeps: saved items and reading preferences.
//!
//! The rules (steps, clamping, parsing stored values) are plain types with native tests;
//! `storage` and `document` are the thin browser adapters.

pub mod document;
pub mod reading;
pub mod reading_state;
pub mod saved;
pub mod storage;
pub mod text_size;
