//! The parts of an article page, from body and sources to disclaimer.

mod body;
mod byline;
mod key_points;
mod medical_notes;
mod recommended;
mod related;
mod review_dates;
mod sources;
mod table;

pub use body::{ArticleBody, InlineRuns};
pub use byline::Byline;
pub use key_points::KeyPoints;
pub use medical_notes::MedicalNotes;
pub use recommended::Recommended;
pub use related::RelatedInformation;
pub use review_dates::{ReviewDates, ReviewNotice};
pub use sources::Sources;
pub use table::DataTable;
