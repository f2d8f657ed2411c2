//! Colour: every published picture is sRGB, whatever profile its source carries.

use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions};

use crate::PictureError;

/// Converts `pixels` (RGB, RGBA or, for a CMYK source, CMYK) described by the ICC profile
/// `icc` to sRGB in place of a new buffer. A profile that cannot be read, or one that
/// already is sRGB, leaves RGB pixels as they are: browsers would show them as sRGB anyway.
/// Returns `None` when nothing had to change.
pub fn to_srgb(pixels: &[u8], layout: PixelLayout, icc: &[u8]) -> Result<Option<Vec<u8>>, PictureError> {
    let unreadable = |reason: String| PictureError::Undecodable { format: "colour profile", reason };
    let Ok(source) = ColorProfile::new_from_slice(icc) else {
        return match layout {
            PixelLayout::Cmyk => Err(unreadable("the CMYK picture's colour profile cannot be read".into())),
            _ => Ok(None),
        };
    };
    let expected = match layout {
        PixelLayout::Cmyk => DataColorSpace::Cmyk,
        _ => DataColorSpace::Rgb,
    };
    if source.color_space != expected || (layout != PixelLayout::Cmyk && is_srgb(&source)) {
        return Ok(None);
    }
    let srgb = ColorProfile::new_srgb();
    let (from, to, channels_out) = match layout {
        PixelLayout::Rgb => (Layout::Rgb, Layout::Rgb, 3),
        PixelLayout::Rgba => (Layout::Rgba, Layout::Rgba, 4),
        PixelLayout::Cmyk => (Layout::Rgba, Layout::Rgb, 3),
    };
    let transform = source
        .create_transform_8bit(from, &srgb, to, TransformOptions::default())
        .map_err(|e| unreadable(format!("its colour profile cannot be applied: {e:?}")))?;
    let mut out = vec![0u8; pixels.len() / layout.channels() * channels_out];
    transform.transform(pixels, &mut out).map_err(|e| unreadable(format!("{e:?}")))?;
    Ok(Some(out))
}

/// How the decoded samples are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PixelLayout {
    /// Red, green, blue.
    Rgb,
    /// Red, green, blue, alpha.
    Rgba,
    /// Cyan, magenta, yellow, black (a print JPEG).
    Cmyk,
}

impl PixelLayout {
    fn channels(self) -> usize {
        match self {
            PixelLayout::Rgb => 3,
            _ => 4,
        }
    }
}

/// Whether a profile's primaries and white point are sRGB's (to within rounding), so the
/// common case costs no transform. The transfer curve is not compared: the sRGB profiles
/// cameras and editors embed all use sRGB's.
fn is_srgb(profile: &ColorProfile) -> bool {
    let srgb = ColorProfile::new_srgb();
    let close = |a: moxcms::Xyzd, b: moxcms::Xyzd| {
        (a.x - b.x).abs() < 0.002 && (a.y - b.y).abs() < 0.002 && (a.z - b.z).abs() < 0.002
    };
    close(profile.red_colorant, srgb.red_colorant)
        && close(profile.green_colorant, srgb.green_colorant)
        && close(profile.blue_colorant, srgb.blue_colorant)
}
