//! Stems, the forms they were met as, and a score for each document that uses them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use crate::words::{for_each_word, is_stop_word};
use crate::Document;

/// BM25's term-frequency saturation: the fifth "pain" in a page adds less than the first.
const K1: f64 = 1.2;
/// BM25's length normalisation: a word in a short page says more than in a long one.
const B: f64 = 0.75;

/// Every stem of the documents.
pub struct Vocabulary {
    /// Stems by their text, each with its forms and scored documents.
    pub stems: BTreeMap<String, Stem>,
}

/// One stem of the vocabulary.
#[derive(Default)]
pub struct Stem {
    /// The forms met in the text.
    pub forms: BTreeSet<String>,
    /// (document id, score 1–255), by document id.
    pub documents: Vec<(u32, u32)>,
}

impl Vocabulary {
    /// Reads every document's fields, weighting each word by its field. Documents are stemmed
    /// on every core, a batch at a time, and merged in document order, so the vocabulary is
    /// the same on any machine and only one batch's words are held besides it.
    pub fn build(documents: &[Document]) -> Vocabulary {
        // Hashed while merging (millions of lookups), sorted once at the end.
        let mut stems: HashMap<String, Stem> = HashMap::new();
        let mut lengths = Vec::with_capacity(documents.len());
        for (batch, chunk) in documents.chunks(BATCH).enumerate() {
            let counted: Vec<_> = chunk.par_iter().map_init(|| Stemming { stemmer: Stemmer::create(Algorithm::English), stems: HashMap::new() }, count).collect();
            for (offset, counts) in counted.into_iter().enumerate() {
                let id = (batch * BATCH + offset) as u32;
                lengths.push(counts.length);
                for (stem, (frequency, forms)) in counts.stems {
                    let entry = stems.entry(stem).or_default();
                    for form in forms {
                        if !entry.forms.contains(&form) {
                            entry.forms.insert(form);
                        }
                    }
                    // The frequency for now: it becomes the score once the average length is known.
                    entry.documents.push((id, frequency));
                }
            }
        }
        let average = (lengths.iter().map(|&length| length as f64).sum::<f64>() / lengths.len().max(1) as f64).max(1.0);
        for stem in stems.values_mut() {
            // In document order already: each document adds each of its stems once, in turn.
            for (id, frequency) in &mut stem.documents {
                *frequency = bm25(*frequency as f64, lengths[*id as usize] as f64 / average);
            }
        }
        Vocabulary { stems: stems.into_iter().collect() }
    }
}

/// How many documents are stemmed at once.
const BATCH: usize = 2048;

/// One document's stems, each with its weighted frequency and the forms it was met as, and
/// its length for BM25 (its words, each weighted by its field).
struct Counts {
    stems: HashMap<String, (u32, BTreeSet<String>)>,
    length: u32,
}

/// What a thread keeps while counting: the stemmer, and the stem of every form it has met
/// (most words recur: stemming each once saves its time and its allocations).
struct Stemming {
    stemmer: Stemmer,
    stems: HashMap<String, String>,
}

fn count(stemming: &mut Stemming, document: &Document) -> Counts {
    let mut counts = Counts { stems: HashMap::new(), length: 0 };
    let Stemming { stemmer, stems } = stemming;
    for (field, text) in &document.fields {
        for_each_word(text, |_, form| {
            if form.len() < 2 || is_stop_word(form) {
                return;
            }
            if !stems.contains_key(form) {
                stems.insert(form.to_string(), stemmer.stem(form).into_owned());
            }
            let stem = &stems[form];
            counts.length += field.weight();
            match counts.stems.get_mut(stem.as_str()) {
                Some((frequency, forms)) => {
                    *frequency += field.weight();
                    if !forms.contains(form) {
                        forms.insert(form.to_string());
                    }
                }
                None => {
                    counts.stems.insert(stem.clone(), (field.weight(), BTreeSet::from([form.to_string()])));
                }
            }
        });
    }
    counts
}

/// BM25's term part for a weighted frequency in a document `relative_length` times the
/// average, scaled to 1–255 (its ceiling is K1 + 1).
fn bm25(frequency: f64, relative_length: f64) -> u32 {
    let saturated = frequency * (K1 + 1.0) / (frequency + K1 * (1.0 - B + B * relative_length));
    ((saturated / (K1 + 1.0) * 255.0).round() as u32).clamp(1, 255)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Field;

    fn document(title: &str, body: &str) -> Document {
        Document {
            path: format!("/c/{}", title.to_lowercase().replace(' ', "-")),
            title: title.into(),
            center: "C".into(),
            kind: "Article".into(),
            fields: vec![(Field::Title, title.into()), (Field::Body, body.into())],
        }
    }

    #[test]
    fn forms_of_a_word_share_one_stem() {
        let vocabulary = Vocabulary::build(&[document("Stretches", "Stretching helps. Stretch daily.")]);
        let stem = &vocabulary.stems["stretch"];
        assert_eq!(stem.forms.iter().collect::<Vec<_>>(), ["stretch", "stretches", "stretching"]);
        assert_eq!(stem.documents.len(), 1);
        assert!(!vocabulary.stems.contains_key("the"));
    }

    #[test]
    fn a_word_in_the_title_scores_above_the_same_word_in_the_body() {
        let vocabulary = Vocabulary::build(&[
            document("Sciatica", "Pain down the leg."),
            document("Leg pain", "Sciatica is one cause of pain down the leg."),
        ]);
        let scores = &vocabulary.stems["sciatica"].documents;
        assert!(scores[0].1 > scores[1].1, "{scores:?}");
    }

    #[test]
    fn scores_stay_within_one_byte() {
        assert_eq!(bm25(1000.0, 0.01), 255);
        assert_eq!(bm25(0.001, 100.0), 1);
    }
}
