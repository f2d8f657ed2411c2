//! A passage of a result's text around the matched words, with those words marked: the
//! paragraph window with the most different matched words, or the text's start.

use std::collections::BTreeSet;

use super::Segment;
use crate::words::words;

/// A snippet shows about this many words.
const WINDOW: usize = 26;

/// The snippet of `text` (paragraphs on lines) for a query whose matched forms are `marked`.
pub fn snippet(text: &str, marked: &BTreeSet<String>) -> Vec<Segment> {
    // The best window so far: ((different words, matched words), line, first word).
    let mut best: Option<((usize, usize), &str, usize)> = None;
    for line in text.lines() {
        let found = words(line);
        for (start, _) in found.iter().enumerate().filter(|(_, word)| marked.contains(&word.form)) {
            let hits: Vec<&str> = found[start..]
                .iter()
                .take(WINDOW)
                .filter(|word| marked.contains(&word.form))
                .map(|word| word.form.as_str())
                .collect();
            let value = (hits.iter().collect::<BTreeSet<_>>().len(), hits.len());
            if best.is_none_or(|(known, ..)| value > known) {
                best = Some((value, line, start));
            }
        }
    }
    match best {
        Some((_, line, start)) => passage(line, start, marked),
        None => {
            text.lines().find(|line| !line.trim().is_empty()).map(|line| passage(line, 0, marked)).unwrap_or_default()
        }
    }
}

/// `WINDOW` words of `line` from word `start`, split into marked and plain segments.
fn passage(line: &str, start: usize, marked: &BTreeSet<String>) -> Vec<Segment> {
    let found = words(line);
    // Begin a little before the first matched word, so it reads as a sentence.
    let start = start.saturating_sub(4);
    let from = if start == 0 { 0 } else { found[start].span.start };
    let last = (start + WINDOW).min(found.len());
    let to = if last >= found.len() { line.len() } else { found[last - 1].span.end };
    let mut segments = Vec::new();
    let mut plain = String::new();
    if from > 0 {
        plain.push('…');
    }
    let mut at = from;
    for word in found[start..last].iter().filter(|word| marked.contains(&word.form)) {
        plain.push_str(&line[at..word.span.start]);
        if !plain.is_empty() {
            segments.push(Segment { text: std::mem::take(&mut plain), mark: false });
        }
        segments.push(Segment { text: line[word.span.clone()].to_string(), mark: true });
        at = word.span.end;
    }
    plain.push_str(&line[at..to]);
    if to < line.len() {
        plain.push('…');
    }
    if !plain.is_empty() {
        segments.push(Segment { text: plain, mark: false });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(forms: &[&str]) -> BTreeSet<String> {
        forms.iter().map(|f| f.to_string()).collect()
    }

    fn render(segments: &[Segment]) -> String {
        segments.iter().map(|s| if s.mark { format!("[{}]", s.text) } else { s.text.clone() }).collect()
    }

    #[test]
    fn matched_words_are_marked_as_written() {
        let text = "Gentle stretches can ease Sciatica.";
        assert_eq!(
            render(&snippet(text, &marked(&["stretches", "sciatica"]))),
            "Gentle [stretches] can ease [Sciatica]."
        );
    }

    #[test]
    fn the_paragraph_with_the_most_different_words_is_chosen() {
        let text = "Sleep matters.\nHeat helps some people.\nHeat or ice both help with pain.";
        assert_eq!(render(&snippet(text, &marked(&["heat", "ice"]))), "[Heat] or [ice] both help with pain.");
    }

    #[test]
    fn a_long_paragraph_is_cut_around_the_match() {
        let filler = "word ".repeat(40);
        let text = format!("{filler}sciatica {filler}");
        let shown = render(&snippet(&text, &marked(&["sciatica"])));
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[sciatica]"));
        assert!(shown.split_whitespace().count() <= WINDOW + 1);
    }

    #[test]
    fn without_a_match_the_text_starts_the_snippet() {
        let text = "First paragraph here.\nSecond.";
        assert_eq!(render(&snippet(text, &marked(&["title"]))), "First paragraph here.");
        assert!(snippet("", &marked(&["x"])).is_empty());
    }
}
