//! The content step of `make dist` (native, `ssr` feature): validates the content folder,
//! then writes the whole site into the site folder (`dist/`): the app's hashed files under
//! `assets/`, the data files under `content/`, the images, every page pre-rendered from the
//! same Leptos components the browser runs into the page shell (`index.html`), `404.html`, the service worker (`sw.js`, with the
//! offline page inside it), `manifest.webmanifest`, `sitemap.xml`, `robots.txt` and `_headers`. Whatever an earlier build left there and this one did not write is removed.
//!
//! Usage: `prerender --app <package-app's output, e.g. target/app> --content <content folder> --dist <site folder>
//! --shell <index.html> --site-url <https://example.org> --public-url </ or /sub/> [--watch]`; with `--watch` it
//! then builds again whenever the content folder or the shell changes (`make serve`).

mod app_start;
mod document;
mod edited_first;
mod headers;
mod manifest;
mod one_page;
mod output;
mod pages;
mod phases;
mod render_cache;
mod search_index;
mod service_worker;
mod shell;
mod site_build;
mod sitemap;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use health_content::source::state::BuildState;

use site_build::run;

/// The content step makes and frees millions of small strings on every core. With the
/// system allocator, text parsed on one thread and read on another stays scattered among
/// freed fragments: at 50,000 articles the pages took 12.8 s instead of 3.9 s and the peak
/// was 2.0 GB instead of 0.85 GB (docs/performance.md, "Scale", has the numbers).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Where everything comes from and goes.
struct Options {
    app: PathBuf,
    content: PathBuf,
    dist: PathBuf,
    /// The page shell every page is written into.
    shell: PathBuf,
    site_url: String,
    public_url: String,
    /// Build again whenever the content folder changes (`make serve`).
    watch: bool,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!(
                "prerender: {message}\nusage: prerender --app DIR --content DIR --dist DIR --shell FILE --site-url URL --public-url PATH [--watch]"
            );
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    // The last build's record of the content: read once, then (under `--watch`) kept in
    // memory between builds, so a save reads the files it changed and nothing else.
    let identity = BuildState::identity(render_cache::builder_identity(), &options.content);
    // The state files are named after the site folder's full path: it must exist to have one.
    if let Err(e) = std::fs::create_dir_all(&options.dist) {
        eprintln!("prerender: cannot create {}: {e}", options.dist.display());
        return ExitCode::FAILURE;
    }
    let state_file = render_cache::state_file(&options.dist, "items");
    let mut state = match BuildState::read(&state_file, identity) {
        Ok(state) => state,
        Err(why) => {
            println!("prerender: note: {} {why}; every item file is read", state_file.display());
            None
        }
    };
    let first = run(&options, identity, &mut state);
    match &first {
        Ok(summary) => println!("prerender: {summary} in {:.2} s", started.elapsed().as_secs_f64()),
        Err(message) => eprintln!("{message}"),
    }
    if options.watch {
        if let Err(message) = watch::watch(&options.content, &options.shell, || run(&options, identity, &mut state)) {
            eprintln!("prerender: {message}");
        }
        return ExitCode::FAILURE;
    }
    if first.is_ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut args = args.peekable();
    let (mut app, mut content, mut dist, mut shell, mut site_url, mut public_url) =
        (None, None, None, None, None, None);
    let mut watch = false;
    while let Some(flag) = args.next() {
        if flag == "--watch" {
            watch = true;
            continue;
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let slot = match flag.as_str() {
            "--app" => &mut app,
            "--content" => &mut content,
            "--dist" => &mut dist,
            "--shell" => &mut shell,
            "--site-url" => &mut site_url,
            "--public-url" => &mut public_url,
            other => return Err(format!("unknown option {other}")),
        };
        *slot = Some(value);
    }
    let need = |value: Option<String>, flag: &str| value.ok_or_else(|| format!("{flag} is missing"));
    let public_url = need(public_url, "--public-url")?;
    if !(public_url.starts_with('/') && public_url.ends_with('/')) {
        return Err(format!("--public-url must start and end with a slash (got {public_url:?})"));
    }
    Ok(Options {
        app: need(app, "--app")?.into(),
        content: need(content, "--content")?.into(),
        dist: need(dist, "--dist")?.into(),
        shell: need(shell, "--shell")?.into(),
        site_url: need(site_url, "--site-url")?.trim_end_matches('/').to_string(),
        public_url,
        watch,
    })
}
