//! The external tools: wasm-bindgen (the JS glue), wasm-opt (a smaller wasm) and
//! wasm-split-cli (the app cut by page, run from `split.rs`).
//! `scripts/setup.sh` installs the versions `scripts/versions.sh` names; the Makefile puts
//! them on PATH.

use std::fs;
use std::path::Path;
use std::process::Command;

/// Optimize for size, and drop the two custom sections no browser reads (the compiler's
/// name and version, and the feature list wasm-opt itself needed): 260 bytes.
pub const WASM_OPT_ARGS: [&str; 3] = ["-Oz", "--strip-producers", "--strip-target-features"];

/// Runs wasm-bindgen on cargo's wasm, then `wasm-opt -Oz` on its output, in a scratch folder
/// beside the input (one per `name`); returns the glue's text and the optimized wasm.
/// `extra` goes to wasm-bindgen (`--keep-lld-exports` for a main module whose chunks share
/// its memory and function table).
pub fn bindgen_and_optimize(wasm: &Path, name: &str, extra: &[&str]) -> Result<(String, Vec<u8>), String> {
    let scratch = wasm.with_file_name(format!("package-app-{name}"));
    if scratch.exists() {
        fs::remove_dir_all(&scratch).map_err(|e| format!("cannot clear {}: {e}", scratch.display()))?;
    }
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript"])
        .args(extra)
        .args(["--out-name", "app", "--out-dir"])
        .arg(&scratch)
        .arg(wasm))?;
    let written: Vec<String> = fs::read_dir(&scratch)
        .map_err(|e| format!("cannot list {}: {e}", scratch.display()))?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    // Inline JS snippets (`#[wasm_bindgen(inline_js)]`, `snippets/`) would need their own
    // hashed names; the app has none, and a new one must not ship unhashed.
    if let Some(extra) = written.iter().find(|name| !["app.js", "app_bg.wasm"].contains(&name.as_str())) {
        return Err(format!(
            "wasm-bindgen wrote {extra} besides app.js and app_bg.wasm (a JS snippet?); package-app ships only the glue and the wasm, so teach it the new file"
        ));
    }
    let glue =
        fs::read_to_string(scratch.join("app.js")).map_err(|e| format!("cannot read wasm-bindgen's glue: {e}"))?;
    Ok((glue, optimize(&scratch.join("app_bg.wasm"))?))
}

/// `wasm` through `wasm-opt` (written beside it as `…_opt.wasm`): the optimized bytes.
pub fn optimize(wasm: &Path) -> Result<Vec<u8>, String> {
    let optimized = wasm.with_extension("opt");
    run(Command::new("wasm-opt").args(WASM_OPT_ARGS).arg("--output").arg(&optimized).arg(wasm))?;
    fs::read(&optimized).map_err(|e| format!("cannot read {}: {e}", optimized.display()))
}

/// Runs `command`, naming it if it cannot start or fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let name = command.get_program().to_string_lossy().into_owned();
    let status =
        command.status().map_err(|e| format!("cannot run {name} ({e}); install the build tools with `make setup`"))?;
    if status.success() { Ok(()) } else { Err(format!("{name} failed ({status}); its output is above")) }
}
