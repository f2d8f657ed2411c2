//! A picture in the content, with the size it is drawn at and its text alternative.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

/// An image of the site (under `images/` in the content folder), with its intrinsic size
/// (so nothing shifts while it loads) and its text alternative.
///
/// Writers give `src` and `alt`; in the data files the site build has replaced `src` with
/// the published file and added its preview and its `srcset` (a photograph's [`Variants`], or
/// a drawing's one file at its width).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Image {
    /// Site path, e.g. `/images/back-pain/spinal-manipulation.svg`.
    pub src: String,
    /// Intrinsic width in CSS pixels.
    pub width: u32,
    /// Intrinsic height in CSS pixels.
    pub height: u32,
    /// Text alternative; empty only for purely decorative images.
    pub alt: String,
    /// The published files as a `srcset` of site paths, e.g.
    /// `/images/a.3fa9….360.webp 360w, /images/a.3fa9….720.webp 720w` for a photograph, or
    /// `/images/b.0c1d….svg 640w` for a drawing (written by the site build, never by writers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub srcset: Option<String>,
    /// The picture's blurred preview (`data:image/webp;base64,…`), shown until it arrives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview: Option<String>,
}

/// A photograph published at several widths, each a WebP file named by the content hash of
/// its source and settings: `{stem}.{width}.webp`. The data files carry it as
/// [`Image::srcset`].
#[derive(Clone, Debug, PartialEq)]
pub struct Variants {
    /// Site path of every variant less its width and extension, e.g.
    /// `/images/back-pain/sciatica.3fa9c2d1e04b6a7788c1`.
    pub stem: String,
    /// The widths published, ascending.
    pub widths: Vec<u32>,
    /// A tiny blurred preview (`data:image/webp;base64,…`), shown until the picture arrives.
    pub preview: String,
}

impl Variants {
    /// Site path of the variant `width` px wide.
    pub fn path(&self, width: u32) -> String {
        format!("{}.{width}.webp", self.stem)
    }

    /// The `srcset` of site paths: every variant with its width.
    pub fn srcset(&self) -> String {
        self.widths.iter().map(|&width| format!("{} {width}w", self.path(width))).collect::<Vec<_>>().join(", ")
    }

    /// The variant for browsers that ignore `srcset` (and for link previews and the offline
    /// copy of a page): the narrowest at least `width` px wide, else the widest.
    pub fn fallback(&self, width: u32) -> u32 {
        self.widths.iter().copied().find(|&w| w >= width).or(self.widths.last().copied()).unwrap_or(width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_srcset_lists_every_width_under_the_base() {
        let variants = Variants { stem: "/images/a/b.0123".into(), widths: vec![360, 720], preview: String::new() };
        assert_eq!(variants.srcset(), "/images/a/b.0123.360.webp 360w, /images/a/b.0123.720.webp 720w");
        assert_eq!(variants.fallback(500), 720);
        assert_eq!(variants.fallback(2000), 720);
        assert_eq!(variants.path(360), "/images/a/b.0123.360.webp");
    }
}
