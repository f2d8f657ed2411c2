//! From a file's bytes to upright sRGB pixels: EXIF orientation applied, the colour profile
//! converted, and nothing else of the file kept (no EXIF, GPS, XMP or maker notes survive,
//! since only pixels leave this module).

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, RgbImage, RgbaImage};
use zune_core::bytestream::ZCursor;
use zune_core::colorspace::ColorSpace;
use zune_core::options::DecoderOptions;
use zune_jpeg::JpegDecoder;

use crate::PictureError;
use crate::color::{PixelLayout, to_srgb};
use crate::probe::{Format, Limits, Probe};

/// A decoded picture: upright, sRGB, 8 bits per sample, with alpha only if the source had it.
pub struct Decoded {
    /// Row-major samples, 3 per pixel (4 with `alpha`).
    pub pixels: Vec<u8>,
    /// Width after orientation.
    pub width: u32,
    /// Height after orientation.
    pub height: u32,
    /// Whether the samples carry alpha.
    pub alpha: bool,
}

/// Decodes `bytes`, already checked by [`crate::probe`], into upright sRGB pixels.
pub fn decode(bytes: &[u8], probe: &Probe, limits: &Limits) -> Result<Decoded, PictureError> {
    let format = probe.format;
    let undecodable = |reason: String| PictureError::Undecodable { format: format.name(), reason };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format());
    let mut image_limits = image::Limits::default();
    image_limits.max_alloc = Some(limits.max_pixels * 8 + (64 << 20));
    reader.limits(image_limits);
    let mut decoder = reader.into_decoder().map_err(|e| undecodable(e.to_string()))?;
    let orientation = decoder.orientation().map_err(|e| undecodable(e.to_string()))?;
    let icc = decoder.icc_profile().ok().flatten();

    let mut image = if format == Format::Jpeg {
        // zune-jpeg in strict mode: a file cut short is an error, not a grey band; and a CMYK
        // JPEG comes out as CMYK, to be converted with its own profile.
        drop(decoder);
        decode_jpeg(bytes, icc.as_deref()).map_err(undecodable)?
    } else {
        let image = DynamicImage::from_decoder(decoder).map_err(|e| undecodable(e.to_string()))?;
        let alpha = image.color().has_alpha();
        match (alpha, icc) {
            (true, icc) => {
                let rgba = image.into_rgba8();
                let (w, h) = rgba.dimensions();
                let converted = icc.map(|icc| to_srgb(rgba.as_raw(), PixelLayout::Rgba, &icc)).transpose()?.flatten();
                DynamicImage::ImageRgba8(match converted {
                    Some(pixels) => RgbaImage::from_raw(w, h, pixels).expect("a buffer of the same size"),
                    None => rgba,
                })
            }
            (false, icc) => {
                let rgb = image.into_rgb8();
                let (w, h) = rgb.dimensions();
                let converted = icc.map(|icc| to_srgb(rgb.as_raw(), PixelLayout::Rgb, &icc)).transpose()?.flatten();
                DynamicImage::ImageRgb8(match converted {
                    Some(pixels) => RgbImage::from_raw(w, h, pixels).expect("a buffer of the same size"),
                    None => rgb,
                })
            }
        }
    };
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());
    let alpha = image.color().has_alpha();
    let pixels = if alpha { image.into_rgba8().into_raw() } else { image.into_rgb8().into_raw() };
    Ok(Decoded { pixels, width, height, alpha })
}

/// A JPEG as sRGB pixels: RGB and grey JPEGs through their profile, CMYK ones through theirs
/// (or, with none, the plain formula every browser uses).
fn decode_jpeg(bytes: &[u8], icc: Option<&[u8]>) -> Result<DynamicImage, String> {
    let options = DecoderOptions::default().set_strict_mode(true);
    let mut header = JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    header.decode_headers().map_err(|e| format!("{e:?}"))?;
    let input = header.input_colorspace().unwrap_or(ColorSpace::RGB);
    let cmyk = matches!(input, ColorSpace::CMYK | ColorSpace::YCCK);
    let out = if cmyk { ColorSpace::CMYK } else { ColorSpace::RGB };
    let mut decoder = JpegDecoder::new_with_options(ZCursor::new(bytes), options.jpeg_set_out_colorspace(out));
    let pixels = decoder.decode().map_err(|e| format!("{e:?}"))?;
    let info = decoder.info().ok_or("no frame header")?;
    let (w, h) = (info.width as u32, info.height as u32);
    let rgb = if cmyk {
        let converted = match icc {
            Some(icc) => to_srgb(&pixels, PixelLayout::Cmyk, icc).map_err(|e| e.to_string())?,
            None => None,
        };
        converted.unwrap_or_else(|| naive_cmyk_to_rgb(&pixels))
    } else {
        match icc {
            Some(icc) => to_srgb(&pixels, PixelLayout::Rgb, icc).map_err(|e| e.to_string())?.unwrap_or(pixels),
            None => pixels,
        }
    };
    RgbImage::from_raw(w, h, rgb)
        .map(DynamicImage::ImageRgb8)
        .ok_or_else(|| "the decoded size does not match the header".into())
}

/// CMYK without a profile, as browsers show it: each ink subtracts from white.
fn naive_cmyk_to_rgb(cmyk: &[u8]) -> Vec<u8> {
    cmyk.chunks_exact(4)
        .flat_map(|p| {
            let k = 255 - p[3] as u32;
            [p[0], p[1], p[2]].map(|ink| ((255 - ink as u32) * k / 255) as u8)
        })
        .collect()
}
