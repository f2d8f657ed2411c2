//! Splits the vocabulary into chunks by the first letters of its words: a query fetches the
//! chunk of each of its words and nothing else, so a bigger site means more chunks, not
//! bigger downloads. A chunk over [`TARGET_BYTES`] is split by one more letter.

use std::collections::BTreeMap;

use super::postings::Vocabulary;
use crate::files::Term;

/// Aim for chunks about this size (JSON, before the host compresses it to roughly a third).
pub const TARGET_BYTES: usize = 24_000;
/// Keys never grow longer than this: a typo is looked for among words with the same key.
const LONGEST_KEY: usize = 3;

/// The chunks: (key, terms), sorted by key, each made when it is asked for (so only one
/// chunk's terms are held besides the vocabulary).
pub fn split(vocabulary: &Vocabulary) -> impl Iterator<Item = (String, Vec<Term>)> + '_ {
    // Every form, with the stem it belongs to.
    let forms: Vec<(&str, &str)> = vocabulary
        .stems
        .iter()
        .flat_map(|(stem, entry)| entry.forms.iter().map(move |form| (form.as_str(), stem.as_str())))
        .collect();
    let mut keys = Vec::new();
    plan(&forms, "", vocabulary, &mut keys);
    keys.into_iter().map(move |(key, forms)| (key, terms(&forms, vocabulary)))
}

/// Decides the keys for `forms` (which all start with `prefix`), splitting where too big.
fn plan<'a>(
    forms: &[(&'a str, &'a str)],
    prefix: &str,
    vocabulary: &Vocabulary,
    keys: &mut Vec<(String, Vec<(&'a str, &'a str)>)>,
) {
    let mut groups: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    let mut exact = Vec::new();
    for &(form, stem) in forms {
        match form.get(..prefix.len() + 1) {
            Some(key) => groups.entry(key.to_string()).or_default().push((form, stem)),
            None => exact.push((form, stem)),
        }
    }
    if !exact.is_empty() {
        // The prefix itself is a word (`st`): it gets the chunk named by the prefix.
        keys.push((prefix.to_string(), exact));
    }
    for (key, group) in groups {
        if key.len() < LONGEST_KEY && estimated_bytes(&group, vocabulary) > TARGET_BYTES {
            plan(&group, &key, vocabulary, keys);
        } else {
            keys.push((key, group));
        }
    }
}

/// About how many bytes of JSON `forms` take with their stems' postings.
fn estimated_bytes(forms: &[(&str, &str)], vocabulary: &Vocabulary) -> usize {
    let mut stems: Vec<&str> = forms.iter().map(|(_, stem)| *stem).collect();
    stems.dedup();
    let postings: usize = stems.iter().map(|stem| vocabulary.stems[*stem].documents.len() * 7).sum();
    forms.iter().map(|(form, _)| form.len() + 3).sum::<usize>() + postings
}

/// The terms of one chunk: each stem once, with the forms of it that are in the chunk.
fn terms(forms: &[(&str, &str)], vocabulary: &Vocabulary) -> Vec<Term> {
    let mut by_stem: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (form, stem) in forms {
        by_stem.entry(stem).or_default().push(form.to_string());
    }
    by_stem
        .into_iter()
        .map(|(stem, forms)| {
            let mut previous = 0;
            let postings = vocabulary.stems[stem]
                .documents
                .iter()
                .flat_map(|&(id, score)| {
                    let delta = id - previous;
                    previous = id;
                    [delta, score]
                })
                .collect();
            Term { forms, postings }
        })
        .collect()
}
