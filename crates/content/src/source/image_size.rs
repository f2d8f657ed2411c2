//! A picture's width and height, read from the file itself (so they cannot go stale): SVG
//! (`width`/`height` or `viewBox` on the root element, read by the drawing cleaner's XML
//! parser), and JPEG, PNG and WebP from their
//! header (the picture pipeline's probe, which also applies its limits). A photograph's
//! upright size (after EXIF orientation) replaces this when it is published.

use std::fs;
use std::path::Path;

/// The size of the picture at the site path `src` (`/images/…`) in the content folder `root`;
/// `None` when there is no such file (validation reports it, with the other problems).
pub fn image_size(root: &Path, src: &str) -> Result<Option<(u32, u32)>, String> {
    let Some(relative) = src.strip_prefix("/images/").filter(|rest| !rest.contains("..")) else {
        return Err(format!(
            "`{src}` is not a picture of the content folder: write /images/… (the file goes in content/images/)"
        ));
    };
    super::check_inside(root, &format!("images/{relative}"))?;
    let path = root.join("images").join(relative);
    let Ok(bytes) = fs::read(&path) else { return Ok(None) };
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let size = match extension.as_str() {
        "svg" => match health_drawings::clean(&bytes) {
            Ok(cleaned) => cleaned.size,
            // The drawing's own problems are told at its file (see `drawings`); here, its size.
            Err(finding) => return Err(format!("{src}: line {}: {}", finding.line, finding.message)),
        },
        "png" | "jpg" | "jpeg" | "webp" => {
            let probe = health_pictures::probe(&bytes, &extension, &health_pictures::Limits::default())
                .map_err(|e| format!("{src}: {e}"))?;
            Some((probe.stored_width, probe.stored_height))
        }
        _ => return Err(format!("{src}: pictures are SVG, JPEG, PNG or WebP files")),
    };
    match size {
        Some((width, height)) if width > 0 && height > 0 => Ok(Some((width, height))),
        _ => Err(format!(
            "{src}: cannot read the picture's width and height (an SVG needs width and height, or a viewBox)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_foreign_picture_is_explained() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        assert_eq!(image_size(&root, "/images/back-pain/sciatica.svg"), Ok(Some((640, 360))));
        assert_eq!(image_size(&root, "/images/back-pain/nope.svg"), Ok(None));
        assert!(image_size(&root, "https://example.org/a.png").unwrap_err().contains("write /images/"));
    }
}
