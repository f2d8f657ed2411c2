//! Writing the index (native, feature `build`): documents → stems → scored postings →
//! chunks of the vocabulary small enough to fetch one or two per query.

mod chunks;
mod postings;
mod stemming;

use sha2::{Digest, Sha256};

use crate::files::{Chunk, ChunkFile, Fragment, MANIFEST_FILE, Manifest, fragment_file};
use crate::Document;

/// A file of the index: its path under the index folder and its text.
pub type IndexFile = (String, String);

/// The whole index for `documents` (their ids are their positions): the manifest, the
/// chunks and one fragment per document. For a few documents already made (tests); a site
/// makes its documents a batch at a time with [`write_index_of`].
pub fn write_index(documents: &[Document]) -> Vec<IndexFile> {
    let paths: Vec<&str> = documents.iter().map(|document| document.path.as_str()).collect();
    write_index_of(&paths, |id| documents[id].clone(), |file, text| (file, text))
}

/// The whole index of the documents whose site paths are `paths` (their ids are their
/// positions), where `document(id)` makes document `id` when the index reads it. Each file
/// is handed to `write` (its path under the index folder, its text) as soon as it is made,
/// on any thread: the fragments while their documents are read, then the chunks, then the
/// manifest, which names them. Returns what `write` returned, in that order. So neither the
/// site's text nor its fragments are ever held whole.
pub fn write_index_of<T: Send>(
    paths: &[&str],
    document: impl Fn(usize) -> Document + Sync,
    write: impl Fn(String, String) -> T + Sync,
) -> Vec<T> {
    let fragments = format!("f/{}", short_hash(paths));
    let (vocabulary, mut written) = postings::Vocabulary::build(paths.len(), document, |id, document| {
        write(fragment_file(&fragments, id as u32), json(&fragment(document)))
    });
    let mut chunk_files = Vec::new();
    for (key, terms) in chunks::split(&vocabulary) {
        let text = json(&Chunk { terms });
        let file = format!("t/{key}.{}.json", short_hash(&[&text]));
        chunk_files.push(ChunkFile { key, file: file.clone() });
        written.push(write(file, text));
    }
    let manifest = Manifest { documents: paths.len() as u32, fragments, chunks: chunk_files };
    written.push(write(MANIFEST_FILE.to_string(), json(&manifest)));
    written
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
