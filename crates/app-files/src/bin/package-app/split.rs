//! The app cut by page: `wasm-split-cli` turns cargo's wasm into a main module, a module per
//! page that has code of its own (`split_<page>.wasm`, see `src/chunks/mod.rs`), modules of
//! code two or more of those pages share (`chunk_<n>.wasm`), and a loader script that fetches
//! a page's modules when the app first asks for that page. This file runs the tool, reads
//! which page needs which modules, and gives every module and the loader its hashed name.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use health_app_files::{AppFile, integrity};

use crate::hashed::{Digest, hashed_file};
use crate::tools::{optimize, run};

/// The loader's name as the tool writes it, and as the glue imports it.
const LOADER: &str = "__wasm_split.js";
/// The loader's report of a chunk that did not load, which the app reports itself.
const LOADER_CONSOLE_ERROR: &str = "console.error(e);";
/// The glue's name as the loader imports it (the tool's `--out-name app`).
const GLUE_AS_LOADER_NAMES_IT: &str = "./app.js";

/// What the tool wrote, before wasm-bindgen runs on the main module.
pub struct Cut {
    /// The main module: cargo's wasm without the pages' code.
    pub main: PathBuf,
    /// The loader script, as written.
    loader: String,
    /// Every other module by the name the loader fetches it under, optimized.
    modules: Vec<(String, Vec<u8>)>,
}

/// Runs `wasm-split-cli` on `wasm` in a scratch folder beside it.
pub fn cut(wasm: &Path) -> Result<Cut, String> {
    let scratch = wasm.with_file_name("package-app-split");
    if scratch.exists() {
        fs::remove_dir_all(&scratch).map_err(|e| format!("cannot clear {}: {e}", scratch.display()))?;
    }
    run(std::process::Command::new("wasm-split-cli").arg(wasm).arg(&scratch).args(["--out-name", "app"]))?;
    let loader =
        fs::read_to_string(scratch.join(LOADER)).map_err(|e| format!("wasm-split-cli wrote no {LOADER}: {e}"))?;
    let mut modules = Vec::new();
    let names: Vec<String> = fs::read_dir(&scratch)
        .map_err(|e| format!("cannot list {}: {e}", scratch.display()))?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".wasm") && name != "app.wasm")
        .collect();
    for name in names {
        let bytes = optimize(&scratch.join(&name))?;
        modules.push((name, bytes));
    }
    modules.sort();
    Ok(Cut { main: scratch.join("app.wasm"), loader, modules })
}

/// The loader and the modules with their final names, and which files each page needs.
pub struct Packaged {
    /// The loader script, importing the glue under its hashed name.
    pub loader: (AppFile, String),
    /// The glue, importing the loader under its hashed name.
    pub glue: (AppFile, String),
    /// Every module the loader may fetch, with its bytes.
    pub modules: Vec<(AppFile, Vec<u8>)>,
    /// For each page's chunk (`home_page`, …), the modules it needs, by hashed name.
    pub pages: BTreeMap<String, Vec<String>>,
}

/// Names every file after its content. The glue and the loader import each other, so both
/// are named after one digest of the two texts as they ship but with a placeholder for the
/// other's name: a change in either renames both, and no name depends on itself.
pub fn package(cut: Cut, glue: &str) -> Result<Packaged, String> {
    let mut loader = cut.loader;
    let mut modules = Vec::new();
    for (name, bytes) in cut.modules {
        let stem = name.trim_end_matches(".wasm").replace('_', "-");
        let file = hashed_file(&stem, ".wasm", &bytes);
        let (quoted, hashed) = (format!("\"./{name}\""), format!("\"./{}\"", file.file));
        if loader.matches(&quoted).count() != 1 {
            return Err(format!("the loader fetches {name} not exactly once; package-app cannot rename it safely"));
        }
        loader = loader.replace(&quoted, &hashed);
        modules.push((file, bytes));
    }
    // A chunk whose fetch fails (offline, or the reader left the page while it loaded) is the
    // app's to report: it shows "Try again". The loader's own console line would only be noise.
    if loader.matches(LOADER_CONSOLE_ERROR).count() != 1 {
        return Err(
            "the loader does not log a failed load as wasm-split-cli 0.2 writes it; teach package-app the new form"
                .into(),
        );
    }
    let loader = loader.replace(LOADER_CONSOLE_ERROR, "");
    let pages = page_modules(&loader)?;
    // Only the `import … from` lines: the wasm's imports keep the module name it was built with.
    let glue_import = format!("from \"./{LOADER}\"");
    if !glue.contains(&glue_import) || loader.matches(GLUE_AS_LOADER_NAMES_IT).count() != 1 {
        return Err("the glue and the loader do not import each other as wasm-split-cli 0.2 writes them; teach package-app the new form".into());
    }
    // Each text as it ships but for the other's name: the digest of the two names both.
    let glue = glue.replace(&glue_import, "from \"./{LOADER_NAME}\"");
    let loader = loader.replace(GLUE_AS_LOADER_NAMES_IT, "./{GLUE_NAME}");
    let digest = Digest::of(&[glue.as_bytes(), loader.as_bytes()]).hex();
    let (glue_name, loader_name) =
        (format!("health-center-{}.js", &digest[..16]), format!("split-loader-{}.js", &digest[..16]));
    let glue = glue.replace("{LOADER_NAME}", &loader_name);
    let loader = loader.replace("{GLUE_NAME}", &glue_name);
    Ok(Packaged {
        loader: (AppFile { file: loader_name, integrity: integrity(loader.as_bytes()) }, loader),
        glue: (AppFile { file: glue_name, integrity: integrity(glue.as_bytes()) }, glue),
        modules,
        pages,
    })
}

