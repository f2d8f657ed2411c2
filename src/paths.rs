//! Where the site lives: every internal link, image and fetch goes through here, so the
//! same build works at a domain's root or under a sub-path such as `/health/`.
//!
//! Content and the router speak in *site paths* (`/back-pain`); the browser needs *URLs
//! paths* (`/health/back-pain`). Leptos' `<A href="/…">` does not add the router's base
//! itself, hence [`href`].

/// The sub-path the site is deployed under, without a trailing slash ("" at the root).
/// Set at build time from `PUBLIC_URL` (the Makefile passes it as `HC_PUBLIC_URL`).
pub const BASE: &str = match option_env!("HC_PUBLIC_URL") {
    Some(base) => trim_base(base),
    None => "",
};

const fn trim_base(base: &str) -> &str {
    // "/health/" → "/health"; "/" → "".
    let bytes = base.as_bytes();
    if !bytes.is_empty() && bytes[bytes.len() - 1] == b'/' {
        let (head, _) = bytes.split_at(bytes.len() - 1);
        match std::str::from_utf8(head) {
            Ok(trimmed) => trimmed,
            Err(_) => base,
        }
    } else {
        base
    }
}

/// The URL path for a site path under this build's [`BASE`].
pub fn href(site_path: &str) -> String {
    href_under(BASE, site_path)
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
    site_path_under(BASE, url_path)
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
        assert!(!BASE.ends_with('/'));
    }
}
