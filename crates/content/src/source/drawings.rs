//! Drawings (SVG) in the content: each is cleaned before it is published (see the
//! `health-drawings` crate), and what the cleaner left out is told at the drawing's own file
//! and line: a refusal as an error, editor data as a note.

use std::path::Path;

use health_drawings::{Cleaned, Severity, clean};

use super::pictures::{image_uses, is_photograph};
use super::{ContentError, ContentTree, check_inside, refused_characters};

/// The drawing at the site path `src` (`/images/….svg`) cleaned, or every reason it cannot be
/// published, at its file (`images/….svg`) and line.
pub fn clean_drawing(root: &Path, src: &str) -> Result<Cleaned, Vec<ContentError>> {
    let file = src.trim_start_matches('/');
    check_inside(root, file).map_err(|message| vec![ContentError::new(file, ".", message)])?;
    let bytes = std::fs::read(root.join(file))
        .map_err(|e| vec![ContentError::new(file, ".", format!("cannot read the drawing: {e}"))])?;
    let cleaned = clean(&bytes).map_err(|finding| vec![ContentError::at_line(file, finding.line, finding.message)])?;
    // Text in a drawing is text a reader sees, held to the same rule as an article's.
    let text = String::from_utf8_lossy(&bytes);
    let mut errors: Vec<ContentError> =
        refused_characters(&text, false).into_iter().map(|r| ContentError::at_line(file, r.line, r.message)).collect();
    let refused = cleaned.findings.iter().filter(|f| f.severity == Severity::Refused);
    errors.extend(refused.map(|f| ContentError::at_line(file, f.line, f.message.clone())));
    if errors.is_empty() { Ok(cleaned) } else { Err(errors) }
}

/// Every drawing the content (drafts included) shows, cleaned: the problems, as errors, and
/// the notes (`file:line: what was left out`) for `make check`.
pub fn check_drawings(tree: &ContentTree) -> (Vec<ContentError>, Vec<String>) {
    let mut sources: Vec<String> = image_uses(tree, true)
        .into_iter()
        .map(|u| u.src)
        .filter(|src| !is_photograph(src) && tree.image_exists(src))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let (mut errors, mut notes) = (Vec::new(), Vec::new());
    for src in sources {
        match clean_drawing(&tree.root, &src) {
            Ok(cleaned) => {
                let file = src.trim_start_matches('/');
                notes.extend(cleaned.findings.iter().map(|finding| format!("{file}:{finding}")));
            }
            Err(found) => errors.extend(found),
        }
    }
    (errors, notes)
}
