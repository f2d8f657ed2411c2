//! The results as DOM: the same markup and classes the app's stylesheet styles.

use health_search::page_text::more_to_show;
use health_search::{Hit, Results};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::dom::{append, append_text, element, text_element};

/// The parts of the page the search module writes, appended to the app's frame.
pub struct Frame {
    /// The search form.
    pub form: Element,
    /// Its field.
    pub field: HtmlInputElement,
    /// The status line (a live region: present before its text changes, so changes are read out).
    pub status: Element,
    /// Where the results go.
    pub results: Element,
    /// What to try when nothing matched.
    pub help: Element,
    /// "Did you mean", shown when there are suggestions.
    pub did_you_mean: Element,
    /// The suggestions' list.
    pub suggestions: Element,
}

/// Writes the form, the status line, the results area and the help into `root`; `base` is
/// the deployment's sub-path.
pub fn frame(root: &Element, base: &str) -> Frame {
    let form = element("form", "search-form");
    for (name, value) in [("role", "search"), ("action", &format!("{base}/search")), ("method", "get")] {
        let _ = form.set_attribute(name, value);
    }
    let label = text_element("label", "search-form__label", "Search this site");
    let _ = label.set_attribute("for", "search-page-field");
    append(&form, &label);
    let field = element("input", "search-form__field");
    for (name, value) in [
        ("id", "search-page-field"),
        ("type", "search"),
        ("name", "q"),
        ("autocomplete", "off"),
        ("enterkeyhint", "search"),
        ("spellcheck", "false"),
    ] {
        let _ = field.set_attribute(name, value);
    }
    append(&form, &field);
    let button = text_element("button", "search-form__button button", "Search");
    let _ = button.set_attribute("type", "submit");
    append(&form, &button);

    let status = element("p", "search-status");
    let _ = status.set_attribute("role", "status");
    let results = element("div", "search-page__results");
    let help = element("div", "search-help");
    let did_you_mean = element("div", "search-help__did-you-mean");
    append(&did_you_mean, &text_element("h2", "search-help__heading", "Did you mean"));
    let suggestions = element("ul", "link-list search-help__suggestions");
    append(&did_you_mean, &suggestions);
    append(&help, &did_you_mean);
    append(
        &help,
        &text_element(
            "p",
            "",
            "Check the spelling, or try fewer or other words: a condition, a symptom or a treatment.",
        ),
    );
    let browse = text_element("p", "", "Or browse every article and slideshow in the ");
    append(&browse, &link(&format!("{base}/a-z"), "A to Z of topics"));
    append_text(&browse, ", or start from ");
    append(&browse, &link(&format!("{base}/"), "the health centers"));
    append_text(&browse, ".");
    append(&help, &browse);
    for part in [&help, &did_you_mean] {
        let _ = part.toggle_attribute_with_force("hidden", true);
    }
    for part in [&form, &status, &results, &help] {
        append(root, part);
    }
    Frame { form, field: field.unchecked_into(), status, results, help, did_you_mean, suggestions }
}

fn link(href: &str, text: &str) -> Element {
    let link = text_element("a", "", text);
    let _ = link.set_attribute("href", href);
    link
}

/// `<ol class="search-results">`, one item per hit. Result `n` (from 0) has the id
/// `search-result-{n}`, so "Show more results" can move focus to the first new one.
pub fn results_list(hits: &[Hit], base: &str) -> Element {
    let list = element("ol", "search-results");
    for (n, hit) in hits.iter().enumerate() {
        let item = element("li", "search-result");
        item.set_id(&format!("search-result-{n}"));
        let title = element("h2", "search-result__title");
        append(&title, &link(&format!("{base}{}", hit.path), &hit.title));
        append(&item, &title);
        append(&item, &text_element("p", "search-result__meta", &format!("{} · {}", hit.center, hit.kind)));
        let snippet = element("p", "search-result__snippet");
        for segment in &hit.snippet {
            if segment.mark {
                append(&snippet, &text_element("mark", "", &segment.text));
            } else {
                append_text(&snippet, &segment.text);
            }
        }
        append(&item, &snippet);
        append(&list, &item);
    }
    list
}

/// The "Show N more results" button, when there are more.
pub fn more_button(results: &Results) -> Option<Element> {
    let more = more_to_show(results)?;
    let button = text_element("button", "button search-more", &format!("Show {more} more results"));
    let _ = button.set_attribute("type", "button");
    Some(button)
}

/// The links of spelling suggestions, one `<li>` each; `href` gives each one's address.
pub fn suggestion_items(list: &Element, suggestions: &[String], href: impl Fn(&str) -> String) {
    list.set_text_content(None);
    for suggestion in suggestions {
        let item = element("li", "");
        let link = link(&href(suggestion), suggestion);
        link.set_class_name("search-suggestion");
        append(&item, &link);
        append(list, &item);
    }
}

/// Why search failed, with a "Try again" button (the app's `load-failed` box).
pub fn failure_box(message: &str) -> Element {
    let alert = element("div", "load-failed");
    let _ = alert.set_attribute("role", "alert");
    append(&alert, &text_element("h2", "", "Search is not available right now"));
    append(&alert, &text_element("p", "", message));
    let retry = text_element("button", "button search-retry", "Try again");
    let _ = retry.set_attribute("type", "button");
    append(&alert, &retry);
    alert
}
