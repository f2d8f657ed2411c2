//! Writes one pre-rendered page, whole: the page shell (`index.html`, see `shell`) with the
//! policy, the page's own head tags, the app's files from `app.json`, the rendered body and the
//! data the body was rendered from (so the browser hydrates from the very same data).

use health_app_files::{AppFile, AppFiles};
use health_center::chunks::page::chunk_name;
use health_center::chunks::parts::chunks_of_item;
use health_center::content::Page;
use health_center::content::data::ItemData;
use health_center::paths::{self, BASE_ATTRIBUTE, PRERENDERED_ATTRIBUTE};
use health_center::site::head::{HeadTags, escape, script_safe};

use super::app_start::app_files_template;
use super::headers::{ASSETS_DIR, csp_meta};
use super::manifest::MANIFEST_FILE;
use super::shell::{Fill, Mark, Shell};

/// What goes into one page.
pub struct PageParts<'a> {
    /// Title, description, canonical, Open Graph, JSON-LD.
    pub head: &'a HeadTags,
    /// The app rendered for this page (the body's content).
    pub body: &'a str,
    /// The site path rendered, or `None` for the 404 page (rendered afresh in the browser).
    pub path: Option<&'a str>,
    /// The deployment's sub-path ("" at the root, "/health" under one).
    pub base: &'a str,
    /// The data the page was rendered from, one block per data file.
    pub data: &'a [DataBlock<'a>],
    /// The wasm chunks the page loads before the app takes it over (see [`page_chunks`]).
    pub chunks: &'a [&'static str],
}

/// The chunks of `page`'s own code (the page table, `routes/mod.rs`) and of its item's parts
/// (`chunks/parts.rs`): what the app loads before it hydrates that page.
pub fn page_chunks(page: &Page, item: Option<&ItemData>) -> Vec<&'static str> {
    chunk_name(page).into_iter().chain(item.map(chunks_of_item).unwrap_or_default()).collect()
}

/// One data file a page carries, as `<script type="application/json" id=… data-src=…>`.
pub struct DataBlock<'a> {
    /// The block's id (see `content::data::SITE_DATA_ID`): how the app finds it.
    pub id: &'a str,
    /// The data file's site path (`/content/…json`): the service worker keeps the block as
    /// that file, so a page kept for reading offline can also be reached by a link.
    pub path: &'a str,
    /// The file's JSON.
    pub json: &'a str,
}

/// The page's HTML: `shell` with each mark filled for `parts`.
pub fn compose(shell: &Shell, app: &AppFiles, parts: &PageParts) -> String {
    let asset = |file: &AppFile| format!("{}/{ASSETS_DIR}/{}", parts.base, file.file);
    let checked =
        |address: &'static str, file: &AppFile| vec![(address, asset(file)), ("integrity", file.integrity.clone())];
    shell.write_page(|mark| match mark {
        Mark::Policy => attributes(vec![("content", csp_meta(&app.head_script.hash))]),
        Mark::PageHead => Fill { content: parts.head.to_html(), ..Fill::default() },
        // No `integrity` on the icon: the HTML standard allows it only on stylesheets,
        // scripts and preloads (browsers ignore it elsewhere); the icon's name is its hash.
        Mark::Icon => attributes(vec![("href", asset(&app.icon))]),
        Mark::Manifest => attributes(vec![("href", format!("{}/{MANIFEST_FILE}", parts.base))]),
        Mark::HeadScript => Fill { content: app.head_script.text.clone(), ..Fill::default() },
        Mark::Stylesheet => attributes(checked("href", &app.stylesheet)),
        Mark::App => Fill { content: app_files_template(app, parts.base, parts.chunks), ..Fill::default() },
        Mark::Page => page_body(parts),
    })
}

fn attributes(attributes: Vec<(&'static str, String)>) -> Fill {
    Fill { attributes, ..Fill::default() }
}

/// The body's attributes the app reads, the page, then its data blocks.
fn page_body(parts: &PageParts) -> Fill {
    let mut attributes = vec![(BASE_ATTRIBUTE, parts.base.to_string())];
    attributes.extend(parts.path.map(|path| (PRERENDERED_ATTRIBUTE, path.to_string())));
    // No whitespace between <body> and the app: hydration walks the body's children. The
    // data goes after the content, so the browser reads and paints the content first.
    let mut content = parts.body.to_string();
    for block in parts.data {
        let src = escape(&paths::href_under(parts.base, block.path));
        content.push_str(&format!(
            "<script type=\"application/json\" id=\"{}\" data-src=\"{src}\">{}</script>",
            block.id,
            script_safe(block.json)
        ));
    }
    Fill { attributes, content }
}

#[cfg(test)]
pub(crate) mod tests;
