//! `--watch` (for `make serve`): after the first build, build again whenever something in the
//! content folder or the page shell changes, so a writer who saves a file sees the page on
//! reload. Each build is the ordinary incremental one: unchanged pages are not rendered again.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::Built;

/// An editor's save is several events (write, rename, metadata): wait this long for quiet.
const SETTLE: Duration = Duration::from_millis(120);

/// Calls `build` each time something in `content` or the file `shell` changes, printing its
/// outcome; returns only on a watch error.
pub fn watch(content: &Path, shell: &Path, mut build: impl FnMut() -> Result<Built, String>) -> Result<(), String> {
    let absolute =
        |path: &Path| std::fs::canonicalize(path).map_err(|e| format!("cannot watch {}: {e}", path.display()));
    let (content, shell) = (absolute(content)?, absolute(shell)?);
    // Many editors save by writing a new file and renaming it over the old one, which ends a
    // watch on the file itself: watch its folder, and take only the file's own events.
    let shell_folder = shell.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"));
    let (changes, events) = mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(changes).map_err(|e| format!("cannot watch {}: {e}", content.display()))?;
    watcher
        .watch(&content, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", content.display()))?;
    watcher
        .watch(&shell_folder, RecursiveMode::NonRecursive)
        .map_err(|e| format!("cannot watch {}: {e}", shell_folder.display()))?;
    println!(
        "prerender: watching {} and {} (save a file to rebuild; Ctrl-C stops)",
        content.display(),
        shell.display()
    );
    while let Ok(event) = events.recv() {
        if !is_change(&event, &content, &shell) {
            continue;
        }
        // Let the rest of the save arrive, then build once.
        while let Ok(more) = events.recv_timeout(SETTLE) {
            let _ = more;
        }
        let started = Instant::now();
        match build() {
            Ok(built) => println!("{}", built.output(started.elapsed().as_secs_f64())),
            // Content and shell errors are the writer's to fix: say them and keep watching.
            Err(message) => eprintln!("{message}"),
        }
    }
    Err("the file watcher stopped".into())
}

/// Whether `event` changed a file under `content` or the file `shell`.
fn is_change(event: &notify::Result<notify::Event>, content: &Path, shell: &Path) -> bool {
    let Ok(event) = event else { return false };
    matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_))
        && event.paths.iter().any(|path| path.starts_with(content) || path == shell)
}
