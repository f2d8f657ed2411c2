//! A drawing rendered to pixels with resvg, for the blurred preview a page shows in its place
//! until it arrives (the same preview photographs have). Text is not drawn: no fonts are
//! loaded, so every machine renders the same pixels, and a 16 px preview shows no text.

use resvg::{tiny_skia, usvg};

/// Rendered pixels: RGBA, 4 samples a pixel, not premultiplied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pixels {
    /// Row-major RGBA samples.
    pub rgba: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// The drawing `svg` (a cleaned one) rendered `width` px wide, its height in proportion;
/// `None` when it cannot be drawn.
pub fn render(svg: &str, width: u32) -> Option<Pixels> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).ok()?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).round().clamp(1.0, 4096.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let color = pixel.demultiply();
            [color.red(), color.green(), color.blue(), color.alpha()]
        })
        .collect();
    Some(Pixels { rgba, width, height })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_is_rendered_at_the_width_asked() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#e9f3ec"/><rect width="320" height="360" fill="#1f3a4d"/></svg>"##;
        let pixels = render(svg, 16).unwrap();
        assert_eq!((pixels.width, pixels.height, pixels.rgba.len()), (16, 9, 16 * 9 * 4));
        assert_eq!(&pixels.rgba[..4], &[0x1f, 0x3a, 0x4d, 255]);
        assert_eq!(&pixels.rgba[15 * 4..16 * 4], &[0xe9, 0xf3, 0xec, 255]);
        assert_eq!(render("not a drawing", 16), None);
    }
}
