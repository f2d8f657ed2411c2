//! Fetches an item's JSON file when its page opens, and keeps it for the rest of the session.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use super::model::Item;

thread_local! {
    /// Items already fetched this session, by path: each file is fetched at most once.
    static CACHE: RefCell<HashMap<String, Rc<Item>>> = RefCell::new(HashMap::new());
}

/// Why an item could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, DNS, …).
    Network,
    /// The server answered with a non-2xx status.
    Status(u16),
    /// The server answered with an HTML page (a host's fallback page) instead of JSON.
    NotJson,
    /// The JSON did not match the content model.
    Invalid(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network => write!(f, "We could not reach the server. Check your connection and try again."),
            LoadError::Status(404) => write!(f, "This page's content was not found on the server (error 404)."),
            LoadError::Status(code) => write!(f, "The server could not send this page's content (error {code})."),
            LoadError::NotJson => write!(f, "The server sent a web page where this page's content was expected."),
            LoadError::Invalid(why) => write!(f, "This page's content could not be read: {why}."),
        }
    }
}

/// The URL of an item's JSON file.
pub fn item_url(center: &str, slug: &str) -> String {
    crate::paths::href(&format!("/content/{center}/{slug}.json"))
}

/// The item from the session cache, if it was fetched before.
pub fn cached_item(center: &str, slug: &str) -> Option<Rc<Item>> {
    CACHE.with(|cache| cache.borrow().get(&item_url(center, slug)).cloned())
}

/// Puts an item into the session cache: the pre-rendered page carries its item, so the page
/// hydrates from the same data it was rendered from, without fetching it again.
pub fn seed_item(center: &str, slug: &str, item: Item) {
    CACHE.with(|cache| cache.borrow_mut().insert(item_url(center, slug), Rc::new(item)));
}

/// The item at `/{center}/{slug}`: from the cache, or fetched and then cached.
pub async fn load_item(center: &str, slug: &str) -> Result<Rc<Item>, LoadError> {
    if let Some(item) = cached_item(center, slug) {
        return Ok(item);
    }
    let url = item_url(center, slug);
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    let item = Rc::new(parse_item(&text)?);
    CACHE.with(|cache| cache.borrow_mut().insert(url, item.clone()));
    Ok(item)
}

/// Parses a fetched item file, telling an HTML fallback page apart from broken JSON.
pub fn parse_item(text: &str) -> Result<Item, LoadError> {
    if text.trim_start().starts_with('<') {
        return Err(LoadError::NotJson);
    }
    serde_json::from_str(text).map_err(|e| LoadError::Invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_fallback_page_is_not_json() {
        let html = "<!DOCTYPE html><html><body></body></html>";
        assert_eq!(parse_item(html), Err(LoadError::NotJson));
    }

    #[test]
    fn malformed_json_is_reported_not_panicked() {
        assert!(matches!(parse_item("{\"slug\": 1"), Err(LoadError::Invalid(_))));
        assert!(matches!(parse_item("{}"), Err(LoadError::Invalid(why)) if why.contains("missing field")));
    }

    #[test]
    fn shipped_items_parse() {
        let text = include_str!("../../public/content/back-pain/spinal-manipulation.json");
        let item = parse_item(text).expect("shipped item parses");
        assert_eq!(item.slug, "spinal-manipulation");
    }
}
