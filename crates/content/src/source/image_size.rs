//! A picture's width and height, read from the file itself (so they cannot go stale): SVG
//! (`width`/`height` or `viewBox` on the root element), and JPEG, PNG and WebP from their
//! header (the picture pipeline's probe, which also applies its limits). A photograph's
//! upright size (after EXIF orientation) replaces this when it is published.

use std::fs;
use std::path::Path;

/// The size of the picture at the site path `src` (`/images/…`) in the content folder `root`;
/// `None` when there is no such file (validation reports it, with the other problems).
pub fn image_size(root: &Path, src: &str) -> Result<Option<(u32, u32)>, String> {
    let Some(relative) = src.strip_prefix("/images/").filter(|rest| !rest.contains("..")) else {
        return Err(format!("`{src}` is not a picture of the content folder: write /images/… (the file goes in content/images/)"));
    };
    let path = root.join("images").join(relative);
    let Ok(bytes) = fs::read(&path) else { return Ok(None) };
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let size = match extension.as_str() {
        "svg" => svg_size(&String::from_utf8_lossy(&bytes)),
        "png" | "jpg" | "jpeg" | "webp" => {
            let probe = health_pictures::probe(&bytes, &extension, &health_pictures::Limits::default()).map_err(|e| format!("{src}: {e}"))?;
            Some((probe.stored_width, probe.stored_height))
        }
        _ => return Err(format!("{src}: pictures are SVG, JPEG, PNG or WebP files")),
    };
    match size {
        Some((width, height)) if width > 0 && height > 0 => Ok(Some((width, height))),
        _ => Err(format!("{src}: cannot read the picture's width and height (an SVG needs width and height, or a viewBox)")),
    }
}

fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attribute = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    };
    let number = |value: &str| value.trim_end_matches("px").parse::<f64>().ok().map(|n| n.round() as u32);
    match (attribute("width").and_then(number), attribute("height").and_then(number)) {
        (Some(width), Some(height)) => Some((width, height)),
        _ => {
            let view_box: Vec<f64> = attribute("viewBox")?.split([' ', ',']).filter_map(|n| n.parse().ok()).collect();
            (view_box.len() == 4).then(|| (view_box[2].round() as u32, view_box[3].round() as u32))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_are_read() {
        assert_eq!(svg_size(r#"<?xml version="1.0"?><svg xmlns="x" width="640" height="360">"#), Some((640, 360)));
        assert_eq!(svg_size(r#"<svg viewBox="0 0 320 180">"#), Some((320, 180)));
        assert_eq!(svg_size(r#"<svg>"#), None);
    }

    #[test]
    fn a_missing_or_foreign_picture_is_explained() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        assert_eq!(image_size(&root, "/images/back-pain/sciatica.svg"), Ok(Some((640, 360))));
        assert_eq!(image_size(&root, "/images/back-pain/nope.svg"), Ok(None));
        assert!(image_size(&root, "https://example.org/a.png").unwrap_err().contains("write /images/"));
    }
}
