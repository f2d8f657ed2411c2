//! The marks of the page shell: `data-build="…"` attributes that say where the site build
//! writes what only it knows (the policy, the page's own head tags, the app's hashed files,
//! the page itself).

/// The attribute that carries a mark.
pub const MARK_ATTRIBUTE: &str = "data-build";

/// One place in the shell the site build writes into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// `<meta http-equiv="Content-Security-Policy">`: its `content`, from the policy `_headers` sends.
    Policy,
    /// `<template>`: replaced by the page's title, description, canonical, Open Graph and JSON-LD.
    PageHead,
    /// `<link rel="icon">`: the icon's `href` (its name carries its hash; no `integrity`, which the standard allows only on scripts, stylesheets and preloads).
    Icon,
    /// `<link rel="manifest">`: the web app manifest's `href`.
    Manifest,
    /// `<script>`: the head script itself (the reader's preferences, taps kept until the app starts).
    HeadScript,
    /// `<link rel="stylesheet">`: the stylesheet's `href` and `integrity`.
    Stylesheet,
    /// `<template>`: replaced by `<template id="hc-app">` listing the app's files (bootstrap,
    /// glue, chunk loader, wasm, the page's chunks), which the head script adds to the page
    /// once it has been painted.
    App,
    /// `<body>`: the page and its data blocks inside, the app's `data-base` and `data-prerendered` on it.
    Page,
}

impl Mark {
    /// Every mark, in the order the shipped shell has them.
    pub const ALL: [Mark; 8] = [
        Mark::Policy,
        Mark::PageHead,
        Mark::Icon,
        Mark::Manifest,
        Mark::HeadScript,
        Mark::Stylesheet,
        Mark::App,
        Mark::Page,
    ];

    /// The mark's value of `data-build`.
    pub fn name(self) -> &'static str {
        match self {
            Mark::Policy => "policy",
            Mark::PageHead => "page-head",
            Mark::Icon => "icon",
            Mark::Manifest => "manifest",
            Mark::HeadScript => "head-script",
            Mark::Stylesheet => "stylesheet",
            Mark::App => "app",
            Mark::Page => "page",
        }
    }

    /// The mark named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|mark| mark.name() == name)
    }

    /// For a mark an earlier version of the shell had: what took its place.
    pub fn retired(name: &str) -> Option<&'static str> {
        matches!(name, "bootstrap" | "glue").then_some(
            "the bootstrap and glue marks were replaced by one <template data-build=\"app\"></template> (the app's files are now added once the page has been painted, so nothing of the app competes with the first paint): remove this element and put that one in <head>",
        )
    }

    /// What the site build writes at the mark, for messages.
    pub fn what(self) -> &'static str {
        match self {
            Mark::Policy => "the Content-Security-Policy, the same as _headers sends",
            Mark::PageHead => "the page's title, description, canonical link, Open Graph tags and JSON-LD",
            Mark::Icon => "the address of the app's icon",
            Mark::Manifest => "the address of the web app manifest",
            Mark::HeadScript => {
                "the script that applies the reader's text size and theme before the first paint and keeps taps made before the app has started"
            }
            Mark::Stylesheet => "the app's stylesheet",
            Mark::App => "the list of the app's files, which the head script adds to the page once it has been painted",
            Mark::Page => "the page itself and the data it was written from",
        }
    }

    /// The element the mark belongs on.
    pub fn element(self) -> &'static str {
        match self {
            Mark::Policy => "meta",
            Mark::Icon | Mark::Manifest | Mark::Stylesheet => "link",
            Mark::HeadScript => "script",
            Mark::PageHead | Mark::App => "template",
            Mark::Page => "body",
        }
    }

    /// The marked element as the shipped shell writes it, for messages.
    pub fn example(self) -> &'static str {
        match self {
            Mark::Policy => r#"<meta http-equiv="Content-Security-Policy" data-build="policy">"#,
            Mark::PageHead => r#"<template data-build="page-head"></template>"#,
            Mark::Icon => r#"<link rel="icon" data-build="icon">"#,
            Mark::Manifest => r#"<link rel="manifest" data-build="manifest">"#,
            Mark::HeadScript => r#"<script data-build="head-script"></script>"#,
            Mark::Stylesheet => r#"<link rel="stylesheet" data-build="stylesheet">"#,
            Mark::App => r#"<template data-build="app"></template>"#,
            Mark::Page => r#"<body data-build="page"></body>"#,
        }
    }

    /// The attributes the site build writes on the element, which the shell may not set.
    pub fn written_attributes(self) -> &'static [&'static str] {
        match self {
            Mark::Policy => &["content"],
            Mark::PageHead | Mark::App => &[],
            Mark::Manifest => &["href"],
            Mark::Icon | Mark::Stylesheet => &["href", "integrity"],
            Mark::HeadScript => &["src", "integrity"],
            Mark::Page => &["data-base", "data-prerendered"],
        }
    }

    /// Whether the site build replaces the whole element (start tag to end tag), rather
    /// than writing attributes on its start tag.
    pub fn replaces_element(self) -> bool {
        matches!(self, Mark::PageHead | Mark::App)
    }

    /// Whether the mark belongs in `<head>` (all but the page's `<body>`).
    pub fn in_head(self) -> bool {
        self != Mark::Page
    }

    /// Why the element must be empty in the shell, for marks whose element has content.
    pub fn why_empty(self) -> Option<&'static str> {
        match self {
            Mark::PageHead => Some("the site build replaces it with the page's own head tags"),
            Mark::HeadScript => Some(
                "the site build writes the head script into it, the one inline script the policy allows (by its hash)",
            ),
            Mark::App => Some(
                "the site build replaces it with the list of the app's files (the head script adds them once the page is painted)",
            ),
            Mark::Page => Some(
                "the site build writes the page into it, and the app takes over (hydrates) exactly what was written; put extra tags in <head>",
            ),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_found_by_its_name_and_its_example_carries_it() {
        for mark in Mark::ALL {
            assert_eq!(Mark::from_name(mark.name()), Some(mark));
            assert!(mark.example().starts_with(&format!("<{}", mark.element())));
            assert!(mark.example().contains(&format!(r#"{MARK_ATTRIBUTE}="{}""#, mark.name())));
        }
        assert_eq!(Mark::from_name("footer"), None);
    }
}
