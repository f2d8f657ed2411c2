//! What the shell may not hold, element by element: what the Content-Security-Policy would
//! block on every page, and what would give a page a second `<title>`, `<main>` or `<base>`.

/// The tags the site build writes for each page (`site::head::HEAD_TAGS_SELECTOR`), which
/// the app also replaces on client navigation: in the shell they would be a second copy.
const PAGE_HEAD_TAGS: &[(&str, &str)] = &[
    ("title", "the page's <title>"),
    ("meta name=description", "the page's description"),
    ("meta name=robots", "the page's robots rule"),
    ("link rel=canonical", "the page's canonical link"),
    ("meta property=og:", "the page's Open Graph tags"),
    ("meta name=twitter:card", "the page's Twitter card"),
    ("script type=application/ld+json", "the page's JSON-LD"),
];

/// The problems with one element of the shell: `tag` is its lower-case name, `attributes`
/// its attributes (lower-case names, values as written).
pub fn refusals(tag: &str, attributes: &[(String, String)]) -> Vec<String> {
    let attribute = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let mut out = Vec::new();
    for (name, value) in attributes {
        if name == "style" {
            out.push(format!(
                "style=\"{value}\" on <{tag}>: the Content-Security-Policy (style-src 'self') blocks inline styles on every page; put the rule in a stylesheet under style/"
            ));
        } else if name.starts_with("on") {
            out.push(format!(
                "{name}=\"…\" on <{tag}>: the Content-Security-Policy blocks event-handler attributes on every page; remove it"
            ));
        } else if matches!(name.as_str(), "href" | "src" | "action")
            && value.trim_start().to_ascii_lowercase().starts_with("javascript:")
        {
            out.push(format!("a javascript: address on <{tag}>: the Content-Security-Policy blocks it; remove it"));
        } else if name == "role" && value.eq_ignore_ascii_case("main") {
            out.push(format!("role=\"main\" on <{tag}> would give every page a second main landmark: each page brings its own <main>; remove it"));
        }
    }
    match tag {
        "script" => match attribute("src") {
            // A marked script gets its src from the site build.
            None if is_javascript(attribute("type")) && attribute(super::marks::MARK_ATTRIBUTE).is_none() => out.push(
                "an inline <script>: the Content-Security-Policy (script-src 'self') blocks it on every page; load the code from a file of the site with <script src=\"…\">".into(),
            ),
            Some(src) if is_other_origin(src) => out.push(format!(
                "<script src=\"{src}\">: the Content-Security-Policy (script-src 'self') allows scripts from this site only; serve the file from the site"
            )),
            _ => {}
        },
        "style" => out.push(
            "a <style> element: the Content-Security-Policy (style-src 'self') blocks inline styles on every page; put the rules in a stylesheet under style/".into(),
        ),
        "link" if attribute("rel").is_some_and(|rel| rel.eq_ignore_ascii_case("stylesheet")) => {
            if let Some(href) = attribute("href").filter(|href| is_other_origin(href)) {
                out.push(format!(
                    "<link rel=\"stylesheet\" href=\"{href}\">: the Content-Security-Policy (style-src 'self') allows stylesheets from this site only; add the rules to style/"
                ));
            }
        }
        "meta"
            if attribute("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
                && attribute(super::marks::MARK_ATTRIBUTE).is_none() =>
        {
            out.push(
                "a second Content-Security-Policy: the policy is written once, from CSP_DIRECTIVES in crates/site/src/headers.rs, into _headers and into every page at data-build=\"policy\"; change it there".into(),
            )
        }
        "base" => out.push(
            "a <base> would change where every link and the app's files point (the deployment's sub-path is PUBLIC_URL): remove it".into(),
        ),
        "main" => out.push("a <main> in the shell would give every page a second one: each page brings its own; remove it".into()),
        _ => {}
    }
    if let Some(what) = page_head_tag(tag, &attribute) {
        out.push(format!(
            "<{tag}> here would give every page a second copy of {what}: the site build writes it for each page at data-build=\"page-head\" (and the app replaces it on client navigation); remove it"
        ));
    }
    out
}

/// Which of the page's own head tags the element is, if it is one.
fn page_head_tag<'a>(tag: &str, attribute: &dyn Fn(&str) -> Option<&'a str>) -> Option<&'static str> {
    PAGE_HEAD_TAGS.iter().find_map(|(pattern, what)| {
        let mut words = pattern.split(' ');
        if words.next() != Some(tag) {
            return None;
        }
        let matches = match words.next() {
            None => true,
            Some(rule) => {
                let (name, wanted) = rule.split_once('=')?;
                let value = attribute(name)?.to_ascii_lowercase();
                if wanted.ends_with(':') { value.starts_with(wanted) } else { value == wanted }
            }
        };
        matches.then_some(*what)
    })
}

