//! The parts of an article page, from body to disclaimer.

mod body;
mod byline;
mod medical_notes;
mod recommended;
mod related;

pub use body::{ArticleBody, InlineRuns};
pub use byline::Byline;
pub use medical_notes::MedicalNotes;
pub use recommended::Recommended;
pub use related::RelatedInformation;
