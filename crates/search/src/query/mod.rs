//! The query engine: reads the index files it is given and answers queries. It does no I/O:
//! its caller fetches the files it asks for ([`Engine::chunks_needed`],
//! [`Engine::fragments_needed`]), so the same engine runs in native tests and in the browser.

mod matching;
mod rank;
mod snippet;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::files::{Chunk, Fragment, Manifest, fragment_file};
pub use rank::Ranking;

/// Query words beyond this many are ignored.
const MOST_WORDS: usize = 10;

/// The index as far as it has been loaded.
pub struct Engine {
    manifest: Manifest,
    /// Loaded chunks, by file name.
    chunks: HashMap<String, Chunk>,
    /// Loaded fragments, by document id.
    fragments: HashMap<u32, Fragment>,
}

/// What a search found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// How many documents match.
    pub total: u32,
    /// The first of them, best first.
    pub hits: Vec<Hit>,
    /// Other queries to try when nothing matches (spelling suggestions).
    pub suggestions: Vec<String>,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The page's site path.
    pub path: String,
    /// Its title.
    pub title: String,
    /// Its health center's name.
    pub center: String,
    /// "Article" or "Slideshow".
    pub kind: String,
    /// A passage of its text with the matched words marked.
    pub snippet: Vec<Segment>,
}

/// A piece of a snippet: a matched word (`mark`) or the text around it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// Whether it is a matched word.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mark: bool,
}

impl Engine {
    /// An engine over the index `manifest` describes, with nothing else loaded yet.
    pub fn new(manifest: Manifest) -> Engine {
        Engine { manifest, chunks: HashMap::new(), fragments: HashMap::new() }
    }

    /// The query's words, as the index spells them: stop words dropped unless nothing else
    /// is left, each word once.
    pub fn query_words(query: &str) -> Vec<String> {
        let all: Vec<String> = crate::words::words(query).into_iter().map(|word| word.form).collect();
        let mut kept: Vec<String> = all.iter().filter(|form| !crate::words::is_stop_word(form)).cloned().collect();
        if kept.is_empty() {
            kept = all;
        }
        let mut unique = Vec::new();
        for form in kept {
            if !unique.contains(&form) {
                unique.push(form);
            }
        }
        unique.truncate(MOST_WORDS);
        unique
    }

    /// The chunk file that holds `word`'s forms: the one with the longest key starting it.
    fn chunk_file(&self, word: &str) -> Option<&str> {
        self.manifest
            .chunks
            .iter()
            .filter(|chunk| word.starts_with(&chunk.key))
            .max_by_key(|chunk| chunk.key.len())
            .map(|chunk| chunk.file.as_str())
    }

    /// Chunk files (under the index folder) that `query` needs and that are not loaded yet.
    pub fn chunks_needed(&self, query: &str) -> Vec<String> {
        let mut needed: Vec<String> = Vec::new();
        for word in Self::query_words(query) {
            if let Some(file) = self.chunk_file(&word)
                && !self.chunks.contains_key(file)
                && !needed.iter().any(|known| known == file)
            {
                needed.push(file.to_string());
            }
        }
        needed
    }

    /// Adds a fetched chunk.
    pub fn add_chunk(&mut self, file: &str, chunk: Chunk) {
        self.chunks.insert(file.to_string(), chunk);
    }

    /// Ranks every document for `query` (with the chunks it needs loaded).
    pub fn rank(&self, query: &str) -> Ranking {
        let words = Self::query_words(query);
        let last = words.len().saturating_sub(1);
        let matches = words
            .iter()
            .enumerate()
            .map(|(at, word)| {
                let chunk = self.chunk_file(word).and_then(|file| self.chunks.get(file));
                matching::find(word, chunk, at == last)
            })
            .collect::<Vec<_>>();
        rank::rank(&words, &matches, self.manifest.documents)
    }

    /// Fragment files (under the index folder) needed to show the first `count` results of
    /// `ranking`, with their document ids, that are not loaded yet.
    pub fn fragments_needed(&self, ranking: &Ranking, count: usize) -> Vec<(u32, String)> {
        ranking
            .documents
            .iter()
            .take(count)
            .filter(|id| !self.fragments.contains_key(id))
            .map(|&id| (id, fragment_file(&self.manifest.fragments, id)))
            .collect()
    }

    /// Adds a fetched fragment.
    pub fn add_fragment(&mut self, id: u32, fragment: Fragment) {
        self.fragments.insert(id, fragment);
    }

    /// The first `count` results of `ranking` (with their fragments loaded).
    pub fn results(&self, ranking: &Ranking, count: usize) -> Results {
        let hits = ranking
            .documents
            .iter()
            .take(count)
            .filter_map(|id| self.fragments.get(id))
            .map(|fragment| Hit {
                path: fragment.path.clone(),
                title: fragment.title.clone(),
                center: fragment.center.clone(),
                kind: fragment.kind.clone(),
                snippet: snippet::snippet(&fragment.text, &ranking.marked_forms),
            })
            .collect();
        Results { total: ranking.documents.len() as u32, hits, suggestions: ranking.suggestions.clone() }
    }
}
