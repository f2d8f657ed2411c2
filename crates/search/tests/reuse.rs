//! An index build that reads runs back from the last build's memo writes the same files as a
//! fresh build of the same documents, and re-stems only the runs whose documents changed.
#![cfg(feature = "build")]

use std::collections::HashMap;
use std::sync::Mutex;

use health_search::build::{IndexMemo, Reuse, write_index, write_index_reusing};
use health_search::{Document, Field};

/// 600 documents: three runs of the index (256, 256 and 88).
fn documents() -> Vec<Document> {
    (0..600)
        .map(|n| Document {
            path: format!("/c/item-{n:03}"),
            title: format!("Item {n}"),
            center: "C".into(),
            kind: "Article".into(),
            fields: vec![
                (Field::Title, format!("Item {n}")),
                (Field::Body, format!("Back pain and sleep, week {n}: stretching helps {}.", n % 7)),
            ],
        })
        .collect()
}

/// A key for each document that changes with it, as a site's data file hash would.
fn key(document: &Document) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    (&document.title, &document.fields.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>()).hash(&mut hasher);
    hasher.finish()
}

/// Builds the index of `documents` reusing `memo`, where the files of the last build are
/// `last` (a file is kept when `last` has it, unless it is in `lost`); returns every file and
/// the new memo and how many runs were read back.
fn build(
    documents: &[Document],
    memo: IndexMemo,
    last: &HashMap<String, String>,
    lost: &str,
    salt: u64,
) -> (HashMap<String, String>, IndexMemo, (usize, usize)) {
    let paths: Vec<&str> = documents.iter().map(|d| d.path.as_str()).collect();
    let keys: Vec<u64> = documents.iter().map(key).collect();
    let written = Mutex::new(HashMap::new());
    let kept = |file: String| {
        (file != lost)
            .then(|| last.get(&file).map(|text| written.lock().unwrap().insert(file, text.clone())))?
            .map(|_| ())
    };
    let reuse = Reuse { salt, key: &|id| keys[id], memo, kept: &kept };
    let result = write_index_reusing(
        &paths,
        |id| documents[id].clone(),
        |file, text| {
            written.lock().unwrap().insert(file, text);
        },
        Some(reuse),
    );
    (written.into_inner().unwrap(), result.memo, result.runs_reused)
}

fn bytes(memo: &IndexMemo) -> Vec<u8> {
    let mut bytes = Vec::new();
    memo.write_to(&mut bytes).expect("writes to memory");
    bytes
}

fn fresh(documents: &[Document]) -> HashMap<String, String> {
    write_index(documents).into_iter().collect()
}

#[test]
fn an_edit_re_stems_its_run_only_and_the_index_is_a_fresh_build_s() {
    let mut documents = documents();
    let (first, memo, reused) = build(&documents, IndexMemo::default(), &HashMap::new(), "", 1);
    assert_eq!(reused, (0, 3));
    assert_eq!(memo.len(), 3);
    assert_eq!(first, fresh(&documents), "the first build is a fresh build");

    // One document of the second run edited: a new word, a changed title.
    documents[300].title = "Sciatica at night".into();
    documents[300].fields =
        vec![(Field::Title, "Sciatica at night".into()), (Field::Body, "Sciatica wakes some people.".into())];
    let (second, memo, reused) =
        build(&documents, IndexMemo::from_bytes(bytes(&memo)).expect("reads back"), &first, "", 1);
    assert_eq!(reused, (2, 3), "the other two runs are read back");
    assert_eq!(second, fresh(&documents), "the same files as a fresh build");
    assert!(second.values().any(|text| text.contains("sciatica")));

    // Nothing changed, but a fragment of the first run is gone from the site: that run is made again.
    let gone = second
        .keys()
        .find(|file| file.starts_with("f/") && file.ends_with("/0.json"))
        .expect("document 0's fragment")
        .clone();
    let (third, _, reused) = build(&documents, memo, &second, &gone, 1);
    assert_eq!(reused, (2, 3));
    assert_eq!(third, fresh(&documents));
}

#[test]
fn another_salt_or_an_added_document_reads_nothing_back() {
    let documents = documents();
    let (first, memo, _) = build(&documents, IndexMemo::default(), &HashMap::new(), "", 1);
    // A document added first: every id moves, and the fragments' folder is named anew.
    let mut more = documents.clone();
    more.insert(0, Document { path: "/c/aaa".into(), ..documents[0].clone() });
    let (files, _, reused) = build(&more, IndexMemo::from_bytes(bytes(&memo)).expect("reads back"), &first, "", 1);
    assert_eq!(reused, (0, 3));
    assert_eq!(files, fresh(&more));
    // The same documents made by other code (another salt): nothing is trusted.
    let (files, _, reused) = build(&documents, memo, &first, "", 2);
    assert_eq!(reused, (0, 3));
    assert_eq!(files, first);
}
