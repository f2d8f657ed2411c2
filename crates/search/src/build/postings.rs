//! Stems, the forms they were met as, and a score for each document that uses them.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use super::memo::{IndexMemo, run_key};
use super::run_bytes::encode;
use super::stemming::Stemming;
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

/// What a build may take from the last one's (`memo.rs`): a run whose key is in `memo` and
/// whose documents' `kept` results all still hold is read back, not made again.
pub struct RunReuse<'a, T> {
    /// What the documents are made with: part of every run's key.
    pub salt: u64,
    /// The key of document `id`: it changes whenever the document would.
    pub key: &'a (dyn Fn(usize) -> u64 + Sync),
    /// The last build's runs.
    pub memo: &'a IndexMemo,
    /// What `keep` gave for document `id` in the last build, if that still holds.
    pub kept: &'a (dyn Fn(usize) -> Option<T> + Sync),
}

/// What [`Vocabulary::build`] made besides the vocabulary.
pub struct Built<T> {
    /// What `keep` returned (or `kept` gave) for each document, in order.
    pub kept: Vec<T>,
    /// The keys of the runs read back from the memo.
    pub reused: Vec<u64>,
    /// The runs made, each with its key and bytes, for the next build's memo (none without reuse).
    pub made: Vec<(u64, Vec<u8>)>,
}

impl Vocabulary {
    /// Reads the fields of `count` documents, where `document(id)` makes document `id`,
    /// weighting each word by its field; `keep(id, document)` takes what else is wanted of
    /// each document while it exists (returned in document order). Runs of documents are
    /// made, stemmed and gathered into partial vocabularies on every core, and the partials
    /// merged in document order, so the vocabulary is the same on any machine, and only one
    /// batch's documents and partials are held at once: a site's whole text never is. With
    /// `reuse`, a run the last build made from the same documents is read back instead.
    pub fn build<T: Send>(
        count: usize,
        document: impl Fn(usize) -> Document + Sync,
        keep: impl Fn(usize, &Document) -> T + Sync,
        reuse: Option<&RunReuse<'_, T>>,
    ) -> (Vocabulary, Built<T>) {
        // Hashed while merging, sorted once at the end.
        let mut stems: HashMap<String, Stem> = HashMap::default();
        let mut lengths = Vec::with_capacity(count);
        let mut built = Built { kept: Vec::with_capacity(count), reused: Vec::new(), made: Vec::new() };
        for batch in (0..count).step_by(BATCH) {
            let runs: Vec<usize> = (batch..count.min(batch + BATCH)).step_by(RUN).collect();
            let partials: Vec<Run<T>> = runs
                .into_par_iter()
                .map_init(Stemming::new, |stemming, first| {
                    let ids = first..count.min(first + RUN);
                    let key = reuse.map(|reuse| run_key(reuse.salt, first, ids.clone().map(reuse.key)));
                    if let (Some(reuse), Some(key)) = (reuse, key)
                        && let Some(run) = read_back(reuse, key, ids.clone())
                    {
                        return run;
                    }
                    let documents: Vec<Document> = ids.clone().map(&document).collect();
                    let partial = Partial::gather(stemming, first, &documents);
                    let kept =
                        documents.iter().enumerate().map(|(offset, document)| keep(first + offset, document)).collect();
                    let remembered = key.map(|key| (key, Some(encode(&partial))));
                    Run { partial, kept, remembered }
                })
                .collect();
            // In document order: each partial covers the run after the one before it.
            for Run { partial, kept, remembered } in partials {
                lengths.extend(partial.lengths);
                built.kept.extend(kept);
                match remembered {
                    Some((key, Some(bytes))) => built.made.push((key, bytes)),
                    Some((key, None)) => built.reused.push(key),
                    None => {}
                }
                for (text, part) in partial.stems {
                    match stems.get_mut(&text) {
                        Some(stem) => {
                            stem.documents.extend(part.documents);
                            stem.forms.extend(part.forms);
                        }
                        None => {
                            stems.insert(text, part);
                        }
                    }
                }
            }
        }
        let average = (lengths.iter().map(|&length| length as f64).sum::<f64>() / lengths.len().max(1) as f64).max(1.0);
        stems.par_iter_mut().for_each(|(_, stem)| {
            for (id, frequency) in &mut stem.documents {
                *frequency = bm25(*frequency as f64, lengths[*id as usize] as f64 / average);
            }
        });
        (Vocabulary { stems: stems.into_iter().collect() }, built)
    }

