//! The index as far as this visit has loaded it: [`search`] fetches the files a query needs
//! (each once) and asks the engine.

use std::cell::RefCell;

use health_search::files::{Chunk, Fragment, MANIFEST_FILE, Manifest};
use health_search::{Engine, Results};

use crate::fetch::{Failure, fetch_all, fetch_json};

thread_local! {
    /// The index as loaded so far this visit.
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// The first `count` results for `query` from the index in the folder `index` (a URL
/// ending in `/`).
pub async fn search(index: &str, query: &str, count: usize) -> Result<Results, Failure> {
    match run(index, query, count).await {
        // A file named by an older index is gone: a new version was deployed. Start again from its manifest.
        Err(Failure::Status(404)) => {
            ENGINE.with(|engine| engine.borrow_mut().take());
            run(index, query, count).await
        }
        other => other,
    }
}

/// One search: the manifest (once), the chunks the query needs, then its results' fragments.
async fn run(index: &str, query: &str, count: usize) -> Result<Results, Failure> {
    if ENGINE.with(|engine| engine.borrow().is_none()) {
        let manifest: Manifest = fetch_json(&format!("{index}{MANIFEST_FILE}")).await?;
        ENGINE.with(|engine| *engine.borrow_mut() = Some(Engine::new(manifest)));
    }
    let chunks = with_engine(|engine| engine.chunks_needed(query))?;
    for (file, chunk) in fetch_all::<Chunk>(index, chunks).await? {
        with_engine(|engine| engine.add_chunk(&file, chunk))?;
    }
    let ranking = with_engine(|engine| engine.rank(query))?;
    let wanted = with_engine(|engine| engine.fragments_needed(&ranking, count))?;
    let (ids, files): (Vec<u32>, Vec<String>) = wanted.into_iter().unzip();
    for (id, (_, fragment)) in ids.into_iter().zip(fetch_all::<Fragment>(index, files).await?) {
        with_engine(|engine| engine.add_fragment(id, fragment))?;
    }
    with_engine(|engine| engine.results(&ranking, count))
}

/// Runs `f` on the loaded engine. `run` loads it first; a concurrent search that found a
/// stale index may have dropped it since, and then this search starts again.
fn with_engine<T>(f: impl FnOnce(&mut Engine) -> T) -> Result<T, Failure> {
    ENGINE.with(|engine| engine.borrow_mut().as_mut().map(f)).ok_or(Failure::Status(404))
}
