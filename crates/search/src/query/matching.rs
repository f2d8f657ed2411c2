//! Finds a query word among the forms of its chunk: the word itself, else the words it
//! begins (while it is being typed), else words a letter or two away (typos).

use crate::files::{Chunk, Term};

/// A term that matches a query word, and how much to trust the match.
pub struct TermMatch<'a> {
    /// The matched term.
    pub term: &'a Term,
    /// 1.0 for the word itself, less for a completion or a typo.
    pub weight: f64,
}

/// How a query word was found.
pub struct WordMatch<'a> {
    /// Every term it matches.
    pub terms: Vec<TermMatch<'a>>,
    /// Forms close to the word (for "did you mean"), nearest first, when nothing matched.
    pub near: Vec<&'a str>,
}

/// Completions of a word being typed: at most this many terms.
const MOST_COMPLETIONS: usize = 20;

/// The matches of `word` in its `chunk`; `last` when it is the query's last word (which may
/// still be being typed).
pub fn find<'a>(word: &str, chunk: Option<&'a Chunk>, last: bool) -> WordMatch<'a> {
    let Some(chunk) = chunk else { return WordMatch { terms: Vec::new(), near: Vec::new() } };
    let has_form = |term: &Term, test: &dyn Fn(&str) -> bool| term.forms.iter().any(|form| test(form));
    let exact: Vec<TermMatch> = chunk
        .terms
        .iter()
        .filter(|term| has_form(term, &|form| form == word))
        .map(|term| TermMatch { term, weight: 1.0 })
        .collect();
    if !exact.is_empty() {
        return WordMatch { terms: exact, near: Vec::new() };
    }
    let mut terms = Vec::new();
    if last && word.len() >= 3 {
        terms.extend(
            chunk
                .terms
                .iter()
                .filter(|term| has_form(term, &|form| form.starts_with(word)))
                .take(MOST_COMPLETIONS)
                .map(|term| TermMatch { term, weight: 0.8 }),
        );
    }
    // Typos: the nearest forms within the distance the word's length allows.
    let allowed = match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    let distances: Vec<(usize, &Term, &str)> = chunk
        .terms
        .iter()
        .flat_map(|term| term.forms.iter().map(move |form| (edit_distance(word, form), term, form.as_str())))
        .collect();
    if let Some(nearest) = distances.iter().map(|(distance, ..)| *distance).filter(|&d| d <= allowed).min() {
        for (distance, term, _) in &distances {
            if *distance == nearest && !terms.iter().any(|known: &TermMatch| std::ptr::eq(known.term, *term)) {
                terms.push(TermMatch { term, weight: if nearest == 1 { 0.7 } else { 0.5 } });
            }
        }
    }
    let mut near = Vec::new();
    if terms.is_empty() {
        // Nothing matched: the closest forms, for a suggestion, within a third of the word.
        let reach = (word.chars().count() / 3).max(2);
        let mut close: Vec<&(usize, &Term, &str)> =
            distances.iter().filter(|(distance, ..)| *distance <= reach).collect();
        close.sort_by_key(|(distance, term, form)| (*distance, std::cmp::Reverse(term.document_count()), *form));
        near = close.into_iter().take(3).map(|(_, _, form)| *form).collect();
    }
    WordMatch { terms, near }
}

/// Levenshtein distance between two words (letters inserted, deleted or changed).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let change = previous[j] + usize::from(ca != *cb);
            current.push(change.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk() -> Chunk {
        let term = |forms: &[&str], postings: &[u32]| Term {
            forms: forms.iter().map(|f| f.to_string()).collect(),
            postings: postings.to_vec(),
        };
        Chunk {
            terms: vec![
                term(&["sciatica"], &[0, 200]),
                term(&["sciatic"], &[1, 100]),
                term(&["sleep", "sleeping"], &[0, 10, 1, 20]),
            ],
        }
    }

    #[test]
    fn edit_distance_counts_changes() {
        assert_eq!(edit_distance("sciatia", "sciatica"), 1);
        assert_eq!(edit_distance("sleap", "sleep"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn a_form_of_the_word_is_an_exact_match() {
        let chunk = chunk();
        let found = find("sleeping", Some(&chunk), false);
        assert_eq!(found.terms.len(), 1);
        assert_eq!(found.terms[0].weight, 1.0);
    }

    #[test]
    fn a_typo_finds_the_nearest_word() {
        let chunk = chunk();
        let found = find("sciatia", Some(&chunk), false);
        // Both "sciatica" and "sciatic" are one letter away.
        assert_eq!(found.terms.len(), 2);
        assert!(found.terms.iter().all(|m| m.weight < 1.0));
    }

    #[test]
    fn the_last_word_may_be_unfinished() {
        let chunk = chunk();
        assert_eq!(find("sci", Some(&chunk), true).terms.len(), 2);
        assert!(find("sci", Some(&chunk), false).terms.is_empty());
    }

    #[test]
    fn no_match_offers_the_nearest_words() {
        let chunk = chunk();
        // Two letters away from "sleep": too far for a five-letter word to match, near enough to offer.
        let found = find("slxxp", Some(&chunk), false);
        assert!(found.terms.is_empty());
        assert_eq!(found.near, ["sleep"]);
    }
}
