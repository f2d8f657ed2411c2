//! Health Center's picture pipeline (native only, used by the site build).
//!
//! A photograph goes through four steps, each its own module:
//! 1. [`probe`]: the format from the bytes (not the name), the size from the header, animation,
//!    and the [`Limits`], so a decompression bomb is refused before a pixel is allocated;
//! 2. [`decode`]: upright (EXIF orientation) sRGB pixels (ICC profiles converted, CMYK
//!    included), and nothing else of the file: no EXIF, GPS, XMP or maker notes;
//! 3. [`ladder`] and [`encode`]: a lossy WebP at each width of the site's ladder that the
//!    source is wider than (never upscaled), and a tiny preview as a `data:` URI;
//! 4. [`cache`]: all of it stored under a key of the source's bytes and the settings, so a
//!    picture is encoded once.
//!
//! [`prepare`] runs them for one picture; callers run it on every core (rayon).

pub mod cache;
pub mod color;
pub mod decode;
pub mod encode;
mod error;
pub mod ladder;
pub mod probe;

pub use cache::{Cache, Entry};
pub use error::PictureError;
pub use probe::{Format, Limits, Probe, probe};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

/// Bumped whenever the pipeline's output for the same settings changes (a new resize filter,
/// a new libwebp): every picture is then encoded again.
const PIPELINE_VERSION: u32 = 1;

/// How a site's pictures are published.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// The ladder of widths (`site.json` `picture_widths`, else [`ladder::DEFAULT_WIDTHS`]).
    pub widths: Vec<u32>,
    /// libwebp quality.
    pub quality: f32,
    /// The largest pictures accepted.
    pub limits: Limits,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { widths: ladder::DEFAULT_WIDTHS.to_vec(), quality: encode::WEBP_QUALITY, limits: Limits::default() }
    }
}

impl Settings {
    /// Everything that changes the encoded bytes, as text (part of every cache key).
    fn fingerprint(&self) -> String {
        format!(
            "pipeline {PIPELINE_VERSION}; webp q{} m{}; widths {:?}; preview {}",
            self.quality,
            encode::WEBP_METHOD,
            self.widths,
            encode::PREVIEW_WIDTH
        )
    }

    /// The cache key of the source `bytes` under these settings: 20 hex digits.
    pub fn key(&self, bytes: &[u8]) -> String {
        let mut hash = Sha256::new();
        hash.update(self.fingerprint().as_bytes());
        hash.update([0]);
        hash.update(bytes);
        hash.finalize().iter().take(10).map(|b| format!("{b:02x}")).collect()
    }
}

/// A short content hash of `bytes` for a published file's name: 20 hex digits of SHA-256.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(10).map(|b| format!("{b:02x}")).collect()
}

/// A picture ready to publish: its variants are in the cache under `key`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The cache key (also part of every variant's published name).
    pub key: String,
    /// What the cache holds for it.
    pub entry: Entry,
    /// Whether this call encoded it (false: it came from the cache).
    pub encoded: bool,
}

/// Checks, decodes and encodes the picture `bytes` (a file named `.{extension}`), or finds it
/// in `cache`; either way its variants are in the cache when this returns.
pub fn prepare(bytes: &[u8], extension: &str, settings: &Settings, cache: &Cache) -> Result<Prepared, PictureError> {
    let probe = probe(bytes, extension, &settings.limits)?;
    let key = settings.key(bytes);
    if let Some(entry) = cache.load(&key) {
        return Ok(Prepared { key, entry, encoded: false });
    }
    let picture = decode::decode(bytes, &probe, &settings.limits)?;
    let widths = ladder::widths_for(&settings.widths, picture.width);
    if let Some(&widest) = widths.last()
        && ladder::height_for(widest, picture.width, picture.height) > encode::WEBP_MAX_SIDE
    {
        return Err(PictureError::TooTall {
            width: picture.width,
            height: picture.height,
            max_side: encode::WEBP_MAX_SIDE,
        });
    }
    let files: Vec<(u32, Vec<u8>)> =
        widths.par_iter().map(|&w| (w, encode::webp(&encode::resize(&picture, w), settings.quality))).collect();
    let entry = Entry {
        width: picture.width,
        height: picture.height,
        widths,
        lengths: files.iter().map(|(_, bytes)| bytes.len() as u64).collect(),
        preview: encode::preview(&picture),
    };
    cache.store(&key, &entry, &files).map_err(|e| PictureError::Undecodable {
        format: probe.format.name(),
        reason: format!("its variants could not be stored in {}: {e}", cache.root().display()),
    })?;
    Ok(Prepared { key, entry, encoded: true })
}

/// The upright size of the picture `bytes`, with every error [`prepare`] would give: from
/// the cache when it was prepared before, otherwise by decoding it (not encoding). For
/// `make check`, which must be quick and find every problem.
pub fn inspect(bytes: &[u8], extension: &str, settings: &Settings, cache: &Cache) -> Result<(u32, u32), PictureError> {
    let probe = probe(bytes, extension, &settings.limits)?;
    if let Some(entry) = cache.load(&settings.key(bytes)) {
        return Ok((entry.width, entry.height));
    }
    let picture = decode::decode(bytes, &probe, &settings.limits)?;
    Ok((picture.width, picture.height))
}
