//! Writing the index (native, feature `build`): documents → stems → scored postings →
//! chunks of the vocabulary small enough to fetch one or two per query.

mod chunks;
mod postings;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::files::{Chunk, ChunkFile, Fragment, MANIFEST_FILE, Manifest, fragment_file};
use crate::Document;

/// A file of the index: its path under the index folder and its text.
pub type IndexFile = (String, String);

/// The whole index for `documents` (their ids are their positions): the manifest, the
/// chunks and one fragment per document.
pub fn write_index(documents: &[Document]) -> Vec<IndexFile> {
    let vocabulary = postings::Vocabulary::build(documents);
    let mut files = Vec::new();
    let mut chunk_files = Vec::new();
    for (key, terms) in chunks::split(&vocabulary) {
        let text = json(&Chunk { terms });
        let file = format!("t/{key}.{}.json", short_hash(&[&text]));
        chunk_files.push(ChunkFile { key, file: file.clone() });
        files.push((file, text));
    }
    let paths: Vec<&str> = documents.iter().map(|document| document.path.as_str()).collect();
    let manifest = Manifest {
        documents: documents.len() as u32,
        fragments: format!("f/{}", short_hash(&paths)),
        chunks: chunk_files,
    };
    // One fragment per document, on every core (in document order).
    let fragments: Vec<IndexFile> =
        documents.par_iter().enumerate().map(|(id, document)| (fragment_file(&manifest, id as u32), json(&fragment(document)))).collect();
    files.extend(fragments);
    files.push((MANIFEST_FILE.to_string(), json(&manifest)));
    files
}

/// What a result shows of `document`.
fn fragment(document: &Document) -> Fragment {
    let text = document
        .fields
        .iter()
        .filter(|(field, _)| field.in_snippets())
        .map(|(_, text)| text.trim())
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Fragment {
        path: document.path.clone(),
        title: document.title.clone(),
        center: document.center.clone(),
        kind: document.kind.clone(),
        text,
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    // Serializing our own plain structs cannot fail (no maps with non-string keys).
    serde_json::to_string(value).unwrap_or_default()
}

/// Eight hex digits of the SHA-256 of `parts` (joined by newlines).
fn short_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().iter().take(4).map(|byte| format!("{byte:02x}")).collect()
}
