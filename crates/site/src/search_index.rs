//! The search index: written by the site build beside the data files, under `search/`.
//! Between builds it keeps the index's memo (`health_search::build::IndexMemo`) under
//! `target/site-build/`: a run of documents whose data files did not change is read back,
//! not stemmed again, and its fragments are left as they are.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Mutex;

use health_content::build::{Compiled, Stamp};
use health_content::data::{ItemData, item_data_path};
use health_search::Document;
use health_search::build::search_document;
use health_search::build::{IndexMemo, Reuse, write_index_reusing};

use super::output::{SiteWriter, read_data_file, write_under};
use super::render_cache::builder_identity;

/// The folder of the index in the site.
pub const SEARCH_DIR: &str = "search";

/// What writing the index did.
pub struct SearchReport {
    /// How many files the index has.
    pub files: usize,
    /// How many runs of documents were read back from the last build, of how many.
    pub runs_reused: (usize, usize),
    /// Why the last build's memo was not used, when there was one.
    pub note: Option<String>,
}

/// Writes the index of every article and slideshow, after the data files (a document's key
/// is its data file's hash), keeping its memo in `memo_file` for the next build. Each item's
/// search document is made when the index reads it, a batch at a time, and each file
/// written as soon as it is made.
pub fn write_search_index(
    compiled: &Compiled,
    site: &mut SiteWriter,
    memo_file: &Path,
) -> Result<SearchReport, String> {
    // Every item by its site path (a document's id is its position); a kept item by its data
    // file, read only if a run of documents it belongs to must be made again.
    let mut items: Vec<(String, String, Option<&ItemData>)> = compiled
        .items
        .iter()
        .map(|data| (data.path(), item_data_path(&data.center.slug, &data.item.slug), Some(data)))
        .chain(compiled.kept.iter().map(|kept| (kept.path(), item_data_path(&kept.center, &kept.slug), None)))
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let paths: Vec<&str> = items.iter().map(|(path, ..)| path.as_str()).collect();
    let (memo, note) = match fs::read(memo_file) {
        Err(_) => (IndexMemo::default(), None),
        Ok(bytes) => match IndexMemo::from_bytes(bytes) {
            Ok(memo) => (memo, None),
            Err(why) => {
                (IndexMemo::default(), Some(format!("{}: {why}; every document is indexed again", memo_file.display())))
            }
        },
    };
    let keys: Option<Vec<u64>> = items
        .iter()
        .map(|(_, data_file, _)| site.stamp(data_file.trim_start_matches('/')).map(|stamp| stamp.hash))
        .collect();
    let outputs = site.outputs();
    let kept = |file: String| {
        let relative = format!("{SEARCH_DIR}/{file}");
        outputs.kept(&relative).map(|stamp: Stamp| Ok((relative, false, stamp)))
    };
    let key_of = |id: usize| keys.as_ref().map_or(0, |keys| keys[id]);
    // Without every data file's stamp (never, after `write_site_data`) nothing is read back.
    let reuse = keys.is_some().then(|| Reuse { salt: builder_identity(), key: &key_of, memo, kept: &kept });
    let unreadable = Mutex::new(None);
    let document = |id: usize| {
        let (_, data_file, data) = &items[id];
        match data {
            Some(data) => search_document(data),
            None => {
                read_data_file(outputs.root(), data_file).map(|data| search_document(&data)).unwrap_or_else(|why| {
                    unreadable.lock().map(|mut first| first.get_or_insert(why).clone()).ok();
                    Document {
                        path: String::new(),
                        title: String::new(),
                        center: String::new(),
                        kind: String::new(),
                        fields: Vec::new(),
                    }
                })
            }
        }
    };
    let written = write_index_reusing(
        &paths,
        document,
        |file, text| write_under(outputs, format!("{SEARCH_DIR}/{file}"), text.as_bytes()),
        reuse,
    );
    // A kept data file that cannot be read is no index to keep: the build starts again whole.
    if let Some(why) = unreadable.into_inner().ok().flatten() {
        return Err(why);
    }
    keep_memo(&written.memo, memo_file)
        .map_err(|e| format!("cannot keep the search index's memo in {}: {e}", memo_file.display()))?;
    let files = site.record_all(written.written)?;
    Ok(SearchReport { files, runs_reused: written.runs_reused, note })
}

/// Writes `memo` to `file` (a new file renamed over the old, so a build stopped halfway
/// leaves the last whole one).
fn keep_memo(memo: &IndexMemo, file: &Path) -> io::Result<()> {
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent)?;
    }
    let partial = file.with_extension("search-new");
    let mut out = BufWriter::new(fs::File::create(&partial)?);
    memo.write_to(&mut out)?;
    out.flush()?;
    drop(out);
    fs::rename(&partial, file)
}
