//! A picture in the content, with the size it is drawn at and its text alternative.

use serde::{Deserialize, Serialize};

/// An image of the site (under `images/` in the content folder), with its intrinsic size
/// (so nothing shifts while it loads) and its text alternative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}
