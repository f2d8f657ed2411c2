//! `sw.js`, the service worker that keeps pages for reading offline: its code is
//! `service-worker.js` beside this file; the site build fills in this build's app shell and
//! offline page, and a version that changes whenever either (or the code) does.

use sha2::{Digest, Sha256};

use health_app_files::AppFiles;
use health_content::data::CENTERS_DATA_PATH;

use super::headers::ASSETS_DIR;

/// Its name, at the site's root (a worker controls the pages under its own folder).
pub const SERVICE_WORKER_FILE: &str = "sw.js";

const CODE: &str = include_str!("service-worker.js");

/// The worker for the app `app` and the offline page `offline_page` (a whole HTML document).
/// Its shell also keeps the home page's list of centers, `centers_json` (the text of
/// `content/centers.json`), so that the home page opens offline from any page, as every page
/// type's code does; a change to the list is a new version, which fetches it again.
pub fn service_worker(app: &AppFiles, offline_page: &str, centers_json: &str) -> Result<String, String> {
    let mut shell: Vec<String> = app.shell().iter().map(|file| format!("{ASSETS_DIR}/{}", file.file)).collect();
    shell.push(CENTERS_DATA_PATH.trim_start_matches('/').to_string());
    let shell = serde_json::to_string(&shell).map_err(|e| format!("cannot write the service worker: {e}"))?;
    let page = serde_json::to_string(offline_page).map_err(|e| format!("cannot write the service worker: {e}"))?;
    let digest =
        Sha256::new().chain_update(CODE).chain_update(&shell).chain_update(&page).chain_update(centers_json).finalize();
    let version: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    Ok(fill(
        CODE,
        &[("\"__VERSION__\"", &format!("\"{version}\"")), ("__SHELL__", &shell), ("__OFFLINE_PAGE__", &page)],
    ))
}

/// `code` with each placeholder replaced once (each is written once, as `const X = …;`).
fn fill(code: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(code.to_string(), |code, (placeholder, value)| code.replacen(placeholder, value, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use health_app_files::{AppFile, InlineScript, InstallIcons};

    fn app(wasm: &str) -> AppFiles {
        let file = |name: &str| AppFile { file: name.into(), integrity: String::new() };
        AppFiles {
            inputs: String::new(),
            icon: file("favicon-1.svg"),
            head_script: InlineScript::new("apply(2);".into()).expect("plain text"),
            stylesheet: file("style-3.css"),
            bootstrap: file("boot-4.js"),
            glue: file("health-center-5.js"),
            wasm: file(wasm),
            split_loader: file("split-loader-5.js"),
            chunks: vec![file("split-home-page-c.wasm")],
            page_chunks: Default::default(),
            search_glue: file("search-engine-7.js"),
            search_wasm: file("search-engine-8_bg.wasm"),
            install_icons: InstallIcons { small: file("i-1.png"), large: file("i-2.png"), maskable: file("i-3.png") },
        }
    }

    #[test]
    fn every_placeholder_is_written_once() {
        for placeholder in ["__VERSION__", "__SHELL__", "__OFFLINE_PAGE__"] {
            assert_eq!(CODE.matches(placeholder).count(), 1, "{placeholder}");
        }
        let code = service_worker(&app("health-center-6_bg.wasm"), "<p>\"Offline\"</p>", "{}").expect("written");
        assert!(!code.contains("__"), "a placeholder is left");
        assert!(code.contains(r#"const OFFLINE_PAGE = "<p>\"Offline\"</p>";"#));
        assert!(code.contains(r#""assets/boot-4.js","assets/health-center-5.js","assets/split-loader-5.js","assets/health-center-6_bg.wasm","assets/split-home-page-c.wasm","content/centers.json"]"#), "every page's chunks and the home page's list, so every page type opens offline");
        assert!(
            !code.contains("search-engine") && !code.contains("i-1.png"),
            "the shell is what every page loads, no more"
        );
    }

    #[test]
    fn the_version_changes_with_the_app_the_offline_page_and_the_centers() {
        let version = |wasm: &str, page: &str, centers: &str| {
            let code = service_worker(&app(wasm), page, centers).expect("written");
            code.lines().find(|line| line.starts_with("const VERSION")).expect("a version").to_string()
        };
        let first = version("a_bg.wasm", "<p>A</p>", "{}");
        assert_eq!(first, version("a_bg.wasm", "<p>A</p>", "{}"), "the same build, the same version");
        assert_ne!(first, version("b_bg.wasm", "<p>A</p>", "{}"));
        assert_ne!(first, version("a_bg.wasm", "<p>B</p>", "{}"));
        assert_ne!(
            first,
            version("a_bg.wasm", "<p>A</p>", r#"{"centers":[]}"#),
            "a new list of centers is fetched again"
        );
    }
}
