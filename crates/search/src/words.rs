//! How text becomes words, the same way when the index is written and when a query is read:
//! lower case, common accents folded (`Ménière` → `meniere`), apostrophes dropped inside a word
//! (`don’t` → `dont`), anything else that is not a letter or digit splits words.

use std::ops::Range;

/// A word of a text: where it is (bytes) and its searchable form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the word is in the text, in bytes.
    pub span: Range<usize>,
    /// The word lower-cased and folded, as the index spells it.
    pub form: String,
}

/// Words too common to tell pages apart: left out of the index and of queries (unless a
/// query has nothing else).
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for", "from", "has",
    "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what",
    "when", "which", "who", "why", "will", "with", "you", "your",
];

/// Whether `form` is one of the [`STOP_WORDS`].
pub fn is_stop_word(form: &str) -> bool {
    STOP_WORDS.binary_search(&form).is_ok()
}

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut found = Vec::new();
    for_each_word(text, |span, form| found.push(Word { span, form: form.to_string() }));
    found
}

/// Calls `each` with every word of `text` in order (where it is, and its form) without
/// allocating for each: the index writer reads millions of words.
pub fn for_each_word(text: &str, mut each: impl FnMut(Range<usize>, &str)) {
    let mut form = String::new();
    let mut span: Option<Range<usize>> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = at + c.len_utf8();
        if let Some(folded) = fold(c) {
            span.get_or_insert(at..at).end = end;
            form.push_str(folded);
        } else if is_apostrophe(c) && span.is_some() && chars.peek().is_some_and(|&(_, next)| fold(next).is_some()) {
            // Inside a word: `don't`, `back's`.
        } else if let Some(done) = span.take() {
            each(done, &form);
            form.clear();
        }
    }
    if let Some(done) = span {
        each(done, &form);
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// The searchable spelling of one character, or `None` for a character between words.
fn fold(c: char) -> Option<&'static str> {
    const PLAIN: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let at = match c.to_ascii_lowercase() {
        digit @ '0'..='9' => Some(digit as usize - '0' as usize),
        letter @ 'a'..='z' => Some(10 + letter as usize - 'a' as usize),
        _ => None,
    };
    if let Some(at) = at {
        return Some(&PLAIN[at..at + 1]);
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        _ => return None,
    };
    Some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        words(text).into_iter().map(|word| word.form).collect()
    }

    #[test]
    fn words_are_lower_case_and_split_on_anything_else() {
        assert_eq!(forms("Heat or ICE? Self-care, 7 hours."), ["heat", "or", "ice", "self", "care", "7", "hours"]);
    }

    #[test]
    fn apostrophes_inside_a_word_are_dropped_and_accents_folded() {
        assert_eq!(forms("Don’t ignore Ménière's 'quoted'"), ["dont", "ignore", "menieres", "quoted"]);
    }

    #[test]
    fn spans_point_at_the_original_text() {
        let text = "Ménière disease";
        let found = words(text);
        assert_eq!(&text[found[0].span.clone()], "Ménière");
        assert_eq!(&text[found[1].span.clone()], "disease");
    }

    #[test]
    fn the_stop_word_list_is_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_stop_word("the") && !is_stop_word("sleep"));
    }
}
