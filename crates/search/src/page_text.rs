//! The words and addresses of the search page, shared by the app (the header's form) and the
//! engine's page: its address, heading, status line and how many results it shows.

use crate::Results;

/// Results shown at first, and added by each "Show more results".
pub const PAGE_SIZE: u32 = 10;

/// The site path of the search page for `query`: `/search?q=heat%20or%20ice`. The query is
/// kept as typed (a trailing space too: the address follows the field while the reader types).
pub fn search_path(query: &str) -> String {
    if query.trim().is_empty() { "/search".to_string() } else { format!("/search?q={}", encode(query)) }
}

/// Percent-encodes a query value (every byte but letters, digits and `-_.~`).
fn encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The page's heading (and title): what was searched for (`query` trimmed).
pub fn heading(query: &str) -> String {
    if query.is_empty() { "Search".to_string() } else { format!("Search results for “{query}”") }
}

/// The status line, read out when it changes: how many results `query` found.
pub fn status(query: &str, results: &Results) -> String {
    match results.total {
        0 => format!("No results for “{query}”"),
        1 => format!("1 result for “{query}”"),
        total => format!("{total} results for “{query}”"),
    }
}

/// How many of `results` the "Show more results" button would add, if any.
pub fn more_to_show(results: &Results) -> Option<u32> {
    let shown = results.hits.len() as u32;
    (results.total > shown).then(|| (results.total - shown).min(PAGE_SIZE))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(total: u32, shown: usize) -> Results {
        let hit = crate::Hit {
            path: "/a/b".into(),
            title: "B".into(),
            center: "A".into(),
            kind: "Article".into(),
            snippet: vec![],
        };
        Results { total, hits: vec![hit; shown], suggestions: vec![] }
    }

    #[test]
    fn the_address_carries_the_query_encoded() {
        assert_eq!(search_path("heat or ice"), "/search?q=heat%20or%20ice");
        assert_eq!(search_path("sleep "), "/search?q=sleep%20");
        assert_eq!(search_path("a&b=c/ü"), "/search?q=a%26b%3Dc%2F%C3%BC");
        assert_eq!(search_path("   "), "/search");
    }

    #[test]
    fn the_status_counts_results_in_words() {
        assert_eq!(status("sleep", &results(0, 0)), "No results for “sleep”");
        assert_eq!(status("sleep", &results(1, 1)), "1 result for “sleep”");
        assert_eq!(status("sleep", &results(23, 10)), "23 results for “sleep”");
        assert_eq!(heading(""), "Search");
        assert_eq!(heading("sleep"), "Search results for “sleep”");
    }

    #[test]
    fn more_results_come_a_page_at_a_time() {
        assert_eq!(more_to_show(&results(23, 10)), Some(10));
        assert_eq!(more_to_show(&results(23, 20)), Some(3));
        assert_eq!(more_to_show(&results(23, 23)), None);
    }
}
