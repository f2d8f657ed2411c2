//! Skips pages whose inputs did not change since the last build into the same folder: a
//! page is a function of its data, the template, the addresses and the renderer itself, so
//! when none of them changed, the page on disk is already right. An edit to one article
//! re-renders that article, its hub and the pages that link to it, not the whole site.

use std::collections::HashMap;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// Where the build keeps what it knows of the site folder `dist` between builds (under
/// `target/site-build/`, never deployed): one file per folder and `extension`.
pub fn state_file(state: &Path, dist: &Path, extension: &str) -> PathBuf {
    let name =
        fs::canonicalize(dist).unwrap_or_else(|_| dist.to_path_buf()).to_string_lossy().replace(['/', '\\', ':'], "_");
    state.join(format!("{name}.{extension}"))
}

/// A hash of this program's file (its length and date): what the build state made by
/// another build of the site build is not trusted, since it may derive the same input
/// otherwise.
pub fn builder_identity() -> u64 {
    let mut hasher = DefaultHasher::new();
    if let Ok(meta) = std::env::current_exe().and_then(fs::metadata) {
        meta.len().hash(&mut hasher);
        meta.modified().ok().hash(&mut hasher);
    }
    hasher.finish()
}

/// Each page's input hash from the last build, and this build's.
pub struct RenderCache {
    file: PathBuf,
    before: HashMap<String, u64>,
    now: HashMap<String, u64>,
    /// What every page shares: the renderer's identity, the template, the addresses.
    common: u64,
    /// Why the last build's hashes could not be read, if they were there.
    pub note: Option<String>,
}

impl RenderCache {
    /// The cache kept in `file` (see [`state_file`]; never deployed).
    pub fn open(file: PathBuf, shared_inputs: &[&str]) -> RenderCache {
        let mut hasher = DefaultHasher::new();
        // The renderer itself: a rebuilt pre-renderer may render the same data differently.
        builder_identity().hash(&mut hasher);
        shared_inputs.hash(&mut hasher);
        // A missing file is a first build; a damaged one is said, and every page rendered.
        let (before, note) = match fs::read_to_string(&file).map(|text| serde_json::from_str(&text)) {
            Err(_) => (HashMap::new(), None),
            Ok(Ok(before)) => (before, None),
            Ok(Err(why)) => {
                (HashMap::new(), Some(format!("{}: cannot be read ({why}); every page is rendered", file.display())))
            }
        };
        RenderCache { file, before, now: HashMap::new(), common: hasher.finish(), note }
    }

    /// A cache that knows no page (every page is rendered) and is never kept.
    pub fn none() -> RenderCache {
        RenderCache { file: PathBuf::new(), before: HashMap::new(), now: HashMap::new(), common: 0, note: None }
    }

    /// The hash of the inputs of the page at `path`, which carries the site index whose JSON
    /// hashes to `site` and the data file (if any) whose bytes hash to `own`.
    pub fn inputs(&self, path: &str, site: u64, own: Option<u64>) -> u64 {
        let mut hasher = DefaultHasher::new();
        (self.common, path, site, own).hash(&mut hasher);
        hasher.finish()
    }

    /// Whether the page at `path`, with inputs `inputs`, is as the last build left it: the
    /// same inputs, and its file still there. Read-only, so pages are asked from many threads.
    pub fn unchanged(&self, path: &str, inputs: u64, page_file: &Path) -> bool {
        self.before.get(path) == Some(&inputs) && page_file.is_file()
    }

    /// Records the inputs of the page at `path` for the next build.
    pub fn record(&mut self, path: String, inputs: u64) {
        self.now.insert(path, inputs);
    }

    /// Keeps this build's hashes for the next one.
    pub fn save(&self) -> Result<(), String> {
        if let Some(parent) = self.file.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        let text = serde_json::to_string(&self.now).map_err(|e| e.to_string())?;
        fs::write(&self.file, text).map_err(|e| format!("cannot write {}: {e}", self.file.display()))
    }
}
