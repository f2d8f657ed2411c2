//! Packages the compiled wasm into the app's files (native; `make build-app`):
//! wasm-bindgen's JS glue, the wasm optimized by wasm-opt, one stylesheet, the preference
//! head script (recorded in `app.json` itself: every page carries it inline), the icon, the install icons and a bootstrap module. Every name carries the file's
//! content hash, and
//! `app.json` records each name with its integrity value for the site build to link.
//!
//! It replaces Trunk: we need none of Trunk's HTML processing (every page is written by the
//! site build), and writing the bootstrap ourselves means no tool's output is edited.
//!
//! The search engine (`crates/search-wasm`) is packaged the same way into its own glue and
//! wasm, which the bootstrap imports only when a reader first searches.
//!
//! Usage: `package-app --wasm <cargo's .wasm> --search-wasm <the engine's .wasm> --out <folder,
//! e.g. target/app> [--style <stylesheets' folder, style/ by default>]`; run from the project
//! root (it reads `style/` and `public/`), with `wasm-bindgen` and `wasm-opt` on PATH.

mod bootstrap;
mod hashed;
mod inline_script;
mod split;
mod stylesheets;
mod tools;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use health_app_files::{APP_FILES_RECORD, AppFiles, InstallIcons};

use hashed::{Digest, hashed_file};

/// The project's files that go into the app besides the wasm.
const ICON: &str = "public/favicon.svg";
/// The head script's parts, joined in this order: each is a file of its own in `public/`.
const HEAD_SCRIPTS: [&str; 3] =
    ["public/apply-preferences.js", "public/keep-early-taps.js", "public/start-after-paint.js"];
const STYLE_DIR: &str = "style";
/// The web app manifest's icons, drawn from the favicon by `scripts/icons.mjs`.
const INSTALL_ICONS: [&str; 3] =
    ["public/icons/icon-192.png", "public/icons/icon-512.png", "public/icons/icon-maskable-512.png"];

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!(
                "package-app: {message}\nusage: package-app --wasm FILE --search-wasm FILE --out DIR [--style DIR]"
            );
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    match package(&args) {
        Ok(summary) => {
            println!("package-app: {summary} in {:.2} s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("package-app: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What to package, from the command line.
struct Args {
    wasm: PathBuf,
    search_wasm: PathBuf,
    out: PathBuf,
    /// The stylesheets' folder (`style/` unless told).
    style: PathBuf,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut wasm, mut search_wasm, mut out, mut style) = (None, None, None, PathBuf::from(STYLE_DIR));
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--wasm" => wasm = Some(PathBuf::from(value)),
            "--search-wasm" => search_wasm = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--style" => style = PathBuf::from(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(Args {
        wasm: wasm.ok_or("--wasm is missing")?,
        search_wasm: search_wasm.ok_or("--search-wasm is missing")?,
        out: out.ok_or("--out is missing")?,
        style,
    })
}

