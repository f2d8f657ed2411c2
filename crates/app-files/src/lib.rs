//! The app's built files as `package-app` records them and the site build reads them:
//! `app.json`, beside the files, names each file (its name carries its content hash) with its
//! subresource-integrity hash. Nothing guesses a hashed name from a pattern.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256, Sha384};

/// The name of the record, in the app's folder (`target/app/app.json`).
pub const APP_FILES_RECORD: &str = "app.json";

/// One built file: its name under `assets/` and its `sha384-…` integrity value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppFile {
    /// The file's name, e.g. `style-0123456789abcdef.css`.
    pub file: String,
    /// Its subresource-integrity value, e.g. `sha384-…`.
    pub integrity: String,
}

/// The `sha384-…` value browsers check a `<script integrity>` or `<link integrity>` against.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// A script written into every page's `<head>` rather than linked: it runs without a request
/// of its own, and the Content-Security-Policy allows exactly this text by its hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InlineScript {
    /// The script as it goes between `<script>` and `</script>`.
    pub text: String,
    /// Its `sha256-…` value, as the policy's `script-src` names it (without the quotes).
    pub hash: String,
}

impl InlineScript {
    /// The script `text`, with its hash; refused if it could end the `<script>` element early.
    pub fn new(text: String) -> Result<Self, String> {
        if text.to_ascii_lowercase().contains("</script") || text.contains("<!--") {
            return Err(
                "an inline script cannot contain \"</script\" or \"<!--\" (the HTML parser would end or change it)"
                    .into(),
            );
        }
        let hash =
            format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())));
        Ok(Self { text, hash })
    }
}

/// Every file a page links to, and what they were built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppFiles {
    /// A digest of every input (the wasm, the stylesheets, the scripts, the icon): an
    /// unchanged input is not packaged again.
    pub inputs: String,
    /// The site's icon.
    pub icon: AppFile,
    /// The script every page runs first, inline in `<head>` (a file would cost one more round
    /// trip before the first paint): it applies the reader's text size and theme, keeps taps on
    /// the app's buttons until the app has started, and adds the app's files to the page once
    /// it has been painted.
    pub head_script: InlineScript,
    /// Every stylesheet, joined in order.
    pub stylesheet: AppFile,
    /// The module that starts the app (added to the page, with the files below, after the first paint).
    pub bootstrap: AppFile,
    /// wasm-bindgen's JS glue, imported by the bootstrap.
    pub glue: AppFile,
    /// The app itself: its main module, with every page's shared code and the article page's.
    pub wasm: AppFile,
    /// The script that fetches a page's chunks when the app first needs them (the glue and it
    /// import each other).
    pub split_loader: AppFile,
    /// The chunks: each page's own code, and code two or more of those pages share.
    pub chunks: Vec<AppFile>,
    /// For each page's chunk (`home_page`, `hub_page`, … as the page table in
    /// `src/routes/mod.rs` names them), the chunk files it needs.
    pub page_chunks: BTreeMap<String, Vec<String>>,
    /// The search engine's JS glue, imported by the bootstrap when a reader first searches.
    pub search_glue: AppFile,
    /// The search engine.
    pub search_wasm: AppFile,
    /// The install icons the web app manifest names: 192 and 512 pixels, and 512 "maskable"
    /// (drawn to be cropped to a launcher's shape).
    pub install_icons: InstallIcons,
}

/// The web app manifest's icons (PNG, from `public/icons/`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstallIcons {
    /// 192×192.
    pub small: AppFile,
    /// 512×512.
    pub large: AppFile,
    /// 512×512, full-bleed, its artwork inside the central safe zone.
    pub maskable: AppFile,
}

impl AppFile {
    /// The file's bytes from `dir`, if they are the ones recorded (their integrity matches).
    pub fn read_checked(&self, dir: &Path) -> Result<Vec<u8>, String> {
        let path = dir.join(&self.file);
        let bytes = fs::read(&path)
            .map_err(|e| format!("cannot read {} (rebuild the app: make build-app): {e}", path.display()))?;
        if integrity(&bytes) == self.integrity {
            Ok(bytes)
        } else {
            Err(format!(
                "{} is not the file app.json records (its integrity differs); rebuild the app: make build-app",
                path.display()
            ))
        }
    }
}

impl AppFiles {
    /// Every file, in the order a page needs them (then the chunks, which some pages need; the
    /// search engine's: only searching needs it; and the install icons: only installing does).
    pub fn files(&self) -> Vec<&AppFile> {
        let mut files = self.shell();
        files.extend([
            &self.search_glue,
            &self.search_wasm,
            &self.install_icons.small,
            &self.install_icons.large,
            &self.install_icons.maskable,
        ]);
        files
    }

    /// What the service worker keeps as the app shell: the files every page loads, and every
    /// page's chunks, so that every page type opens offline.
    pub fn shell(&self) -> Vec<&AppFile> {
        let mut files = vec![&self.icon, &self.stylesheet, &self.bootstrap, &self.glue, &self.split_loader, &self.wasm];
        files.extend(&self.chunks);
        files
    }

    /// The chunk files the page whose chunk is `chunk` needs (none for an unknown name).
    pub fn chunks_of(&self, chunk: &str) -> Vec<&AppFile> {
        let names = self.page_chunks.get(chunk).map(Vec::as_slice).unwrap_or_default();
        self.chunks.iter().filter(|file| names.contains(&file.file)).collect()
    }

    /// Reads the record in `dir`, or says what to run.
    pub fn read(dir: &Path) -> Result<Self, String> {
        let path = dir.join(APP_FILES_RECORD);
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {} (build the app first: make build-app): {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is not a record written by this version of package-app ({e}); rebuild the app: make build-app",
                path.display()
            )
        })
    }

    /// Writes the record into `dir`.
    pub fn write(&self, dir: &Path) -> Result<(), String> {
        let path = dir.join(APP_FILES_RECORD);
        let text = serde_json::to_string_pretty(self).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        fs::write(&path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_standard_sha384_in_base64() {
        // `printf 'abc' | openssl dgst -sha384 -binary | base64`
        assert_eq!(integrity(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
    }

    #[test]
    fn an_inline_script_is_pinned_by_standard_sha256_in_base64() {
        // `printf 'abc' | openssl dgst -sha256 -binary | base64`
        let script = InlineScript::new("abc".into()).expect("plain text");
        assert_eq!(script.hash, "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
        assert!(InlineScript::new("a = '</SCRIPT>';".into()).is_err());
        assert!(InlineScript::new("a = '<!--';".into()).is_err());
    }

    #[test]
    fn a_file_that_is_not_the_recorded_one_is_refused() {
        let dir = std::env::temp_dir().join(format!("hc-app-files-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        fs::write(dir.join("boot-1.js"), "changed").expect("write");
        let file = AppFile { file: "boot-1.js".into(), integrity: integrity(b"original") };
        let error = file.read_checked(&dir).expect_err("changed bytes");
        let good = AppFile { integrity: integrity(b"changed"), ..file };
        assert_eq!(good.read_checked(&dir).as_deref(), Ok(&b"changed"[..]));
        fs::remove_dir_all(&dir).ok();
        assert!(error.contains("boot-1.js is not the file app.json records"), "{error}");
    }
}
