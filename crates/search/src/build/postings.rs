//! Stems, the forms they were met as, and a score for each document that uses them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rust_stemmers::{Algorithm, Stemmer};

use crate::words::{is_stop_word, words};
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
    /// Reads every document's fields, weighting each word by its field.
    pub fn build(documents: &[Document]) -> Vocabulary {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut stems: BTreeMap<String, Stem> = BTreeMap::new();
        let mut counts: Vec<(HashMap<String, u32>, u32)> = Vec::with_capacity(documents.len());
        for document in documents {
            let mut weighted: HashMap<String, u32> = HashMap::new();
            let mut length = 0;
            for (field, text) in &document.fields {
                for word in words(text) {
                    if word.form.len() < 2 || is_stop_word(&word.form) {
                        continue;
                    }
                    let stem = stemmer.stem(&word.form).into_owned();
                    *weighted.entry(stem.clone()).or_default() += field.weight();
                    length += field.weight();
                    stems.entry(stem).or_default().forms.insert(word.form);
                }
            }
            counts.push((weighted, length));
        }
        let average = (counts.iter().map(|(_, length)| *length as f64).sum::<f64>() / counts.len().max(1) as f64).max(1.0);
        for (id, (weighted, length)) in counts.into_iter().enumerate() {
            for (stem, frequency) in weighted {
                let score = bm25(frequency as f64, length as f64 / average);
                if let Some(entry) = stems.get_mut(&stem) {
                    entry.documents.push((id as u32, score));
                }
            }
        }
        for stem in stems.values_mut() {
            stem.documents.sort_unstable();
        }
        Vocabulary { stems }
    }
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
