//! What a picture is, from its first bytes and header only: format, size, animation, and the
//! limits, so that a decompression bomb is refused before a pixel is allocated.

use std::io::Cursor;

use image::{ImageDecoder, ImageFormat, ImageReader};

use crate::PictureError;

/// The largest pictures the pipeline accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Width × height, in pixels (a 6,000 × 4,000 camera picture is 24 million).
    pub max_pixels: u64,
    /// The file's size in bytes.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    /// 50 megapixels (8,660 × 5,773) and 40 MB: room for any picture desk's original.
    fn default() -> Self {
        Limits { max_pixels: 50_000_000, max_file_bytes: 40_000_000 }
    }
}

/// The raster formats the pipeline reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// JPEG (`.jpg`, `.jpeg`).
    Jpeg,
    /// PNG (`.png`).
    Png,
    /// WebP (`.webp`), lossy or lossless.
    WebP,
}

impl Format {
    /// The format's name as writers know it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::WebP => "WebP",
        }
    }

    /// The format a file name's extension promises, if it is a raster format we read.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            "webp" => Some(Format::WebP),
            _ => None,
        }
    }

    fn from_magic(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Format::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Format::Png)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Format::WebP)
        } else {
            None
        }
    }

    pub(crate) fn image_format(self) -> ImageFormat {
        match self {
            Format::Jpeg => ImageFormat::Jpeg,
            Format::Png => ImageFormat::Png,
            Format::WebP => ImageFormat::WebP,
        }
    }
}

/// A picture's header, read and checked against the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Probe {
    /// The format the bytes are (not the one the name says).
    pub format: Format,
    /// Width as stored (before EXIF orientation).
    pub stored_width: u32,
    /// Height as stored.
    pub stored_height: u32,
}

/// Checks the file size, then reads the header of `bytes` (a file named `.{extension}`):
/// format, size and animation. Nothing is decoded.
pub fn probe(bytes: &[u8], extension: &str, limits: &Limits) -> Result<Probe, PictureError> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(PictureError::FileTooLarge { bytes: bytes.len() as u64, max_bytes: limits.max_file_bytes });
    }
    let named = extension.to_ascii_lowercase();
    let Some(format) = Format::from_magic(bytes) else {
        return Err(PictureError::UnknownFormat { named });
    };
    if Format::from_extension(&named) != Some(format) {
        return Err(PictureError::WrongExtension { found: format.name(), named });
    }
    if is_animated(bytes, format) {
        return Err(PictureError::Animated { format: format.name() });
    }
    let undecodable = |e: image::ImageError| PictureError::Undecodable { format: format.name(), reason: e.to_string() };
    // The decoder reads the header only; no limit is needed for that, and none is set here
    // so that an oversized header reaches the clearer message below.
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format());
    reader.no_limits();
    let decoder = reader.into_decoder().map_err(undecodable)?;
    let (stored_width, stored_height) = decoder.dimensions();
    if stored_width == 0 || stored_height == 0 {
        return Err(PictureError::Undecodable { format: format.name(), reason: "it has no pixels".into() });
    }
    if stored_width as u64 * stored_height as u64 > limits.max_pixels {
        return Err(PictureError::TooManyPixels {
            width: stored_width,
            height: stored_height,
            max_megapixels: (limits.max_pixels / 1_000_000) as u32,
        });
    }
    Ok(Probe { format, stored_width, stored_height })
}

/// An animated PNG has an `acTL` chunk before its first `IDAT`; an animated WebP sets the
/// animation bit of its `VP8X` header.
fn is_animated(bytes: &[u8], format: Format) -> bool {
    match format {
        Format::Png => {
            let mut at = 8;
            while at + 8 <= bytes.len() {
                let length = u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
                match &bytes[at + 4..at + 8] {
                    b"acTL" => return true,
                    b"IDAT" | b"IEND" => return false,
                    _ => at = at.saturating_add(12).saturating_add(length),
                }
            }
            false
        }
        Format::WebP => bytes.len() > 20 && &bytes[12..16] == b"VP8X" && bytes[20] & 0b10 != 0,
        Format::Jpeg => false,
    }
}
