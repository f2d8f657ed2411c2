//! Scores documents for a query: each word adds its best match's score in the document,
//! weighted by how rare the word is (idf); documents with every word come first, and only
//! they are listed when there are any.

use std::collections::{BTreeSet, HashMap};

use super::matching::WordMatch;

/// The documents that match a query, best first, and what to mark in their snippets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ranking {
    /// Document ids, best first.
    pub documents: Vec<u32>,
    /// Every form of every matched term: the words to mark in snippets.
    pub marked_forms: BTreeSet<String>,
    /// Other queries to try (when no document matches).
    pub suggestions: Vec<String>,
}

/// Ranks the documents of an index of `documents` for the query `words`, each found as `matches`.
pub fn rank(words: &[String], matches: &[WordMatch], documents: u32) -> Ranking {
    // For each document: (words matched, score).
    let mut scores: HashMap<u32, (u32, f64)> = HashMap::new();
    let mut marked_forms = BTreeSet::new();
    for found in matches {
        let mut best: HashMap<u32, f64> = HashMap::new();
        for matched in &found.terms {
            marked_forms.extend(matched.term.forms.iter().cloned());
            let idf = idf(documents, matched.term.document_count());
            for (id, score) in matched.term.documents() {
                let value = matched.weight * idf * score as f64;
                let entry = best.entry(id).or_default();
                *entry = entry.max(value);
            }
        }
        for (id, value) in best {
            let entry = scores.entry(id).or_default();
            entry.0 += 1;
            entry.1 += value;
        }
    }
    let most_words = scores.values().map(|(count, _)| *count).max().unwrap_or(0);
    let mut ranked: Vec<(u32, f64)> =
        scores.into_iter().filter(|(_, (count, _))| *count == most_words).map(|(id, (_, score))| (id, score)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let suggestions = if ranked.is_empty() { suggestions(words, matches) } else { Vec::new() };
    Ranking { documents: ranked.into_iter().map(|(id, _)| id).collect(), marked_forms, suggestions }
}

/// BM25's inverse document frequency: a word in few documents tells more.
fn idf(documents: u32, with_word: usize) -> f64 {
    let (n, df) = (documents as f64, with_word as f64);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The query with each unmatched word replaced by its nearest forms, at most three.
fn suggestions(words: &[String], matches: &[WordMatch]) -> Vec<String> {
    let mut found = Vec::new();
    for (at, word_match) in matches.iter().enumerate() {
        for near in &word_match.near {
            let query: Vec<&str> =
                words.iter().enumerate().map(|(i, word)| if i == at { *near } else { word.as_str() }).collect();
            let query = query.join(" ");
            if found.len() < 3 && !found.contains(&query) {
                found.push(query);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::Term;
    use crate::query::matching::TermMatch;

    fn term(forms: &[&str], postings: &[u32]) -> Term {
        Term { forms: forms.iter().map(|f| f.to_string()).collect(), postings: postings.to_vec() }
    }

    #[test]
    fn documents_with_every_word_are_the_only_results() {
        let heat = term(&["heat"], &[0, 200, 1, 100]);
        let ice = term(&["ice"], &[1, 50, 1, 255]);
        let matches = vec![
            WordMatch { terms: vec![TermMatch { term: &heat, weight: 1.0 }], near: vec![] },
            WordMatch { terms: vec![TermMatch { term: &ice, weight: 1.0 }], near: vec![] },
        ];
        let ranking = rank(&["heat".into(), "ice".into()], &matches, 10);
        // Document 0 has only "heat"; 1 has both.
        assert_eq!(ranking.documents, [1]);
        assert!(ranking.marked_forms.contains("ice"));
    }

    #[test]
    fn a_higher_score_ranks_first_and_ties_keep_document_order() {
        let sleep = term(&["sleep"], &[0, 10, 1, 200, 1, 10]);
        let matches = vec![WordMatch { terms: vec![TermMatch { term: &sleep, weight: 1.0 }], near: vec![] }];
        assert_eq!(rank(&["sleep".into()], &matches, 3).documents, [1, 0, 2]);
    }

    #[test]
    fn nothing_found_suggests_the_nearest_words() {
        let matches = vec![WordMatch { terms: vec![], near: vec!["sleep"] }, WordMatch { terms: vec![], near: vec![] }];
        let ranking = rank(&["slxxp".into(), "tips".into()], &matches, 3);
        assert!(ranking.documents.is_empty());
        assert_eq!(ranking.suggestions, ["sleep tips"]);
    }
}
