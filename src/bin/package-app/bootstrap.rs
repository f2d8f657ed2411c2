//! The bootstrap module every page loads: it starts the app once the pre-rendered page has
//! been painted. Written here, from a template, rather than taken from another tool's output.

/// The module, with `{GLUE}` and `{WASM}` for the hashed names. Both are relative to the
/// bootstrap itself (`import.meta.url`), so one build serves every public URL. It ships as
/// is, so its comments are here rather than in it:
///
/// - Leptos' hydration reads three globals that a Leptos server writes into its pages; the
///   content step has no server resources or errors to pass on, so they are empty. (Set here,
///   not from Rust: the same in the wasm costs 280 bytes brotli.)
/// - The page is already complete (pre-rendered): the browser paints it, and gives the
///   network to its images, before the wasm is fetched and the page hydrated.
/// - `<html data-app="started">` says the app has taken over (hydration runs synchronously
///   inside `init`): tests and tools wait for it.
pub const TEMPLATE: &str = r#"import init from "./{GLUE}";
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
await init({ module_or_path: new URL("./{WASM}", import.meta.url) });
document.documentElement.dataset.app = "started";
"#;

/// The bootstrap for the glue and wasm file names given.
pub fn module(glue: &str, wasm: &str) -> String {
    TEMPLATE.replace("{GLUE}", glue).replace("{WASM}", wasm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bootstrap_imports_the_glue_and_fetches_the_wasm_relative_to_itself() {
        let code = module("health-center-0123.js", "health-center-4567_bg.wasm");
        assert!(code.contains(r#"import init from "./health-center-0123.js";"#));
        assert!(code.contains(r#"new URL("./health-center-4567_bg.wasm", import.meta.url)"#));
        assert!(!code.contains("{GLUE}") && !code.contains("{WASM}"));
        assert!(code.find("requestAnimationFrame") < code.find("await init"), "the wasm after the first paint");
        assert!(code.find("__RESOLVED_RESOURCES = []") < code.find("await init"), "Leptos' globals before hydration");
    }
}
