//! The site builder: one build of the site from a content folder, as a library (the
//! `prerender` command line in `src/bin/prerender.rs` is a thin wrapper, as zola's is around
//! its `site` component). A build validates the content folder, then writes the whole site
//! into the site folder (`dist/`): the app's hashed files under `assets/`, the data files
//! under `content/`, the pictures, every page pre-rendered from the same Leptos components the
//! browser runs into the page shell (`index.html`), `404.html`, the service worker (`sw.js`,
//! with the offline page inside it), `manifest.webmanifest`, `sitemap.xml`, `robots.txt` and
//! `_headers`. Whatever an earlier build left there and this one did not write is removed.
//!
//! ```no_run
//! # fn main() -> Result<(), String> {
//! let options = health_site::Options::from_args(["--app", "target/app", "--content", "content", "--dist", "dist",
//!     "--shell", "index.html", "--site-url", "https://example.org", "--public-url", "/"].map(String::from).into_iter())?;
//! let mut site = health_site::Site::new(options)?;
//! println!("{}", site.build()?.summary);
//! # Ok(())
//! # }
//! ```

mod app_start;
mod document;
mod edited_pages_first;
mod headers;
mod manifest;
mod output;
mod page_writer;
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

use health_content::source::state::BuildState;

/// Where everything comes from and goes.
pub struct Options {
    /// The app's files, as package-app wrote them (`target/app`).
    pub app: PathBuf,
    /// The content folder (`content/`).
    pub content: PathBuf,
    /// The site folder the build writes (`dist/`).
    pub dist: PathBuf,
    /// The page shell every page is written into.
    pub shell: PathBuf,
    /// The site's origin, for canonical URLs, the sitemap and robots.txt (no trailing slash).
    pub site_url: String,
    /// The sub-path the site is served under, with its slashes (`/` or `/health/`).
    pub public_url: String,
    /// Where the build keeps its records of the last build, to redo only what changed
    /// (`target/site-build/`; never deployed).
    pub state: PathBuf,
    /// Build again whenever the content folder changes (`make serve`).
    pub watch: bool,
}

/// Where the command line keeps the builds' records unless `--state` says otherwise.
pub const DEFAULT_STATE: &str = "target/site-build";

/// How the command line is written, for its messages.
pub const USAGE: &str = "usage: prerender --app DIR --content DIR --dist DIR --shell FILE --site-url URL --public-url PATH [--state DIR] [--watch]";

/// One site folder and the record of its last build: build it once, or again on every save.
pub struct Site {
    options: Options,
    /// This builder's identity: a build state made by another build of it is not trusted.
    identity: u64,
    /// The last build's record of the content: read once, then kept in memory between
    /// builds, so a save reads the files it changed and nothing else.
    state: Option<BuildState>,
    /// What the next build will say it found before it began (why the record was not used).
    notes: Vec<String>,
}

/// What a build did.
#[derive(Clone, Debug)]
pub struct Built {
    /// What the build noticed and worked around (a record it could not trust, a site folder
    /// not as the last build left it), one sentence each.
    pub notes: Vec<String>,
    /// One line: how many pages, data files, pictures and search files, and the phases' times.
    pub summary: String,
}

impl Built {
    /// The lines the command line prints for the build, which took `seconds`.
    pub fn output(&self, seconds: f64) -> String {
        let mut text = String::new();
        for note in &self.notes {
            text.push_str(&format!("prerender: note: {note}\n"));
        }
        text.push_str(&format!("prerender: {} in {seconds:.2} s", self.summary));
        text
    }
}

impl Site {
    /// The site for `options`, with the last build's record read (when there is none that can
    /// be trusted, every item file is read, and the first build notes why).
    pub fn new(options: Options) -> Result<Site, String> {
        let identity = BuildState::identity(render_cache::builder_identity(), &options.content);
        // The state files are named after the site folder's full path: it must exist to have one.
        std::fs::create_dir_all(&options.dist)
            .map_err(|e| format!("prerender: cannot create {}: {e}", options.dist.display()))?;
        let state_file = render_cache::state_file(&options.state, &options.dist, "items");
        let mut notes = Vec::new();
        let state = match BuildState::read(&state_file, identity) {
            Ok(state) => state,
            Err(why) => {
                notes.push(format!("{} {why}; every item file is read", state_file.display()));
                None
            }
        };
        Ok(Site { options, identity, state, notes })
    }

    /// The options the site was made with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Builds the site once: what it did, or the report of what stopped it.
    pub fn build(&mut self) -> Result<Built, String> {
        let mut built = site_build::run(&self.options, self.identity, &mut self.state)?;
        let found = std::mem::take(&mut self.notes);
        built.notes.splice(0..0, found);
        Ok(built)
    }

    /// Builds again whenever the content folder or the page shell changes, until the watch
    /// fails (its message).
    pub fn watch(&mut self) -> Result<(), String> {
        let (content, shell) = (self.options.content.clone(), self.options.shell.clone());
        watch::watch(&content, &shell, || self.build())
    }
}

impl Options {
    /// The options from the command line's arguments (without the program's name).
    pub fn from_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
        let mut args = args.peekable();
        let (mut app, mut content, mut dist, mut shell, mut site_url, mut public_url, mut state) =
            (None, None, None, None, None, None, None);
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
                "--state" => &mut state,
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
            state: state.unwrap_or_else(|| DEFAULT_STATE.to_string()).into(),
            watch,
        })
    }
}
