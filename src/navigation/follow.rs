//! Which link clicks the app follows itself, and which it leaves to the browser. Plain data
//! in, a decision out, so the rules are tested natively (`history` reads the click).

use crate::content::Page;
use crate::paths;

/// What a click on a link was, as far as following it goes.
#[derive(Clone, Copy, Debug, Default)]
pub struct LinkClick<'a> {
    /// The primary button with no modifier key, and no handler has cancelled it.
    pub plain: bool,
    /// The link's `target` attribute ("" when it has none).
    pub target: &'a str,
    /// The link has a `download` attribute.
    pub download: bool,
    /// The link's `rel` attribute.
    pub rel: &'a str,
    /// The link leads to this page's origin.
    pub same_origin: bool,
    /// The link's URL path, query (with its `?`) and fragment (with its `#`).
    pub path: &'a str,
    /// See `path`.
    pub search: &'a str,
    /// See `path`.
    pub hash: &'a str,
    /// The page's own URL path and query.
    pub current_path: &'a str,
    /// See `current_path`.
    pub current_search: &'a str,
}

/// What to do with a click.
#[derive(Debug, PartialEq, Eq)]
pub enum Follow {
    /// The browser does what it always does: another tab, a download, another site, a file,
    /// a fragment of this page.
    Browser,
    /// The app shows the page itself and adds `url` to the history (or replaces the entry
    /// when it is the page shown); then it scrolls to `hash` or to the top.
    App {
        /// The URL path, query and fragment to show.
        url: String,
        /// The fragment's element id, if the link has one.
        hash: Option<String>,
        /// The link is to the page already shown.
        replace: bool,
    },
}

/// Decides how to follow `click`, for a site deployed under `base` ("" or "/health").
pub fn follow(click: &LinkClick, base: &str) -> Follow {
    let leaves_the_tab = !click.target.is_empty() && !click.target.eq_ignore_ascii_case("_self");
    let external = click.rel.split_ascii_whitespace().any(|word| word.eq_ignore_ascii_case("external"));
    if !click.plain || leaves_the_tab || click.download || external || !click.same_origin {
        return Follow::Browser;
    }
    let under_base = click.path.strip_prefix(base).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    // Files (feeds, pictures, data) and addresses no page has are the server's to answer.
    if !under_base || Page::parse(&paths::site_path_under(base, click.path)).is_none() {
        return Follow::Browser;
    }
    let same_page = click.path == click.current_path && click.search == click.current_search;
    if same_page && !click.hash.is_empty() {
        return Follow::Browser;
    }
    let id = click.hash.strip_prefix('#').filter(|id| !id.is_empty());
    Follow::App {
        url: [click.path, click.search, click.hash].concat(),
        hash: id.map(str::to_string),
        replace: same_page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn click(path: &str) -> LinkClick<'_> {
        LinkClick { plain: true, same_origin: true, path, current_path: "/back-pain", ..LinkClick::default() }
    }

    fn app(url: &str) -> Follow {
        Follow::App { url: url.to_string(), hash: None, replace: false }
    }

    #[test]
    fn a_plain_click_on_a_page_of_the_site_is_followed_by_the_app() {
        assert_eq!(follow(&click("/back-pain/sciatica"), ""), app("/back-pain/sciatica"));
        assert_eq!(follow(&click("/"), ""), app("/"));
        assert_eq!(follow(&click("/a-z"), ""), app("/a-z"));
        assert_eq!(follow(&LinkClick { search: "?q=sleep", ..click("/search") }, ""), app("/search?q=sleep"));
    }

    #[test]
    fn new_tabs_downloads_modifier_keys_and_other_sites_are_left_to_the_browser() {
        let page = click("/back-pain/sciatica");
        assert_eq!(follow(&LinkClick { plain: false, ..page }, ""), Follow::Browser);
        assert_eq!(follow(&LinkClick { target: "_blank", ..page }, ""), Follow::Browser);
        assert_eq!(follow(&LinkClick { target: "_self", ..page }, ""), app("/back-pain/sciatica"));
        assert_eq!(follow(&LinkClick { download: true, ..page }, ""), Follow::Browser);
        assert_eq!(follow(&LinkClick { rel: "noopener External", ..page }, ""), Follow::Browser);
        assert_eq!(follow(&LinkClick { same_origin: false, ..page }, ""), Follow::Browser);
    }

    #[test]
    fn files_and_addresses_no_page_has_go_to_the_server() {
        assert_eq!(follow(&click("/sitemap.xml"), ""), Follow::Browser);
        assert_eq!(follow(&click("/images/spine.k.720.webp"), ""), Follow::Browser);
        assert_eq!(follow(&click("/back-pain/sciatica/extra"), ""), Follow::Browser);
    }

    #[test]
    fn under_a_sub_path_only_the_sites_own_pages_are_followed() {
        assert_eq!(follow(&click("/health/back-pain"), "/health"), app("/health/back-pain"));
        assert_eq!(follow(&click("/health/"), "/health"), app("/health/"));
        assert_eq!(follow(&click("/health"), "/health"), app("/health"));
        assert_eq!(follow(&click("/healthy/back-pain"), "/health"), Follow::Browser);
        assert_eq!(follow(&click("/back-pain"), "/health"), Follow::Browser);
    }

    #[test]
    fn a_fragment_of_this_page_is_the_browsers_and_of_another_page_the_apps() {
        assert_eq!(follow(&LinkClick { hash: "#causes", ..click("/back-pain") }, ""), Follow::Browser);
        let elsewhere = LinkClick { hash: "#causes", ..click("/back-pain/sciatica") };
        assert_eq!(
            follow(&elsewhere, ""),
            Follow::App { url: "/back-pain/sciatica#causes".into(), hash: Some("causes".into()), replace: false }
        );
    }

    #[test]
    fn a_link_to_the_page_shown_replaces_its_entry() {
        assert_eq!(
            follow(&click("/back-pain"), ""),
            Follow::App { url: "/back-pain".into(), hash: None, replace: true }
        );
    }
}
