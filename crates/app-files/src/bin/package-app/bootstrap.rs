//! The bootstrap module every page loads: it starts the app (the head script adds it, with the
//! glue and the wasm, once the pre-rendered page has been painted). Written here, from a
//! template, rather than taken from another tool's output.

/// The module, as `bootstrap.js` holds it: its opening `//` comment (what each part does, and
/// why it is here rather than in the wasm), then the code, with `{GLUE}`, `{WASM}`,
/// `{SEARCH_GLUE}` and `{SEARCH_WASM}` for the hashed names.
pub const TEMPLATE: &str = include_str!("bootstrap.js");

/// The code that ships: the template without its opening comment, which no reader needs.
pub fn code() -> &'static str {
    let mut rest = TEMPLATE;
    while rest.starts_with("//") {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

/// The hashed names the bootstrap refers to.
pub struct Names<'a> {
    /// The app's glue.
    pub glue: &'a str,
    /// The app's wasm.
    pub wasm: &'a str,
    /// The search engine's glue.
    pub search_glue: &'a str,
    /// The search engine's wasm.
    pub search_wasm: &'a str,
}

/// The bootstrap for the file names given.
pub fn module(names: &Names) -> String {
    code()
        .replace("{GLUE}", names.glue)
        .replace("{WASM}", names.wasm)
        .replace("{SEARCH_GLUE}", names.search_glue)
        .replace("{SEARCH_WASM}", names.search_wasm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bootstrap_ships_without_its_opening_comment() {
        assert!(TEMPLATE.starts_with("// The bootstrap module"));
        assert!(code().starts_with("import init from \"./{GLUE}\";\n"), "{}", &code()[..40]);
        assert!(!code().contains("\n//"), "only the opening comment is dropped, and the code has no other");
    }

    #[test]
    fn the_bootstrap_imports_the_glue_and_fetches_the_wasm_relative_to_itself() {
        let code = module(&Names {
            glue: "health-center-0123.js",
            wasm: "health-center-4567_bg.wasm",
            search_glue: "search-engine-89ab.js",
            search_wasm: "search-engine-cdef_bg.wasm",
        });
        assert!(code.contains(r#"import init from "./health-center-0123.js";"#));
        assert!(code.contains(r#"new URL("./health-center-4567_bg.wasm", import.meta.url)"#));
        assert!(!code.contains("{GLUE}") && !code.contains("{WASM}") && !code.contains("{SEARCH_"));
        assert!(code.contains(r#"import("./search-engine-89ab.js")"#), "the engine only when searching");
        assert!(code.find("await init") < code.find("customElements.define"), "search after hydration");
        assert!(code.contains(r#"new URL("./search-engine-cdef_bg.wasm", import.meta.url)"#));
        assert!(
            !code.contains("requestAnimationFrame"),
            "the head script adds this module after the first paint already"
        );
        assert!(code.find("__RESOLVED_RESOURCES = []") < code.find("await init"), "Leptos' globals before hydration");
        let register = code.find(r#"navigator.serviceWorker?.register(new URL("../sw.js", import.meta.url))"#);
        assert!(register.is_some() && code.find("await init") < register, "the worker after hydration");
        assert!(code.contains(r#"customElements.define("hc-offline-mark""#));
        let replay = code.find("__hcEarlyTaps?.splice(0)");
        let started = code.find(r#"observe(html, { attributeFilter: ["data-app"] })"#);
        assert!(
            started.is_some() && started < replay,
            "early taps once the app has started, when the head script lets them through"
        );
    }
}
