//! Search relevance on the shipped content: queries a reader would type, each with the page
//! that should come first, run through the real index (as the site build writes it) and the
//! real engine (natively, over the files in memory). Needs the `build` feature.

use std::collections::HashMap;
use std::path::Path;

use health_content::build::compile;
use health_content::source::ContentTree;
use health_search::build::{search_documents, write_index};
use health_search::files::{MANIFEST_FILE, Manifest};
use health_search::{Engine, Results};

/// The index of the shipped content, and an engine that reads it.
struct Site {
    files: HashMap<String, String>,
}

impl Site {
    fn shipped() -> Site {
        let tree =
            ContentTree::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("shipped content");
        let files = write_index(&search_documents(&compile(tree.clone()).items)).into_iter().collect();
        Site { files }
    }

    /// Searches as the browser does: the chunks the query needs, then its results' fragments.
    fn search(&self, query: &str, count: usize) -> Results {
        let manifest: Manifest = serde_json::from_str(&self.files[MANIFEST_FILE]).expect("manifest");
        let mut engine = Engine::new(manifest);
        for file in engine.chunks_needed(query) {
            engine.add_chunk(&file, serde_json::from_str(&self.files[&file]).expect("chunk"));
        }
        let ranking = engine.rank(query);
        for (id, file) in engine.fragments_needed(&ranking, count) {
            engine.add_fragment(id, serde_json::from_str(&self.files[&file]).expect("fragment"));
        }
        engine.results(&ranking, count)
    }

    fn top(&self, query: &str) -> Option<String> {
        self.search(query, 1).hits.first().map(|hit| hit.path.clone())
    }
}

/// (query, the page that should come first).
const RELEVANCE_SET: &[(&str, &str)] = &[
    ("sciatica", "/back-pain/sciatica"),
    ("sciatia", "/back-pain/sciatica"),
    ("heat or ice", "/back-pain/heat-and-cold-for-back-pain"),
    ("cold pack", "/back-pain/heat-and-cold-for-back-pain"),
    ("how much sleep", "/sleep/how-much-sleep-do-you-need"),
    ("insomnia", "/sleep/insomnia"),
    ("insomnai", "/sleep/insomnia"),
    ("spinal manipulation", "/back-pain/spinal-manipulation"),
    ("chiropractor", "/back-pain/spinal-manipulation"),
    ("physical therapist", "/back-pain/physical-therapy-for-back-pain"),
    ("ibuprofen", "/back-pain/pain-relievers-for-back-pain"),
    ("desk posture", "/back-pain/posture-at-your-desk"),
    ("mattress", "/back-pain/sleeping-with-back-pain"),
    ("when to see a doctor", "/back-pain/when-to-see-a-doctor-for-back-pain"),
    ("sleep myths", "/sleep/sleep-myths"),
    ("lifting", "/back-pain/how-to-protect-your-back"),
];

#[test]
fn every_query_of_the_relevance_set_finds_its_page_first() {
    let site = Site::shipped();
    let misses: Vec<String> = RELEVANCE_SET
        .iter()
        .filter_map(|(query, expected)| {
            let top = site.top(query);
            (top.as_deref() != Some(*expected)).then(|| format!("{query:?}: expected {expected}, got {top:?}"))
        })
        .collect();
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn plural_and_other_forms_find_the_same_pages_and_are_marked_as_written() {
    let site = Site::shipped();
    let paths = |query: &str| site.search(query, 50).hits.into_iter().map(|hit| hit.path).collect::<Vec<_>>();
    assert_eq!(paths("stretch"), paths("stretches"));
    assert_eq!(paths("stretch"), paths("stretching"));
    let results = site.search("stretches", 50);
    assert!(results.total > 0);
    let marked: Vec<String> = results
        .hits
        .iter()
        .flat_map(|hit| hit.snippet.iter().filter(|s| s.mark).map(|s| s.text.to_lowercase()))
        .collect();
    assert!(marked.iter().all(|word| word.starts_with("stretch")), "{marked:?}");
}

#[test]
fn every_word_of_a_query_counts() {
    let site = Site::shipped();
    // Pages with both words, when there are any, and only they.
    let (both, sleep, back) = (site.search("sleep back", 50), site.search("sleep", 50), site.search("back", 50));
    assert!(
        both.total > 0 && both.total < sleep.total.min(back.total),
        "{} of {} and {}",
        both.total,
        sleep.total,
        back.total
    );
    // No page has both: the pages with either word.
    let either = site.search("insomnia sciatica", 50);
    assert_eq!(either.total, site.search("insomnia", 50).total + site.search("sciatica", 50).total);
}

#[test]
fn a_query_with_nothing_to_find_suggests_a_spelling() {
    let site = Site::shipped();
    let results = site.search("slxxp", 10);
    assert_eq!(results.total, 0);
    assert_eq!(results.suggestions.first().map(String::as_str), Some("sleep"));
    assert_eq!(site.search("qqqqzz", 10).total, 0);
}

#[test]
fn results_carry_their_title_center_kind_and_a_marked_snippet() {
    let site = Site::shipped();
    let hit = site.search("sciatica", 1).hits.remove(0);
    assert_eq!(
        (hit.title.as_str(), hit.center.as_str(), hit.kind.as_str()),
        ("Sciatica", "Back Pain Health Center", "Article")
    );
    assert!(hit.snippet.iter().any(|segment| segment.mark && segment.text.eq_ignore_ascii_case("sciatica")));
    let slideshow = site.search("back pain myths", 1).hits.remove(0);
    assert_eq!(slideshow.kind, "Slideshow");
}
