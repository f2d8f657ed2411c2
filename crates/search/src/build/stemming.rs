//! Stemming one thread's documents: every word form met is stemmed once (most words recur)
//! and numbered, with its stem, so that counting a document compares numbers, not words.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;

use crate::Document;
use crate::words::{for_each_word, is_stop_word};

/// What a thread keeps while counting: the stemmer, and what every form it has met stands
/// for (most words recur: stemming each once saves its time and its allocations).
pub struct Stemming {
    stemmer: Stemmer,
    /// Each form met: its number and its stem's, or `None` for a word the index leaves out.
    memo: HashMap<String, Option<(u32, u32)>>,
    /// The forms met, by number.
    pub forms: Vec<String>,
    /// The stems met, by number.
    pub stems: Vec<String>,
    /// The number of each stem met.
    stem_numbers: HashMap<String, u32>,
}

impl Stemming {
    /// A thread's stemmer, with nothing met yet.
    pub fn new() -> Stemming {
        Stemming {
            stemmer: Stemmer::create(Algorithm::English),
            memo: HashMap::default(),
            forms: Vec::new(),
            stems: Vec::new(),
            stem_numbers: HashMap::default(),
        }
    }

    /// Counts `document`'s stems into `counts` (stem → weighted frequency and the forms it
    /// was met as, by number); returns its length for BM25 (its words, each weighted by
    /// its field).
    pub fn count(&mut self, document: &Document, counts: &mut HashMap<u32, (u32, Vec<u32>)>) -> u32 {
        let mut length = 0;
        for (field, text) in &document.fields {
            for_each_word(text, |_, form| {
                let Some((form, stem)) = self.numbers(form) else { return };
                length += field.weight();
                let (frequency, forms) = counts.entry(stem).or_default();
                *frequency += field.weight();
                if !forms.contains(&form) {
                    forms.push(form);
                }
            });
        }
        length
    }

    /// The numbers of `form` and its stem, or `None` for a word too short or too common.
    fn numbers(&mut self, form: &str) -> Option<(u32, u32)> {
        if let Some(&known) = self.memo.get(form) {
            return known;
        }
        let numbers = (form.len() >= 2 && !is_stop_word(form)).then(|| {
            let stem = self.stemmer.stem(form).into_owned();
            let next = self.stems.len() as u32;
            let stem_number = *self.stem_numbers.entry(stem.clone()).or_insert(next);
            if stem_number == next {
                self.stems.push(stem);
            }
            self.forms.push(form.to_string());
            (self.forms.len() as u32 - 1, stem_number)
        });
        self.memo.insert(form.to_string(), numbers);
        numbers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Field;

    #[test]
    fn forms_are_numbered_once_and_share_their_stem_s_number() {
        let mut stemming = Stemming::new();
        let stretches = stemming.numbers("stretches");
        let stretching = stemming.numbers("stretching");
        assert_eq!(stemming.numbers("stretches"), stretches, "the same form, the same numbers");
        let (Some((first_form, first_stem)), Some((second_form, second_stem))) = (stretches, stretching) else {
            panic!("both forms are indexed");
        };
        assert_ne!(first_form, second_form);
        assert_eq!(first_stem, second_stem);
        assert_eq!(stemming.stems[first_stem as usize], "stretch");
        assert_eq!(stemming.numbers("the"), None, "a stop word");
        assert_eq!(stemming.numbers("a"), None, "too short");
    }

    #[test]
    fn a_document_s_count_weights_each_word_by_its_field() {
        let mut stemming = Stemming::new();
        let document = Document {
            path: "/c/sleep".into(),
            title: "Sleep".into(),
            center: "C".into(),
            kind: "Article".into(),
            fields: vec![(Field::Title, "Sleep".into()), (Field::Body, "Sleeping well helps sleep.".into())],
        };
        let mut counts = HashMap::default();
        let length = stemming.count(&document, &mut counts);
        let (_, sleep) = stemming.numbers("sleep").expect("indexed");
        let (frequency, forms) = &counts[&sleep];
        assert_eq!(*frequency, Field::Title.weight() + 2 * Field::Body.weight());
        assert_eq!(forms.len(), 2, "sleep and sleeping");
        assert_eq!(length, Field::Title.weight() + 4 * Field::Body.weight());
    }
}