    /// The vocabulary of `documents` (their ids are their positions).
    #[cfg(test)]
    pub fn of(documents: &[Document]) -> Vocabulary {
        Vocabulary::build(documents.len(), |id| documents[id].clone(), |_, _| (), None).0
    }
}

/// How many documents are gathered before their partials are merged (bounds the memory
/// the partials hold at once).
const BATCH: usize = 2048;
/// How many documents one partial vocabulary gathers (one task on one core).
pub(super) const RUN: usize = 256;

/// The vocabulary of a run of consecutive documents, with their lengths.
pub(super) struct Partial {
    /// Stems with their forms and (document id, weighted frequency), by document id.
    pub stems: HashMap<String, Stem>,
    /// Each document's length, in order.
    pub lengths: Vec<u32>,
}

/// One run as the merge takes it: its partial, what was kept of its documents, and its
/// key with its bytes for the next build's memo (none when it was read back from it).
struct Run<T> {
    partial: Partial,
    kept: Vec<T>,
    remembered: Option<(u64, Option<Vec<u8>>)>,
}

/// The run of `ids` as the last build made it, if its partial is in the memo under `key`
/// and what was kept of each of its documents still holds.
fn read_back<T>(reuse: &RunReuse<'_, T>, key: u64, ids: std::ops::Range<usize>) -> Option<Run<T>> {
    let partial = reuse.memo.partial(key)?;
    if partial.lengths.len() != ids.len() {
        return None;
    }
    let kept = ids.map(reuse.kept).collect::<Option<Vec<T>>>()?;
    Some(Run { partial, kept, remembered: Some((key, None)) })
}

impl Partial {
    /// Stems the documents `documents`, whose ids start at `first_id`.
    fn gather(stemming: &mut Stemming, first_id: usize, documents: &[Document]) -> Partial {
        // Stems and forms by this thread's numbers until the run is done: a number is
        // hashed and compared faster than a word.
        let mut local: HashMap<u32, (Vec<u32>, Vec<(u32, u32)>)> = HashMap::default();
        let mut counts: HashMap<u32, (u32, Vec<u32>)> = HashMap::default();
        let mut lengths = Vec::with_capacity(documents.len());
        for (offset, document) in documents.iter().enumerate() {
            let id = (first_id + offset) as u32;
            lengths.push(stemming.count(document, &mut counts));
            for (stem, (frequency, forms)) in counts.drain() {
                let (stem_forms, stem_documents) = local.entry(stem).or_default();
                for form in forms {
                    if !stem_forms.contains(&form) {
                        stem_forms.push(form);
                    }
                }
                // The frequency for now: it becomes the score once the average length is known.
                stem_documents.push((id, frequency));
            }
        }
        let stems = local
            .into_iter()
            .map(|(stem, (forms, documents))| {
                let forms = forms.into_iter().map(|form| stemming.forms[form as usize].clone()).collect();
                (stemming.stems[stem as usize].clone(), Stem { forms, documents })
            })
            .collect();
        Partial { stems, lengths }
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
        let vocabulary = Vocabulary::of(&[document("Stretches", "Stretching helps. Stretch daily.")]);
        let stem = &vocabulary.stems["stretch"];
        assert_eq!(stem.forms.iter().collect::<Vec<_>>(), ["stretch", "stretches", "stretching"]);
        assert_eq!(stem.documents.len(), 1);
        assert!(!vocabulary.stems.contains_key("the"));
    }

    #[test]
    fn a_word_in_the_title_scores_above_the_same_word_in_the_body() {
        let vocabulary = Vocabulary::of(&[
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
