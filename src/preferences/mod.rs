//! What a reader chooses and the browser keeps: saved items (and, later, reading settings).

pub mod saved;
pub mod storage;
