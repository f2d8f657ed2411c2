//! The search index: written by the content step beside the data files, under `search/`.

use health_center::site::search_documents::{indexed_items, search_document};
use health_content::build::Compiled;
use health_search::build::write_index_of;

use super::output::{SiteWriter, write_under};

/// The folder of the index in the site.
pub const SEARCH_DIR: &str = "search";

/// Writes the index of every article and slideshow; returns how many files it has. Each
/// item's search document is made when the index reads it, a batch at a time, and each
/// file written as soon as it is made.
pub fn write_search_index(compiled: &Compiled, site: &mut SiteWriter) -> Result<usize, String> {
    let items = indexed_items(&compiled.items);
    let paths: Vec<&str> = items.iter().map(|(path, _)| path.as_str()).collect();
    let outputs = site.outputs();
    let written = write_index_of(&paths, |id| search_document(items[id].1), |file, text| {
        write_under(outputs, format!("{SEARCH_DIR}/{file}"), text.as_bytes())
    });
    site.record_all(written)
}
