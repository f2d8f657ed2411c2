//! A cleaned drawing looks exactly as its writer drew it: rendered with resvg before and
//! after cleaning, pixel for pixel, for our drawings and for real editors' SVGs (the icon
//! themes Debian ships under /usr/share/icons, when the machine has them).

use std::path::{Path, PathBuf};

use health_drawings::clean;
use resvg::{tiny_skia, usvg};

/// Renders `svg` at its own size (at most 512 px a side), or `None` when resvg cannot.
fn render(svg: &[u8], fonts: &std::sync::Arc<usvg::fontdb::Database>) -> Option<tiny_skia::Pixmap> {
    let options = usvg::Options { fontdb: fonts.clone(), ..Default::default() };
    let tree = usvg::Tree::from_data(svg, &options).ok()?;
    let size = tree.size().to_int_size().scale_to(tiny_skia::IntSize::from_wh(512, 512)?);
    let scale = size.width() as f32 / tree.size().width();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    Some(pixmap)
}

fn svgs_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            svgs_under(&path, found);
        } else if path.extension().is_some_and(|e| e == "svg") {
            found.push(path);
        }
    }
}

/// Cleans and renders each file; returns (compared, refused) and fails on any difference.
fn same_pixels(files: &[PathBuf]) -> (usize, usize) {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    let fonts = std::sync::Arc::new(fonts);
    let (mut compared, mut refused) = (0, 0);
    let mut different = Vec::new();
    for file in files {
        let bytes = std::fs::read(file).unwrap();
        let cleaned = match clean(&bytes) {
            Ok(cleaned) if cleaned.is_publishable() => cleaned,
            _ => {
                refused += 1;
                continue;
            }
        };
        let Some(before) = render(&bytes, &fonts) else { continue };
        let after =
            render(cleaned.svg.as_bytes(), &fonts).unwrap_or_else(|| panic!("{} no longer renders", file.display()));
        compared += 1;
        if before.data() != after.data() {
            different.push(file.display().to_string());
        }
    }
    assert!(
        different.is_empty(),
        "{} of {compared} drawings render differently once cleaned: {different:#?}",
        different.len()
    );
    (compared, refused)
}

#[test]
fn our_drawings_render_the_same_once_cleaned() {
    let mut files = Vec::new();
    svgs_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/images"), &mut files);
    assert!(files.len() >= 20, "the shipped content's drawings are there");
    let (compared, refused) = same_pixels(&files);
    assert_eq!((compared, refused), (files.len(), 0));
}

#[test]
fn editors_drawings_render_the_same_once_cleaned() {
    let mut files = Vec::new();
    svgs_under(Path::new("/usr/share/icons"), &mut files);
    if files.is_empty() {
        eprintln!("no icon theme on this machine: skipped (scripts/setup.sh installs one)");
        return;
    }
    // Every few files, up to 300, spread over every theme and size.
    let step = (files.len() / 300).max(1);
    let sample: Vec<PathBuf> = files.into_iter().step_by(step).take(300).collect();
    let (compared, refused) = same_pixels(&sample);
    eprintln!("{compared} icons rendered the same once cleaned; {refused} refused");
    assert!(compared >= sample.len() * 9 / 10, "{compared} of {} compared", sample.len());
}
