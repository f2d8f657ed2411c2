//! Publishing the pictures: each photograph as its variants (encoded once, then taken from the
//! cache), each drawing cleaned (once, then taken from the cache), every one under a name carrying its content hash so that
//! hosts may serve `images/` as immutable. Only pictures the published content uses are
//! published: a draft's photograph or a stray file in `images/` never reaches the site.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use health_pictures::{Cache, Prepared, content_hash, prepare};

use crate::model::{Image, Variants};
use crate::source::drawings::clean_drawing;
use crate::source::pictures::{PictureUse, image_uses, is_photograph, look_at_pictures, picture_settings};
use crate::source::{ContentError, ContentTree};

/// The width of the variant a photograph's `src` names (for browsers without `srcset`, link
/// previews and JSON-LD): sharp for a 1,080 px wide screen.
const FALLBACK_WIDTH: u32 = 1080;

/// One file to publish: its path under the site folder, and where its bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PictureFile {
    /// Relative to the site folder, e.g. `images/back-pain/sciatica.3fa9….720.webp`.
    pub path: String,
    /// The cached variant, or the drawing in the content folder.
    pub from: PathBuf,
}

/// Every picture of the site as published, by the site path writers gave it.
#[derive(Clone, Debug, Default)]
pub struct PictureTable {
    published: HashMap<String, Image>,
    /// The files to write into the site.
    pub files: Vec<PictureFile>,
    /// Photographs published.
    pub photographs: usize,
    /// Of those, the ones encoded by this build (the rest came from the cache).
    pub encoded: usize,
}

impl PictureTable {
    /// Turns an authored picture into its published form: the hashed file, its preview, the
    /// upright size and, for a photograph, its variants. Pictures not in the table are left
    /// as they are.
    pub fn apply(&self, image: &mut Image) {
        let Some(published) = self.published.get(&image.src) else { return };
        image.src = published.src.clone();
        image.preview = published.preview.clone();
        match &published.srcset {
            // A photograph gets its upright size and its variants.
            Some(srcset) => {
                image.width = published.width;
                image.height = published.height;
                image.srcset = Some(srcset.clone());
            }
            // A drawing keeps the size its file or its writer gave, and is its own one variant
            // at that width: the page's `sizes` needs a `srcset` beside it (HTML standard).
            None => image.srcset = Some(format!("{} {}w", published.src, image.width)),
        }
    }
}

