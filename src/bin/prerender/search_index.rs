//! The search index: written by the content step beside the data files, under `search/`.

use health_center::site::search_documents::search_documents;
use health_content::build::Compiled;
use health_search::build::write_index;

use super::output::SiteWriter;

/// The folder of the index in the site.
pub const SEARCH_DIR: &str = "search";

/// Writes the index of every article and slideshow; returns how many files it has.
pub fn write_search_index(compiled: &Compiled, site: &mut SiteWriter) -> Result<usize, String> {
    let files = write_index(&search_documents(&compiled.items));
    let written = site.write_all(files.into_iter().map(|(path, text)| (format!("{SEARCH_DIR}/{path}"), text.into_bytes())).collect())?;
    Ok(written)
}