/// Whether a `<script type>` is JavaScript (which runs) rather than a data block (which does not).
fn is_javascript(kind: Option<&str>) -> bool {
    let kind = kind.unwrap_or("").trim().to_ascii_lowercase();
    kind.is_empty() || kind == "module" || kind.ends_with("javascript") || kind.ends_with("ecmascript")
}

/// Whether an address points away from the site (`https://…` or `//…`).
fn is_other_origin(address: &str) -> bool {
    let address = address.trim();
    address.starts_with("//")
        || address.split_once("://").is_some_and(|(scheme, _)| scheme.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tag: &str, attributes: &[(&str, &str)]) -> Vec<String> {
        refusals(tag, &attributes.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect::<Vec<_>>())
    }

    #[test]
    fn what_a_publisher_may_add_passes() {
        assert!(check("meta", &[("name", "google-site-verification"), ("content", "abc")]).is_empty());
        assert!(check("link", &[("rel", "preconnect"), ("href", "https://images.example.org")]).is_empty());
        assert!(check("script", &[("src", "/analytics.js"), ("defer", "")]).is_empty());
        assert!(check("script", &[("type", "application/json")]).is_empty(), "a data block does not run");
        assert!(check("meta", &[("property", "fb:app_id"), ("content", "1")]).is_empty());
    }

    #[test]
    fn what_the_policy_blocks_is_refused() {
        assert!(check("script", &[]).concat().contains("an inline <script>"));
        assert!(check("script", &[("type", "module")]).concat().contains("an inline <script>"));
        assert!(check("script", &[("src", "https://cdn.example.org/x.js")]).concat().contains("from this site only"));
        assert!(check("div", &[("style", "color: red")]).concat().contains("style-src"));
        assert!(check("style", &[]).concat().contains("<style> element"));
        assert!(check("body", &[("onload", "go()")]).concat().contains("onload=\"…\" on <body>"));
        assert!(check("a", &[("href", " JavaScript:go()")]).concat().contains("javascript:"));
        assert!(
            check("link", &[("rel", "Stylesheet"), ("href", "//fonts.example.org/a.css")])
                .concat()
                .contains("stylesheets from this site only")
        );
    }

    #[test]
    fn a_second_title_main_base_or_page_head_tag_is_refused() {
        assert!(check("title", &[]).concat().contains("second copy of the page's <title>"));
        assert!(check("main", &[]).concat().contains("second one"));
        assert!(check("div", &[("role", "main")]).concat().contains("second main landmark"));
        assert!(check("base", &[("href", "/")]).concat().contains("<base>"));
        assert!(check("meta", &[("name", "Description"), ("content", "x")]).concat().contains("description"));
        assert!(check("meta", &[("property", "og:image"), ("content", "x")]).concat().contains("Open Graph"));
        assert!(check("link", &[("rel", "canonical"), ("href", "/")]).concat().contains("canonical"));
        assert!(check("script", &[("type", "application/ld+json")]).concat().contains("JSON-LD"));
    }
}
