//! Resizing and encoding: each width as a lossy WebP, and a preview small enough to travel
//! inside the page as a data URI.

use base64::Engine;
use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};

use crate::decode::Decoded;
use crate::ladder::height_for;

/// libwebp's quality (0–100) for the published variants: the lowest that keeps every
/// photograph of `make bench-picture-formats` at or above SSIMULACRA2 70 ("high quality" on
/// the metric's scale) at 1080 px; the most demanding of them needed 79 (docs/pictures.md, Photographs).
pub const WEBP_QUALITY: f32 = 80.0;
/// libwebp's effort (0–6): 4 is its default balance of size and time.
pub const WEBP_METHOD: i32 = 4;
/// The preview's width in pixels: enough for the shapes and colours of a photograph.
pub const PREVIEW_WIDTH: u32 = 16;

/// The picture resized to `width` (Lanczos 3), as pixels of the same layout.
pub fn resize(picture: &Decoded, width: u32) -> Decoded {
    let height = height_for(width, picture.width, picture.height);
    if width == picture.width && height == picture.height {
        return Decoded { pixels: picture.pixels.clone(), width, height, alpha: picture.alpha };
    }
    let pixel_type = if picture.alpha { PixelType::U8x4 } else { PixelType::U8x3 };
    let source = ImageRef::new(picture.width, picture.height, &picture.pixels, pixel_type)
        .expect("the decoded buffer matches its size");
    let mut target = Image::new(width, height, pixel_type);
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new().resize(&source, &mut target, &options).expect("same pixel types");
    Decoded { pixels: target.into_vec(), width, height, alpha: picture.alpha }
}

/// The largest width or height a WebP file can have.
pub const WEBP_MAX_SIDE: u32 = 16_383;

/// The picture as a lossy WebP at `quality`. Only pixels go in: the file has no metadata.
/// A side over [`WEBP_MAX_SIDE`] is the caller's to refuse first.
pub fn webp(picture: &Decoded, quality: f32) -> Vec<u8> {
    let encoder = if picture.alpha {
        webp::Encoder::from_rgba(&picture.pixels, picture.width, picture.height)
    } else {
        webp::Encoder::from_rgb(&picture.pixels, picture.width, picture.height)
    };
    let mut config = webp::WebPConfig::new().expect("libwebp's default configuration");
    config.quality = quality;
    config.method = WEBP_METHOD;
    encoder.encode_advanced(&config).expect("a valid configuration and picture").to_vec()
}

/// A tiny blurred stand-in for the picture, shown in its box until the picture arrives: a
/// 16 px wide WebP (a few hundred bytes) as a `data:` URI, which the CSP allows for images.
pub fn preview(picture: &Decoded) -> String {
    let small = resize(picture, PREVIEW_WIDTH.min(picture.width));
    let bytes = webp(&small, 50.0);
    format!("data:image/webp;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The picture as a baseline JPEG at `quality` (1–100). Not used for publishing: it writes the
/// camera-like originals of the test and benchmark content (`photo-content`).
pub fn jpeg(picture: &Decoded, quality: u8) -> Vec<u8> {
    use image::ImageEncoder;
    let mut out = Vec::new();
    let colour = if picture.alpha { image::ExtendedColorType::Rgba8 } else { image::ExtendedColorType::Rgb8 };
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .write_image(&picture.pixels, picture.width, picture.height, colour)
        .expect("a buffer of the picture's size");
    out
}
