//! Where the site lives: every internal link, image and fetch goes through here, so the
//! same build works at a domain's root or under a sub-path such as `/health/`.
//!
//! Content and the router speak in *site paths* (`/back-pain`); the browser needs *URLs
//! paths* (`/health/back-pain`). Leptos' `<A href="/…">` does not add the router's base
//! itself, hence [`href`].

use std::sync::OnceLock;

/// The sub-path the site is deployed under, without a trailing slash ("" at the root).
/// Read at start-up from the page (the pre-renderer writes it on `<body>`), so that one
/// wasm serves every deployment.
static BASE: OnceLock<String> = OnceLock::new();

/// The `<body>` attribute that carries the deployment's sub-path.
pub const BASE_ATTRIBUTE: &str = "data-base";

/// The `<body>` attribute naming the site path a page was rendered for; the browser
/// hydrates only when it matches the address (a host's 404 page is rendered afresh).
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// Sets the sub-path once, at start-up: from `PUBLIC_URL` such as `/health/` or `/`.
/// Later calls are ignored.
pub fn set_base(public_url: &str) {
    let _ = BASE.set(trim_base(public_url).to_string());
}

/// The deployment's sub-path ("" at the root, "/health" under a sub-path).
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// "/health/" → "/health"; "/" → "".
pub fn trim_base(public_url: &str) -> &str {
    public_url.strip_suffix('/').unwrap_or(public_url)
}

/// The URL path for a site path under the deployment's [`base`].
pub fn href(site_path: &str) -> String {
    href_under(base(), site_path)
}

/// A `srcset` of site paths (`/images/a.360.webp 360w, …`) with each path under the
/// deployment's [`base`].
pub fn href_srcset(srcset: &str) -> String {
    srcset_under(base(), srcset)
}

/// [`href_srcset`] for an explicit `base`.
pub fn srcset_under(base: &str, srcset: &str) -> String {
    if base.is_empty() {
        return srcset.to_string();
    }
    let mut out = String::from(base);
    out.push_str(&srcset.replace(", /", &[", ", base, "/"].concat()));
    out
}

/// The URL path for `site_path` under `base` ("" or "/sub", no trailing slash).
pub fn href_under(base: &str, site_path: &str) -> String {
    match site_path {
        "/" | "" => format!("{base}/"),
        path if path.starts_with('/') => format!("{base}{path}"),
        // Not a site path (an external or relative link): left as written.
        other => other.to_string(),
    }
}

/// The site path for a URL path in the browser: the base taken off, and a trailing slash
/// (which static hosts add to directory URLs) ignored.
pub fn site_path(url_path: &str) -> String {
    site_path_under(base(), url_path)
}

/// [`site_path`] for an explicit `base`.
pub fn site_path_under(base: &str, url_path: &str) -> String {
    let rest = url_path.strip_prefix(base).unwrap_or(url_path);
    let trimmed = rest.trim_end_matches('/');
    if trimmed.is_empty() { "/".to_string() } else { trimmed.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_get_the_base_at_the_root_and_under_a_sub_path() {
        assert_eq!(href_under("", "/"), "/");
        assert_eq!(href_under("", "/back-pain"), "/back-pain");
        assert_eq!(href_under("/health", "/"), "/health/");
        assert_eq!(href_under("/health", "/back-pain/sciatica"), "/health/back-pain/sciatica");
        assert_eq!(href_under("/health", "/images/a.svg"), "/health/images/a.svg");
        assert_eq!(href_under("/health", "#main"), "#main");
    }

    #[test]
    fn every_variant_of_a_srcset_gets_the_base() {
        let srcset = "/images/a.k.360.webp 360w, /images/a.k.720.webp 720w";
        assert_eq!(srcset_under("", srcset), srcset);
        assert_eq!(
            srcset_under("/health", srcset),
            "/health/images/a.k.360.webp 360w, /health/images/a.k.720.webp 720w"
        );
    }

    #[test]
    fn browser_paths_map_back_to_site_paths() {
        assert_eq!(site_path_under("", "/"), "/");
        assert_eq!(site_path_under("", "/back-pain/"), "/back-pain");
        assert_eq!(site_path_under("/health", "/health/"), "/");
        assert_eq!(site_path_under("/health", "/health"), "/");
        assert_eq!(site_path_under("/health", "/health/back-pain/sciatica/"), "/back-pain/sciatica");
    }

    #[test]
    fn the_base_never_ends_in_a_slash() {
        assert_eq!(trim_base("/health/"), "/health");
        assert_eq!(trim_base("/"), "");
        assert!(!base().ends_with('/'));
    }
}
