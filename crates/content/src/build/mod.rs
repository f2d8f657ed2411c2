//! The site build: turns a validated content folder into the data files the browser reads
//! ([`compile`]) and writes them, with the images, into the site ([`write`]).

mod compile;
mod compiled;
mod outputs;
mod pictures;
mod read_items;
mod reading_time;
mod write;

pub use compile::{CARDS_PER_SECTION, compile};
pub use compiled::{Compiled, KeptData};
pub use outputs::{Outputs, Stamp};
pub use pictures::{PictureFile, PictureTable, publish_pictures};
pub use read_items::compile_read_items;
pub use reading_time::reading_minutes;
pub use write::{WriteReport, write_site_data};
