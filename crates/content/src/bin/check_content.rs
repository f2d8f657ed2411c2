//! `make check`: validates the content folder, photographs included, and prints every problem at once, each as
//! `file:line: what is wrong and what to do`, or a one-line summary when there is none.
//!
//! Usage: `check-content [DIR]` (default `content`). Exit status 1 when there are problems.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use health_content::Date;
use health_content::source::drawings::check_drawings;
use health_content::source::{check_with_pictures, report};

fn main() -> ExitCode {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "content".into()));
    let started = Instant::now();
    match check_with_pictures(&root, Date::today()) {
        Ok(tree) => {
            let items: usize = tree.centers.iter().map(|c| c.items.len()).sum();
            let drafts: Vec<&str> = tree.centers.iter().flat_map(|c| &c.drafts).map(|d| d.file.as_str()).collect();
            println!(
                "{}: {items} articles and slideshows in {} centers checked, no problems ({} ms)",
                root.display(),
                tree.centers.len(),
                started.elapsed().as_millis()
            );
            // What the drawing cleaner left out without harm (editor data, comments): told
            // once, so that a writer knows the published file is not byte for byte theirs.
            let (_, notes) = check_drawings(&tree);
            for note in &notes {
                println!("note: {note}");
            }
            // Interface words a language takes from the default language until translated.
            for note in &tree.word_notes {
                println!("note: {}:{}: {}", note.file, note.line, note.message);
            }
            if !drafts.is_empty() {
                println!("drafts, checked but not published until `draft = true` goes: {}", drafts.join(", "));
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprint!("{}", report(&root, &errors));
            ExitCode::FAILURE
        }
    }
}
