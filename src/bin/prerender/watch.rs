//! `--watch` (for `make serve`): after the first build, build again whenever something in the
//! content folder changes, so a writer who saves a file sees the page on reload. Each build is
//! the ordinary incremental one: unchanged pages are not rendered again.

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

/// An editor's save is several events (write, rename, metadata): wait this long for quiet.
const SETTLE: Duration = Duration::from_millis(120);

/// Calls `build` each time `folder` changes, printing its outcome; returns only on a watch error.
pub fn watch(folder: &Path, build: impl Fn() -> Result<String, String>) -> Result<(), String> {
    let (changes, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(changes).map_err(|e| format!("cannot watch {}: {e}", folder.display()))?;
    watcher
        .watch(folder, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", folder.display()))?;
    println!("prerender: watching {} (save a file to rebuild; Ctrl-C stops)", folder.display());
    while let Ok(event) = events.recv() {
        if !is_change(&event) {
            continue;
        }
        // Let the rest of the save arrive, then build once.
        while let Ok(more) = events.recv_timeout(SETTLE) {
            let _ = more;
        }
        let started = Instant::now();
        match build() {
            Ok(summary) => println!("prerender: {summary} in {:.2} s", started.elapsed().as_secs_f64()),
            // Content errors are the writer's to fix: say them and keep watching.
            Err(message) => eprintln!("{message}"),
        }
    }
    Err("the file watcher stopped".into())
}

fn is_change(event: &notify::Result<notify::Event>) -> bool {
    matches!(event, Ok(event) if matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)))
}
