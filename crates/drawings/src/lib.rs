//! Health Center's drawing cleaner (native only, used by the site build).
//!
//! An SVG is a program as much as a picture: opened directly from a host that does not send
//! our Content-Security-Policy, its `<script>` runs on the site's origin, an `<image href>`
//! calls a third party, and editors leave their `<metadata>` and the author's folder paths in
//! it. So no drawing is published as it was written: [`clean`] parses it with a real XML
//! parser (no DTD, so no entities) and writes back only the elements, attributes and styles
//! of a still drawing, from an allow-list ([`allowed`]), minified.
//!
//! What was left out is told as [`Finding`]s: a [`Severity::Refused`] finding (a script, an
//! event handler, a reference to another file or site, an embedded picture, an animation)
//! means the drawing would not look or behave as its writer meant, and the site build
//! refuses it; a [`Severity::Removed`] one (editor metadata, comments, titles) is a note.

pub mod allowed;
mod findings;
mod render;
mod size;
mod style;
mod write;

pub use findings::{Finding, Severity};
pub use render::{Pixels, render};
pub use size::{DrawingSize, size_of};

/// Bumped whenever the cleaner's output for the same input changes: a build then cleans
/// every drawing again instead of taking it from the cache.
pub const CLEANER_VERSION: u32 = 1;

/// The most elements, attributes and texts a drawing may hold (a hostile file must not cost
/// the build its memory); our drawings hold under 200, editors' icons a few thousand.
pub const NODES_LIMIT: u32 = 200_000;

/// The deepest a drawing's elements may nest.
pub const DEPTH_LIMIT: usize = 256;

/// A drawing as it will be published.
#[derive(Clone, Debug, PartialEq)]
pub struct Cleaned {
    /// The SVG to publish: UTF-8, no XML declaration, no comments, no line breaks but in text.
    pub svg: String,
    /// Its size from the root element (`width`/`height`, else the `viewBox`), if it has one.
    pub size: Option<DrawingSize>,
    /// What was left out, in the order met in the file.
    pub findings: Vec<Finding>,
}

impl Cleaned {
    /// Whether the drawing may be published: nothing that mattered was left out.
    pub fn is_publishable(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Refused)
    }
}

/// Cleans the SVG `bytes`: the drawing to publish with what was left out, or the one reason
/// it cannot be read at all (not UTF-8, not XML, a DTD, no `<svg>` root, too big).
pub fn clean(bytes: &[u8]) -> Result<Cleaned, Finding> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        Finding::refused(line, "the file is not UTF-8 text: save the drawing as plain SVG (UTF-8)".to_string())
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: NODES_LIMIT, ..Default::default() };
    let document = roxmltree::Document::parse_with_options(text, options)
        .map_err(|error| Finding::refused(error.pos().row as usize, parse_message(&error)))?;
    let root = document.root_element();
    if root.tag_name().namespace() != Some(allowed::SVG_NAMESPACE) || root.tag_name().name() != "svg" {
        return Err(Finding::refused(
            1,
            "the root element is not an SVG <svg> (with xmlns=\"http://www.w3.org/2000/svg\"): save the drawing as SVG"
                .into(),
        ));
    }
    let (svg, findings) = write::write(&document)?;
    Ok(Cleaned { svg, size: size_of(root), findings })
}

fn parse_message(error: &roxmltree::Error) -> String {
    match error {
        roxmltree::Error::DtdDetected => {
            "the drawing declares a DTD (<!DOCTYPE … [ … ]>): drawings may not define entities; save it as plain SVG"
                .into()
        }
        roxmltree::Error::NodesLimitReached => {
            format!("the drawing has more than {NODES_LIMIT} parts: simplify it, or publish it as a photograph (PNG)")
        }
        other => format!("not a well-formed SVG file ({other}): save the drawing again from its editor"),
    }
}