/// Prepares every picture the published content uses, on every core, with the cache in
/// `cache`: the table, or every problem with the photographs at the fields that name them.
pub fn publish_pictures(tree: &ContentTree, cache: &Cache) -> Result<PictureTable, Vec<ContentError>> {
    let settings = picture_settings(&tree.site);
    // Every use of every picture (at 50,000 items, tens of thousands naming a few files):
    // photographs are looked at once each, drawings read once each.
    let (uses, drawing_uses): (Vec<PictureUse>, Vec<PictureUse>) =
        image_uses(tree, false).into_iter().partition(|u| is_photograph(&u.src));
    let mut drawings: Vec<String> = drawing_uses.into_iter().map(|u| u.src).collect();
    drawings.sort_unstable();
    drawings.dedup();
    let look = |bytes: &[u8], extension: &str| prepare(bytes, extension, &settings, cache);
    let (prepared, errors) = look_at_pictures(&tree.root, &uses, look, |p: &Prepared| p.entry.width);
    if !errors.is_empty() {
        return Err(crate::source::locate_errors(tree, errors));
    }
    let mut table = PictureTable::default();
    for (src, picture) in prepared {
        let stem = format!("{}.{}", without_extension(&src), picture.key);
        let variants = Variants { stem, widths: picture.entry.widths.clone(), preview: picture.entry.preview.clone() };
        for &width in &variants.widths {
            table.files.push(PictureFile {
                path: variants.path(width).trim_start_matches('/').into(),
                from: cache.variant(&picture.key, width),
            });
        }
        table.photographs += 1;
        table.encoded += picture.encoded as usize;
        let image = Image {
            src: variants.path(variants.fallback(FALLBACK_WIDTH)),
            width: picture.entry.width,
            height: picture.entry.height,
            alt: String::new(),
            srcset: Some(variants.srcset()),
            preview: Some(variants.preview.clone()),
        };
        table.published.insert(src, image);
    }
    let mut errors = Vec::new();
    for src in drawings {
        match publish_drawing(&tree.root, &src, cache) {
            Ok((published, from, preview)) => {
                table.files.push(PictureFile { path: published.trim_start_matches('/').into(), from });
                table.published.insert(
                    src,
                    Image {
                        src: published,
                        width: 0,
                        height: 0,
                        alt: String::new(),
                        srcset: None,
                        preview: Some(preview),
                    },
                );
            }
            Err(found) => errors.extend(found),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    table.files.sort_by(|a, b| a.path.cmp(&b.path));
    table.files.dedup();
    Ok(table)
}

/// A drawing cleaned, and its preview rendered, once per machine: its published path (named
/// by the cache key, which follows its bytes and the cleaner's version), the cached cleaned
/// file and the preview. A drawing with a refused part is never cached, so every build
/// reports it again.
fn publish_drawing(root: &Path, src: &str, cache: &Cache) -> Result<(String, PathBuf, String), Vec<ContentError>> {
    let file = src.trim_start_matches('/');
    // Before the cache is asked: a link out of the folder must not publish what it leads to.
    crate::source::check_inside(root, file).map_err(|message| vec![ContentError::new(file, ".", message)])?;
    let bytes = std::fs::read(root.join(file))
        .map_err(|e| vec![ContentError::new(file, ".", format!("cannot read the drawing: {e}"))])?;
    let key = content_hash(&[format!("cleaner {}\0", health_drawings::CLEANER_VERSION).as_bytes(), &bytes].concat());
    let folder = cache.root().join("drawings");
    let (cached, preview_file) = (folder.join(format!("{key}.svg")), folder.join(format!("{key}.preview")));
    let preview = match (std::fs::read_to_string(&preview_file), cached.is_file()) {
        (Ok(preview), true) => preview,
        _ => {
            let cleaned = clean_drawing(root, src)?;
            let preview = drawing_preview(&cleaned.svg);
            // The preview first: the drawing's file is what says the entry is whole.
            let stored = std::fs::create_dir_all(&folder).and_then(|()| {
                write_whole(&preview_file, preview.as_bytes())?;
                write_whole(&cached, cleaned.svg.as_bytes())
            });
            stored.map_err(|e| {
                vec![ContentError::new(
                    file,
                    ".",
                    format!("the cleaned drawing could not be stored in {}: {e}", cache.root().display()),
                )]
            })?;
            preview
        }
    };
    Ok((format!("{}.{key}.svg", without_extension(src)), cached, preview))
}

/// The blurred preview of a cleaned drawing, made as a photograph's is (16 px wide WebP).
fn drawing_preview(svg: &str) -> String {
    let pixels = health_drawings::render(svg, health_pictures::encode::PREVIEW_WIDTH);
    let picture = match pixels {
        Some(p) => health_pictures::decode::Decoded { pixels: p.rgba, width: p.width, height: p.height, alpha: true },
        // Nothing to draw: one transparent pixel, so the page shows the box's own colour.
        None => health_pictures::decode::Decoded { pixels: vec![0; 4], width: 1, height: 1, alpha: true },
    };
    health_pictures::encode::preview(&picture)
}

/// Writes `bytes` to `path` under a temporary name, then renames it: never half a file.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let partial = path.with_extension(format!("partial-{}", std::process::id()));
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)
}

fn without_extension(src: &str) -> &str {
    src.rsplit_once('.').map_or(src, |(stem, _)| stem)
}
