//! What can be wrong with a picture, in words a writer can act on.

use std::fmt;

/// A picture the pipeline refuses, with what to do about it. The site build puts the
/// file and line of the field that names the picture in front of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureError {
    /// The file's bytes are not a JPEG, PNG or WebP picture.
    UnknownFormat { named: String },
    /// The bytes are one format and the name says another (a PNG named `.jpg`).
    WrongExtension { found: &'static str, named: String },
    /// The header or the data could not be read (a truncated or damaged file).
    Undecodable { format: &'static str, reason: String },
    /// An animated PNG or WebP: a health page shows still pictures.
    Animated { format: &'static str },
    /// More pixels than [`crate::Limits::max_pixels`], refused from the header.
    TooManyPixels { width: u32, height: u32, max_megapixels: u32 },
    /// A file larger than [`crate::Limits::max_file_bytes`], refused before it is read.
    FileTooLarge { bytes: u64, max_bytes: u64 },
    /// So tall for its width that a variant would exceed a WebP file's largest side.
    TooTall { width: u32, height: u32, max_side: u32 },
    /// Narrower than the place it is shown in needs at 2× density.
    TooSmall { width: u32, place: &'static str, needed: u32 },
}

impl fmt::Display for PictureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PictureError::UnknownFormat { named } => {
                write!(
                    f,
                    "not a picture this site can publish (the file named .{named} is not JPEG, PNG or WebP): export it as JPEG, PNG or WebP"
                )
            }
            PictureError::WrongExtension { found, named } => {
                write!(
                    f,
                    "the file is a {found} picture but is named .{named}: rename it to .{}",
                    found.to_ascii_lowercase()
                )
            }
            PictureError::Undecodable { format, reason } => {
                write!(
                    f,
                    "the {format} picture cannot be read ({reason}): the file is damaged or cut short; export it again"
                )
            }
            PictureError::Animated { format } => {
                write!(
                    f,
                    "an animated {format}: pages show still pictures; export one frame as a still JPEG, PNG or WebP"
                )
            }
            PictureError::TooManyPixels { width, height, max_megapixels } => write!(
                f,
                "the picture is {width} × {height} pixels ({:.0} megapixels), over the limit of {max_megapixels}: export it at 6,000 px wide or less",
                *width as f64 * *height as f64 / 1e6
            ),
            PictureError::FileTooLarge { bytes, max_bytes } => write!(
                f,
                "the file is {:.1} MB, over the limit of {} MB: export it again at a lower quality or size",
                *bytes as f64 / 1e6,
                max_bytes / 1_000_000
            ),
            PictureError::TooTall { width, height, max_side } => write!(
                f,
                "the picture is {width} × {height} pixels: at the widths pages need it would be over {max_side} px tall, more than a web picture can be; crop it closer to the page's 16:9"
            ),
            PictureError::TooSmall { width, place, needed } => write!(
                f,
                "the picture is {width} px wide; as {place} it needs at least {needed} px (its widest size on screen at 2× density): use a larger original"
            ),
        }
    }
}

impl std::error::Error for PictureError {}