/// Reads the loader for each page's modules: `export const __wasm_split_load_<page> = …`
/// fetches `"./<its module>"` after the modules named in its list of `__chunk_<n>` loaders,
/// each of which (`const __chunk_<n> = …`) fetches one module.
fn page_modules(loader: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let fetched = |definition: &str| -> Option<String> {
        let start = definition.find("new URL(\"./")? + "new URL(\"./".len();
        Some(definition[start..].split('"').next()?.to_string())
    };
    let mut chunks = BTreeMap::new();
    for definition in loader.split("\nconst ").skip(1) {
        if let Some(name) = definition.split(' ').next().filter(|name| name.starts_with("__chunk_")) {
            chunks.insert(name.to_string(), fetched(definition).ok_or("a chunk loader fetches no module")?);
        }
    }
    let mut pages = BTreeMap::new();
    for definition in loader.split("\nexport const __wasm_split_load_").skip(1) {
        let page = definition.split(' ').next().unwrap_or_default().to_string();
        let own = fetched(definition).ok_or_else(|| format!("the loader of {page} fetches no module"))?;
        let deps = definition
            .rsplit_once(", [")
            .map(|(_, list)| list.split(']').next().unwrap_or_default())
            .unwrap_or_default();
        let mut files = vec![own];
        for dep in deps.split(',').map(str::trim).filter(|dep| !dep.is_empty()) {
            files.push(
                chunks
                    .get(dep)
                    .cloned()
                    .ok_or_else(|| format!("the loader of {page} needs {dep}, which it does not define"))?,
            );
        }
        pages.insert(page, files);
    }
    if pages.is_empty() {
        return Err("the loader names no page's chunk (is there no `chunk!` in src/routes/mod.rs?)".into());
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loader as wasm-split-cli 0.2.4 writes it, cut to two pages.
    const LOADER_TEXT: &str = r#"import { initSync } from "./app.js";
function wrapAsyncCb(callee) { try { } catch (e) {
            console.error(e);
            success = false; } }
function makeLoad(fetcher, deps) { }
/* home_page, hub_page */
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* hub_page */
const __chunk_8 = makeLoad(() => {
    const src = fetch(new URL("./chunk_8.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_hub_page = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_hub_page.wasm", import.meta.url));
}
, [__chunk_5, __chunk_8]));
export const __wasm_split_load_home_page = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_home_page.wasm", import.meta.url));
}
, [__chunk_5]));"#;

    fn cut() -> Cut {
        let modules = ["chunk_5.wasm", "chunk_8.wasm", "split_home_page.wasm", "split_hub_page.wasm"];
        Cut {
            main: PathBuf::new(),
            loader: LOADER_TEXT.into(),
            modules: modules.iter().map(|m| (m.to_string(), m.as_bytes().to_vec())).collect(),
        }
    }

    #[test]
    fn each_page_needs_its_own_module_and_the_chunks_it_lists() {
        let pages = page_modules(LOADER_TEXT).unwrap();
        assert_eq!(pages["hub_page"], ["split_hub_page.wasm", "chunk_5.wasm", "chunk_8.wasm"]);
        assert_eq!(pages["home_page"], ["split_home_page.wasm", "chunk_5.wasm"]);
    }

    #[test]
    fn every_name_is_hashed_and_the_glue_and_loader_import_each_other_by_those_names() {
        let glue =
            "import * as import1 from \"./__wasm_split.js\"\nconst imports = { \"./__wasm_split.js\": import1 };";
        let packaged = package(cut(), glue).unwrap();
        let (loader_file, loader) = &packaged.loader;
        let (glue_file, glue_text) = &packaged.glue;
        assert!(glue_text.contains(&format!("from \"./{}\"", loader_file.file)));
        assert!(
            glue_text.contains("{ \"./__wasm_split.js\": import1 }"),
            "the wasm imports its module by the name it was built with"
        );
        assert!(loader.contains(&format!("import {{ initSync }} from \"./{}\"", glue_file.file)));
        assert!(!loader.contains("chunk_5.wasm") && !loader.contains("split_hub_page.wasm"));
        assert!(
            !loader.contains("console.error") && loader.contains("success = false"),
            "the app reports a failed chunk"
        );
        let home = &packaged.pages["home_page"];
        assert!(home[0].starts_with("split-home-page-") && home[1].starts_with("chunk-5-"), "{home:?}");
        assert!(home.iter().all(|file| loader.contains(&format!("\"./{file}\""))));
        assert_eq!(glue_file.integrity, integrity(glue_text.as_bytes()));
    }

    #[test]
    fn a_change_in_either_text_renames_both() {
        let glue = "import * as import1 from \"./__wasm_split.js\"";
        let first = package(cut(), glue).unwrap();
        let other_glue = package(cut(), &format!("{glue};")).unwrap();
        assert_ne!(first.loader.0.file, other_glue.loader.0.file);
        assert_ne!(first.glue.0.file, other_glue.glue.0.file);
        let mut changed = cut();
        changed.modules[0].1.push(0);
        let other_chunk = package(changed, glue).unwrap();
        assert_ne!(first.glue.0.file, other_chunk.glue.0.file, "the glue names the loader, which names the chunk");
    }
}
