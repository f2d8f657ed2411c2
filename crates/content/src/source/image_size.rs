//! A picture's width and height, read from the file itself (so they cannot go stale): SVG
//! (`width`/`height` or `viewBox` on the root element), PNG and JPEG.

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
    let size = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => svg_size(&String::from_utf8_lossy(&bytes)),
        Some("png") => png_size(&bytes),
        Some("jpg" | "jpeg") => jpeg_size(&bytes),
        _ => return Err(format!("{src}: pictures are SVG, PNG or JPEG files")),
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

fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let length = u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
        // Start-of-frame markers (not DHT, JPG or DAC, which share the range).
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let height = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]) as u32;
            let width = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]) as u32;
            return Some((width, height));
        }
        at += 2 + length;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_png_and_jpeg_sizes_are_read() {
        assert_eq!(svg_size(r#"<?xml version="1.0"?><svg xmlns="x" width="640" height="360">"#), Some((640, 360)));
        assert_eq!(svg_size(r#"<svg viewBox="0 0 320 180">"#), Some((320, 180)));
        assert_eq!(svg_size(r#"<svg>"#), None);
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&[0, 0, 2, 128, 0, 0, 1, 104]);
        assert_eq!(png_size(&png), Some((640, 360)));
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 1, 104, 2, 128, 3, 0, 0, 0];
        assert_eq!(jpeg_size(&jpeg), Some((640, 360)));
    }

    #[test]
    fn a_missing_or_foreign_picture_is_explained() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        assert_eq!(image_size(&root, "/images/back-pain/sciatica.svg"), Ok(Some((640, 360))));
        assert_eq!(image_size(&root, "/images/back-pain/nope.svg"), Ok(None));
        assert!(image_size(&root, "https://example.org/a.png").unwrap_err().contains("write /images/"));
    }
}
