//! Content-hashed file names and subresource-integrity values.

use sha2::{Digest as _, Sha256};

use health_app_files::{AppFile, integrity};

/// A SHA-256 digest of some bytes.
pub struct Digest([u8; 32]);

impl Digest {
    /// The digest of `parts`, each length-prefixed (so `["ab", "c"]` and `["a", "bc"]` differ).
    pub fn of(parts: &[&[u8]]) -> Self {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
        Self(hasher.finalize().into())
    }

    /// All of it in hex.
    pub fn hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// `{stem}-{16 hex digits of the bytes' SHA-256}{suffix}`, with the bytes' integrity value.
pub fn hashed_file(stem: &str, suffix: &str, bytes: &[u8]) -> AppFile {
    let hash = Digest::of(&[bytes]).hex();
    AppFile { file: format!("{stem}-{}{suffix}", &hash[..16]), integrity: integrity(bytes) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_the_bytes() {
        let a = hashed_file("style", ".css", b"body{}");
        assert!(a.file.starts_with("style-") && a.file.ends_with(".css"));
        assert_eq!(a.file.len(), "style-".len() + 16 + ".css".len());
        assert_ne!(a.file, hashed_file("style", ".css", b"body{ }").file);
        assert_eq!(a.integrity, integrity(b"body{}"));
    }

    #[test]
    fn parts_are_length_prefixed() {
        assert_ne!(Digest::of(&[b"ab", b"c"]).hex(), Digest::of(&[b"a", b"bc"]).hex());
    }
}
