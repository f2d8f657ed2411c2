//! The HTTP headers a static host should send, as the `_headers` file Netlify and
//! Cloudflare Pages read, and the Content-Security-Policy that every page also carries as a
//! `<meta http-equiv>` (for hosts that cannot set headers).

/// The Content-Security-Policy, less its `script-src` (see [`script_src`]). The service worker
/// and the web app manifest may come from the site only.
pub const CSP_DIRECTIVES: &[&str] = &[
    "default-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
];

/// Directives a `<meta>` CSP cannot carry (browsers ignore them there, with a warning).
const HEADER_ONLY: &[&str] = &["frame-ancestors", "report-uri", "sandbox"];

/// Scripts from the site, `'wasm-unsafe-eval'` so the browser may compile the app's
/// WebAssembly, and the one inline script (the preference script) by its `sha256-…` hash:
/// no other inline script runs.
fn script_src(inline_script_hash: &str) -> String {
    format!("script-src 'self' 'wasm-unsafe-eval' '{inline_script_hash}'")
}

/// Every directive, `script-src` second as it always was.
fn directives(inline_script_hash: &str) -> Vec<String> {
    let mut all: Vec<String> = CSP_DIRECTIVES.iter().map(|d| d.to_string()).collect();
    all.insert(1, script_src(inline_script_hash));
    all
}

/// The policy as an HTTP header value, for an app whose inline script hashes to `inline_script_hash`.
pub fn csp_header(inline_script_hash: &str) -> String {
    directives(inline_script_hash).join("; ")
}

/// The policy for `<meta http-equiv="Content-Security-Policy">`: the header's, less what
/// only a header can carry.
pub fn csp_meta(inline_script_hash: &str) -> String {
    directives(inline_script_hash)
        .into_iter()
        .filter(|d| !HEADER_ONLY.iter().any(|name| d.split_whitespace().next() == Some(name)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Cache for files whose name carries a content hash: they never change.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Cache for pages, content JSON and unhashed files: always ask the host whether it changed.
pub const REVALIDATE: &str = "public, max-age=0, must-revalidate";

/// The folder (under the site's root) that holds the app's files, each named by its content
/// hash (`app.json` records them): one `_headers` rule makes them all immutable.
pub const ASSETS_DIR: &str = "assets";

/// The `_headers` file for a site under `base` ("" at the root, "/health" under a sub-path)
/// whose inline script hashes to `inline_script_hash`: the same six rules whatever the
/// number of pages or pictures.
///
/// Netlify and Cloudflare Pages apply every rule that matches a path and join the values of
/// a header that two rules set, so no two rules here set the same header on one path: the
/// catch-all rule sets no `Cache-Control`, and the other rules cover folders that do not
/// overlap. Pages, `404.html`, the sitemap and `robots.txt` get both hosts' default,
/// `public, max-age=0, must-revalidate`, the same value the rules below give data and images.
pub fn headers_file(base: &str, inline_script_hash: &str) -> String {
    let mut out = String::from("# Headers for Netlify and Cloudflare Pages (written by `make dist`).\n");
    out.push_str(&format!("{base}/*\n"));
    out.push_str(&format!("  Content-Security-Policy: {}\n", csp_header(inline_script_hash)));
    out.push_str("  X-Content-Type-Options: nosniff\n");
    out.push_str("  Referrer-Policy: strict-origin-when-cross-origin\n");
    out.push_str("  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n");
    out.push_str("  X-Frame-Options: DENY\n");
    out.push_str(&format!("{base}/{ASSETS_DIR}/*\n  Cache-Control: {IMMUTABLE}\n"));
    // The search index's chunks and every published picture are named by their content hash
    // too; the index's fragments are not.
    out.push_str(&format!("{base}/search/t/*\n  Cache-Control: {IMMUTABLE}\n"));
    out.push_str(&format!("{base}/images/*\n  Cache-Control: {IMMUTABLE}\n"));
    for folder in ["content", "search/f"] {
        out.push_str(&format!("{base}/{folder}/*\n  Cache-Control: {REVALIDATE}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_policy_leaves_out_what_only_a_header_can_carry() {
        assert!(csp_header("sha256-A=").contains("frame-ancestors 'none'"));
        assert!(!csp_meta("sha256-A=").contains("frame-ancestors"));
        assert!(
            csp_meta("sha256-A=")
                .starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A='; style-src 'self'")
        );
        assert!(!csp_header("sha256-A=").contains("unsafe-inline"));
    }

    #[test]
    fn hashed_assets_are_immutable_and_no_path_gets_two_cache_controls() {
        let text = headers_file("/health", "sha256-A=");
        // A line that starts a rule starts with `/`.
        assert_eq!(text.lines().filter(|line| line.starts_with('/')).count(), 6);
        assert!(text.contains("/health/search/t/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(text.contains("/health/search/f/*\n  Cache-Control: public, max-age=0, must-revalidate\n"));
        assert!(text.contains("/health/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(text.contains("/health/content/*\n  Cache-Control: public, max-age=0, must-revalidate\n"));
        assert!(text.contains("/health/images/*\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(text.contains("/health/*\n  Content-Security-Policy: default-src 'self'"));
        // The catch-all rule sets no Cache-Control, so no path gets two.
        let catch_all =
            text.split("/health/*\n").nth(1).expect("catch-all rule").split("\n/").next().unwrap_or_default();
        assert!(!catch_all.contains("Cache-Control"));
        assert!(
            text.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-A='"),
            "the header pins the inline script as the pages do"
        );
        assert!(headers_file("", "sha256-A=").contains("\n/assets/*\n"));
    }
}
