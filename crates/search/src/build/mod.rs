//! Writing the index (native, feature `build`): documents → stems → scored postings →
//! chunks of the vocabulary small enough to fetch one or two per query.

mod chunks;
mod documents;
mod memo;
mod postings;
mod run_bytes;
mod stemming;

pub use documents::{search_document, search_documents};
pub use memo::IndexMemo;

use sha2::{Digest, Sha256};

use crate::Document;
use crate::files::{Chunk, ChunkFile, Fragment, MANIFEST_FILE, Manifest, fragment_file};

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
    write_index_reusing(paths, document, write, None).written
}

/// What an index build may take from the last one's: runs of documents whose keys are
/// unchanged are read back from its memo, and their fragments left as they are.
pub struct Reuse<'a, T> {
    /// What the documents are made with (the caller's code, its version): part of every key.
    pub salt: u64,
    /// The key of document `id`: it changes whenever the document would (for a site, a hash
    /// of the data file it is made from).
    pub key: &'a (dyn Fn(usize) -> u64 + Sync),
    /// The last build's memo (its runs read back move into this build's).
    pub memo: IndexMemo,
    /// What `write` returned for a file (under the index folder) the last build wrote, if the
    /// file is still as it left it; `None` makes its run be written again.
    pub kept: &'a (dyn Fn(String) -> Option<T> + Sync),
}

/// What [`write_index_reusing`] did.
pub struct IndexWritten<T> {
    /// What `write` (or `kept`) returned for every file, fragments first.
    pub written: Vec<T>,
    /// The memo for the next build (empty without `reuse`).
    pub memo: IndexMemo,
    /// How many runs were read back from the last build's memo, and how many there are.
    pub runs_reused: (usize, usize),
}

/// [`write_index_of`], taking from the last build what `reuse` allows. The files are the same
/// bytes as a build without reuse: only the runs' stemming and their fragments are skipped;
/// the merge, the scores, the chunks and the manifest are made afresh.
pub fn write_index_reusing<T: Send>(
    paths: &[&str],
    document: impl Fn(usize) -> Document + Sync,
    write: impl Fn(String, String) -> T + Sync,
    reuse: Option<Reuse<'_, T>>,
) -> IndexWritten<T> {
    let fragments = format!("f/{}", short_hash(paths));
    let kept = reuse.as_ref().map(|reuse| reuse.kept);
    let kept_fragment = |id: usize| kept.and_then(|kept| kept(fragment_file(&fragments, id as u32)));
    // The fragments' folder is named by every path: it is part of every run's key.
    let salt = |reuse: &Reuse<'_, T>| memo::run_key(reuse.salt, 0, std::iter::once(memo::text_key(&fragments)));
    let runs = reuse.as_ref().map(|reuse| postings::RunReuse {
        salt: salt(reuse),
        key: reuse.key,
        memo: &reuse.memo,
        kept: &kept_fragment,
    });
    let (vocabulary, built) = postings::Vocabulary::build(
        paths.len(),
        document,
        |id, document| write(fragment_file(&fragments, id as u32), json(&fragment(document))),
        runs.as_ref(),
    );
    let runs_reused = (built.reused.len(), paths.len().div_ceil(postings::RUN));
    let memo = reuse.map_or_else(IndexMemo::default, |reuse| reuse.memo.carry_over(&built.reused, built.made));
    let mut written = built.kept;
    let mut chunk_files = Vec::new();
    for (key, terms) in chunks::split(&vocabulary) {
        let text = json(&Chunk { terms });
        let file = format!("t/{key}.{}.json", short_hash(&[&text]));
        chunk_files.push(ChunkFile { key, file: file.clone() });
        written.push(write(file, text));
    }
    let manifest = Manifest { documents: paths.len() as u32, fragments, chunks: chunk_files };
    written.push(write(MANIFEST_FILE.to_string(), json(&manifest)));
    IndexWritten { written, memo, runs_reused }
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
