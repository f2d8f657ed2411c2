//! `prerender`: the site builder's command line (`make site`, `make serve`). It reads the
//! options, builds the site once with `health_site::Site`, and with `--watch` builds again on
//! every save.
//!
//! Usage: `prerender --app <package-app's output, e.g. target/app> --content <content folder>
//! --dist <site folder> --shell <index.html> --site-url <https://example.org> --public-url </ or /sub/> [--watch]`

use std::process::ExitCode;
use std::time::Instant;

use health_site::{Options, Site, USAGE};

/// The site build makes and frees millions of small strings on every core. With the
/// system allocator, text parsed on one thread and read on another stays scattered among
/// freed fragments: at 50,000 articles the pages took 12.8 s instead of 3.9 s and the peak
/// was 2.0 GB instead of 0.85 GB (docs/performance.md, "Scale", has the numbers).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let options = match Options::from_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("prerender: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let mut site = match Site::new(options) {
        Ok(site) => site,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let first = site.build();
    match &first {
        Ok(built) => println!("{}", built.output(started.elapsed().as_secs_f64())),
        Err(message) => eprintln!("{message}"),
    }
    if site.options().watch {
        if let Err(message) = site.watch() {
            eprintln!("prerender: {message}");
        }
        return ExitCode::FAILURE;
    }
    if first.is_ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
