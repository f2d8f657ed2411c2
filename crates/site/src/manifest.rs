//! `manifest.webmanifest`, which makes the site installable: the brand's name, our icons, the
//! page shell's language and theme colour, and the start URL and scope under the site's public URL.

use serde::Serialize;

use health_app_files::AppFiles;
use health_center::content::data::SiteData;

use super::headers::ASSETS_DIR;
use super::shell::Shell;

/// Its name, at the site's root.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The page's background (`--paper`), shown while an installed site starts.
const BACKGROUND_COLOR: &str = "#ffffff";
/// Launchers show about this many characters under an icon.
const SHORT_NAME_LENGTH: usize = 12;

#[derive(Serialize)]
struct Manifest<'a> {
    name: &'a str,
    short_name: &'a str,
    description: &'a str,
    lang: &'a str,
    id: String,
    start_url: String,
    scope: String,
    /// `minimal-ui`: installed, it keeps the browser's back button and address (iOS has no
    /// back gesture in a standalone app, and readers follow links to other sites).
    display: &'static str,
    theme_color: &'a str,
    background_color: &'static str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
}

/// The manifest of the site `site` deployed under `base` ("" or "/health"), in the language
/// and theme colour of `shell`; its icons are named relative to it, so they are found under
/// any public URL.
pub fn manifest(site: &SiteData, app: &AppFiles, shell: &Shell, base: &str) -> Result<String, String> {
    let brand = &site.site.brand;
    let icon =
        |file: &str, sizes, purpose| Icon { src: format!("{ASSETS_DIR}/{file}"), sizes, kind: "image/png", purpose };
    let icons = &app.install_icons;
    let manifest = Manifest {
        name: brand,
        short_name: short_name(brand),
        description: &site.site.description,
        lang: shell.lang(),
        id: format!("{base}/"),
        start_url: format!("{base}/"),
        scope: format!("{base}/"),
        display: "minimal-ui",
        theme_color: shell.theme_color(),
        background_color: BACKGROUND_COLOR,
        icons: vec![
            icon(&icons.small.file, "192x192", "any"),
            icon(&icons.large.file, "512x512", "any"),
            icon(&icons.maskable.file, "512x512", "maskable"),
        ],
    };
    serde_json::to_string_pretty(&manifest)
        .map(|text| text + "\n")
        .map_err(|e| format!("cannot write {MANIFEST_FILE}: {e}"))
}

/// The brand when it is short enough for a launcher, otherwise its first word.
fn short_name(brand: &str) -> &str {
    if brand.chars().count() <= SHORT_NAME_LENGTH { brand } else { brand.split_whitespace().next().unwrap_or(brand) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_brand_gives_its_first_word_for_the_launcher() {
        assert_eq!(short_name("Brightwell Health"), "Brightwell");
        assert_eq!(short_name("Healthwise"), "Healthwise");
    }
}
