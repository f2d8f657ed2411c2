//! `make bench-drawings`: the cleaner on our drawings and on real editors' SVGs (Debian's
//! icon themes): files, bytes before and after, refused files, and time per file.
//!
//! Usage: `cargo run --release -p health-drawings --example bench -- DIR…`

use std::path::{Path, PathBuf};
use std::time::Instant;

fn svgs_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        if path.is_dir() {
            svgs_under(&path, found);
        } else if path.extension().is_some_and(|e| e == "svg") {
            found.push(path);
        }
    }
}

fn main() {
    println!("| folder | files | bytes before | bytes after | after/before | refused | unreadable | µs per file |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for dir in std::env::args().skip(1) {
        let mut files = Vec::new();
        svgs_under(Path::new(&dir), &mut files);
        let inputs: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
        let (mut before, mut after, mut refused, mut unreadable) = (0usize, 0usize, 0usize, 0usize);
        let started = Instant::now();
        for bytes in &inputs {
            match health_drawings::clean(bytes) {
                Ok(cleaned) => {
                    before += bytes.len();
                    after += cleaned.svg.len();
                    refused += usize::from(!cleaned.is_publishable());
                }
                Err(_) => unreadable += 1,
            }
        }
        let micros = started.elapsed().as_micros() as f64 / inputs.len().max(1) as f64;
        let ratio = after as f64 / before.max(1) as f64;
        println!(
            "| {dir} | {} | {before} | {after} | {ratio:.2} | {refused} | {unreadable} | {micros:.0} |",
            inputs.len()
        );
    }
}
