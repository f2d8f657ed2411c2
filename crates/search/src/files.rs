//! What goes into the index (a [`Document`] per page) and the shapes of the files it is
//! written as. The files are JSON: the engine reads them with the same serde types.

use serde::{Deserialize, Serialize};

/// The file every search starts from, under the index folder.
pub const MANIFEST_FILE: &str = "index.json";

/// One page to find: an article or a slideshow.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The page's site path, e.g. `/back-pain/sciatica`.
    pub path: String,
    /// Its title.
    pub title: String,
    /// The name of its health center, shown with each result.
    pub center: String,
    /// "Article" or "Slideshow", shown with each result.
    pub kind: String,
    /// Its text, field by field, in reading order.
    pub fields: Vec<(Field, String)>,
}

/// Where a piece of a page's text is: a word in a title says more about the page than a word
/// in its body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The page's title.
    Title,
    /// Its description, summary and key points.
    Summary,
    /// Headings in the text, slide titles.
    Heading,
    /// Everything else a reader reads.
    Body,
}

impl Field {
    /// How much one occurrence of a word in this field counts.
    pub fn weight(self) -> u32 {
        match self {
            Field::Title => 10,
            Field::Summary => 3,
            Field::Heading => 2,
            Field::Body => 1,
        }
    }

    /// Whether the field's text is shown in snippets (the title is shown on its own).
    pub fn in_snippets(self) -> bool {
        self != Field::Title
    }
}

/// `search/index.json`: how many documents there are and where the rest of the index is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// How many documents the index has (ids are `0..documents`).
    pub documents: u32,
    /// The folder of the fragments, under the index folder (`f/{set}`): named after the list
    /// of documents, so ids from an older index never meet fragments from a newer one.
    pub fragments: String,
    /// The chunks, by the first letters of the words they hold.
    pub chunks: Vec<ChunkFile>,
}

/// One chunk of the vocabulary: a key and the file holding it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChunkFile {
    /// Every word in the chunk starts with these letters (the longest key that starts a word
    /// names its chunk).
    pub key: String,
    /// The file, under the index folder, named by its content's hash.
    pub file: String,
}

/// A chunk of the vocabulary: every stem whose forms start with its key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    /// The stems, in alphabetical order of their first form.
    pub terms: Vec<Term>,
}

/// A stem: the word forms met in the text, and the documents that use them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// Forms of the stem met in the text (`stretch`, `stretches`, `stretching`), those of
    /// them that belong in this chunk.
    pub forms: Vec<String>,
    /// Pairs of (document id minus the previous pair's, score 1–255), by document id.
    pub postings: Vec<u32>,
}

impl Term {
    /// The (document id, score) pairs.
    pub fn documents(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let mut id = 0;
        self.postings.chunks_exact(2).map(move |pair| {
            id += pair[0];
            (id, pair[1])
        })
    }

    /// How many documents use it.
    pub fn document_count(&self) -> usize {
        self.postings.len() / 2
    }
}

/// What a result shows of a document: `search/f/{set}/{id}.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fragment {
    /// The page's site path.
    pub path: String,
    /// Its title.
    pub title: String,
    /// Its health center's name.
    pub center: String,
    /// "Article" or "Slideshow".
    pub kind: String,
    /// Its text for snippets, one paragraph a line.
    pub text: String,
}

/// The file name of the fragment of document `id`, under the index folder, where the
/// manifest names `folder` as the fragments' folder.
pub fn fragment_file(folder: &str, id: u32) -> String {
    format!("{folder}/{id}.json")
}
