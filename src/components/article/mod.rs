//! The parts of an article page, from body and sources to disclaimer.

mod body;
mod byline;
mod medical_notes;
mod recommended;
mod related;
mod sources;

pub use body::{ArticleBody, InlineRuns};
pub use byline::Byline;
pub use medical_notes::MedicalNotes;
pub use recommended::Recommended;
pub use related::RelatedInformation;
pub use sources::Sources;
