//! The "did you mean" of a broken link: the page path a typo most likely meant.

/// The page path nearest to `to` by edit distance, if one is near enough to be a typo.
pub fn nearest<'a>(to: &str, paths: impl Iterator<Item = &'a String>) -> Option<&'a String> {
    let limit = (to.len() / 5).clamp(2, 6);
    paths.map(|path| (distance(to, path), path)).filter(|(d, _)| *d <= limit).min().map(|(_, path)| path)
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_page_it_meant() {
        let paths = ["/back-pain/sciatica".to_string(), "/back-pain/spinal-manipulation".to_string()];
        assert_eq!(nearest("/back-pain/sciatca", paths.iter()), Some(&paths[0]));
    }

    #[test]
    fn nothing_near_enough_is_no_suggestion() {
        let paths = ["/back-pain/sciatica".to_string()];
        assert_eq!(nearest("/sleep/insomnia", paths.iter()), None);
    }

    #[test]
    fn distance_counts_edits_in_characters() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("rücken", "rucken"), 1);
    }
}