fn package(args: &Args) -> Result<String, String> {
    let (wasm_path, search_wasm_path, out) = (&args.wasm, &args.search_wasm, args.out.as_path());
    let wasm = read(wasm_path)?;
    let search_wasm = read(search_wasm_path)?;
    let icon = read(Path::new(ICON))?;
    let head_script = HEAD_SCRIPTS.map(|file| read(Path::new(file)).and_then(|bytes| utf8(file, bytes)));
    let head_script = head_script.into_iter().collect::<Result<Vec<_>, _>>()?.join("\n");
    let css = stylesheets::join(&args.style)?;
    let [small, large, maskable] = INSTALL_ICONS.map(|file| read(Path::new(file)));
    let (small, large, maskable) = (small?, large?, maskable?);
    let recipe = format!("{}\n{}\nwasm-split-cli 0.2", bootstrap::code(), tools::WASM_OPT_ARGS.join(" "));
    // This program itself too: a change to how it packages (say, a class it drops) is a new app.
    let packager = std::env::current_exe()
        .map_err(|e| format!("cannot find this program's own file: {e}"))
        .and_then(|exe| read(&exe))?;
    let inputs = Digest::of(&[
        &wasm,
        &search_wasm,
        &icon,
        head_script.as_bytes(),
        css.as_bytes(),
        recipe.as_bytes(),
        &small,
        &large,
        &maskable,
        &packager,
    ])
    .hex();
    if let Ok(previous) = AppFiles::read(out)
        && previous.inputs == inputs
        && previous.files().iter().all(|file| out.join(&file.file).is_file())
    {
        return Ok(format!("{} is up to date (same wasm, styles and scripts)", out.display()));
    }

    // The pages' chunks out first; the main module's exports stay for them to share.
    let cut = split::cut(wasm_path)?;
    let (glue, optimized) = tools::bindgen_and_optimize(&cut.main, "app", &["--keep-lld-exports"])?;
    let split = split::package(cut, &glue)?;
    let wasm_file = hashed_file("health-center", "_bg.wasm", &optimized);
    let (glue_file, glue) = split.glue;
    let (loader_file, loader) = split.loader;
    let (search_glue, search_optimized) = tools::bindgen_and_optimize(search_wasm_path, "search", &[])?;
    let search_wasm_file = hashed_file("search-engine", "_bg.wasm", &search_optimized);
    let search_glue_file = hashed_file("search-engine", ".js", search_glue.as_bytes());
    // The bootstrap names all four, so its own hash changes with any of them.
    let boot = bootstrap::module(&bootstrap::Names {
        glue: &glue_file.file,
        wasm: &wasm_file.file,
        search_glue: &search_glue_file.file,
        search_wasm: &search_wasm_file.file,
    });
    let record = AppFiles {
        inputs,
        icon: hashed_file("favicon", ".svg", &icon),
        head_script: inline_script::compact(&head_script).map_err(|e| format!("{}: {e}", HEAD_SCRIPTS.join(" + ")))?,
        stylesheet: hashed_file("style", ".css", css.as_bytes()),
        bootstrap: hashed_file("boot", ".js", boot.as_bytes()),
        glue: glue_file,
        wasm: wasm_file,
        split_loader: loader_file,
        chunks: split.modules.iter().map(|(file, _)| file.clone()).collect(),
        page_chunks: split.pages,
        search_glue: search_glue_file,
        search_wasm: search_wasm_file,
        install_icons: InstallIcons {
            small: hashed_file("icon-192", ".png", &small),
            large: hashed_file("icon-512", ".png", &large),
            maskable: hashed_file("icon-maskable-512", ".png", &maskable),
        },
    };

    // The folder holds one build: whatever an earlier one wrote goes.
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut contents: Vec<&[u8]> =
        vec![&icon, css.as_bytes(), boot.as_bytes(), glue.as_bytes(), loader.as_bytes(), &optimized];
    contents.extend(split.modules.iter().map(|(_, bytes)| bytes.as_slice()));
    contents.extend([search_glue.as_bytes(), &search_optimized, &small, &large, &maskable]);
    let files = record.files();
    if files.len() != contents.len() {
        return Err(format!(
            "package-app knows {} files' contents for {} names in app.json",
            contents.len(),
            files.len()
        ));
    }
    for (file, bytes) in files.into_iter().zip(contents) {
        write(&out.join(&file.file), bytes)?;
    }
    record.write(out)?;
    Ok(format!(
        "{} files and {APP_FILES_RECORD} in {} (wasm {} bytes and {} chunks of {} bytes for {} pages, glue {} bytes, stylesheet {} bytes, search engine {} bytes)",
        record.files().len(),
        out.display(),
        optimized.len(),
        record.chunks.len(),
        split.modules.iter().map(|(_, bytes)| bytes.len()).sum::<usize>(),
        record.page_chunks.len(),
        glue.len(),
        css.len(),
        search_optimized.len()
    ))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn utf8(file: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| format!("{file} is not UTF-8: {e}"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
