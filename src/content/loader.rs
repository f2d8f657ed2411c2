//! Fetches the data files a page needs (`content/…json`) and keeps each for the rest of the
//! session: every file is fetched at most once. A pre-rendered page seeds the cache with the
//! data it was rendered from, so it hydrates without fetching anything.

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use leptos::prelude::{ArcTrigger, Notify, Track};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::data::ItemLink;
use super::json::FromJson;
use super::path_list::PathList;

thread_local! {
    /// Data files already read this session, by site path.
    static CACHE: RefCell<PathList<Rc<dyn Any>>> = const { RefCell::new(PathList::new()) };
    /// Items seen in links on pages already shown, by site path: an item page opened from
    /// a link shows its title at once, while the rest of it loads.
    static LINKS: RefCell<PathList<ItemLink>> = const { RefCell::new(PathList::new()) };
    /// Notified whenever a fetched file joins the cache, for what is read from it elsewhere
    /// (see [`track_arrivals`]).
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Why a data file could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, DNS, …).
    Network,
    /// The server answered with a non-2xx status.
    Status(u16),
    /// The server answered with an HTML page (a host's fallback page) instead of JSON.
    NotJson,
    /// The JSON did not match the data file's shape: why, in plain words (where it broke, by
    /// line and column, or which field is wrong).
    Invalid(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network => write!(f, "We could not reach the server. Check your connection and try again."),
            LoadError::Status(404) => write!(f, "This page's content was not found on the server (error 404)."),
            LoadError::Status(code) => write!(f, "The server could not send this page's content (error {code})."),
            LoadError::NotJson => write!(f, "The server sent a web page where this page's content was expected."),
            // (The reason is empty in the browser: see `json::ShapeError`.)
            LoadError::Invalid(why) if why.is_empty() => write!(f, "This page's content could not be read."),
            LoadError::Invalid(why) => write!(f, "This page's content could not be read ({why})."),
        }
    }
}

/// The data file at `path` (a site path such as `/content/sleep/_center.json`), if it was
/// read before this session.
pub fn cached<T: 'static>(path: &str) -> Option<Rc<T>> {
    CACHE.with(|cache| cache.borrow().get(path).cloned()).and_then(|data| data.downcast::<T>().ok())
}

/// Makes the reactive code that calls it run again whenever a fetched data file joins the
/// cache: for what a component reads from other pages' files (such as a center's name).
pub fn track_arrivals() {
    ARRIVED.with(ArcTrigger::track);
}

/// Puts a data file into the session cache.
pub fn seed<T: 'static>(path: &str, data: T) {
    CACHE.with(|cache| cache.borrow_mut().insert(path.to_string(), Rc::new(data)));
}

/// A data file's text, in the cache until the page that needs it reads it (see [`seed_text`]).
struct Unread(String);

/// Puts a data file's text at hand, to be read when a page asks for it: a page whose code is
/// a chunk of its own reads its file there, so the main module holds no parser for it.
pub fn seed_text(path: &str, text: String) {
    CACHE.with(|cache| cache.borrow_mut().insert(path.to_string(), Rc::new(Unread(text))));
}

/// The data file at `path` if it is at hand (read already, or its text, read now with
/// `parse`); `None` when it must be fetched.
pub fn at_hand(path: &str, parse: Parser) -> Option<Result<AnyData, LoadError>> {
    let data = CACHE.with(|cache| cache.borrow().get(path).cloned())?;
    let Some(Unread(text)) = data.downcast_ref::<Unread>() else { return Some(Ok(data)) };
    // Read once: a damaged text is forgotten, and fetched again when asked for again.
    CACHE.with(|cache| cache.borrow_mut().remove(path));
    Some(parse(text).inspect(|data| arrived(path, data.clone())))
}

/// Fetches the text of the data file at `path` unless it is at hand already, for a page whose
/// code is still on its way (see [`seed_text`]).
pub async fn prefetch(path: &str) -> Result<(), LoadError> {
    if CACHE.with(|cache| cache.borrow().get(path).is_none()) {
        seed_text(path, fetch_text(path).await?);
    }
    Ok(())
}

/// A data file joins the cache; whoever reads other pages' files hears of it.
fn arrived(path: &str, data: AnyData) {
    CACHE.with(|cache| cache.borrow_mut().insert(path.to_string(), data));
    ARRIVED.with(ArcTrigger::notify);
}

/// A data file of any type, as the cache holds it.
pub type AnyData = Rc<dyn Any>;

/// Reads one type of data file from its text (see [`parser`]).
pub type Parser = fn(&str) -> Result<AnyData, LoadError>;

/// The [`Parser`] for data files of type `T`.
pub fn parser<T: FromJson + 'static>() -> Parser {
    |text| Ok(Rc::new(parse::<T>(text)?) as AnyData)
}

/// The data file at `path`, read with `parse`: from the cache, or fetched under the
/// deployment's base and then cached. Not generic, so the wasm holds one copy of the fetch
/// whatever the number of data file types (`downcast` gives the typed value).
pub async fn load(path: &str, parse: Parser) -> Result<AnyData, LoadError> {
    if let Some(data) = at_hand(path, parse) {
        return data;
    }
    let data = parse(&fetch_text(path).await?)?;
    arrived(path, data.clone());
    Ok(data)
}

/// The text of the file at the site path `path`, fetched (never from the session cache). Not
/// generic, so the wasm holds one copy. The browser's `fetch` called directly: a request
/// builder crate costs the wasm more than these few calls.
pub async fn fetch_text(path: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let response =
        JsFuture::from(window.fetch_with_str(&crate::paths::href(path))).await.map_err(|_| LoadError::Network)?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().map_err(|_| LoadError::Network)?;
    JsFuture::from(text).await.ok().and_then(|text| text.as_string()).ok_or(LoadError::Network)
}

/// Parses a data file, telling an HTML fallback page apart from broken JSON.
pub fn parse<T: FromJson>(text: &str) -> Result<T, LoadError> {
    if text.trim_start().starts_with('<') {
        return Err(LoadError::NotJson);
    }
    super::json::from_str(text).map_err(LoadError::Invalid)
}

/// Empties the session cache and forgets the links seen: the pre-renderer renders each page
/// from its own data alone, whichever pages its thread rendered before.
pub fn clear() {
    CACHE.with(|cache| cache.borrow_mut().clear());
    LINKS.with(|known| known.borrow_mut().clear());
}

/// Remembers the items a page links to (see [`known_link`]).
pub fn remember_links(links: impl IntoIterator<Item = ItemLink>) {
    LINKS.with(|known| {
        let mut known = known.borrow_mut();
        for link in links {
            known.insert_new(link.path.clone(), link);
        }
    });
}

/// The title and kind of the item at `path`, if a page shown before linked to it.
pub fn known_link(path: &str) -> Option<ItemLink> {
    LINKS.with(|known| known.borrow().get(path).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::data::ItemData;
    use crate::content::model::ItemKind;

    #[test]
    fn an_html_fallback_page_is_not_json() {
        let html = "<!DOCTYPE html><html><body></body></html>";
        assert_eq!(parse::<ItemData>(html), Err(LoadError::NotJson));
    }

    #[test]
    fn malformed_json_is_reported_not_panicked() {
        assert!(matches!(parse::<ItemData>("{\"item\": 1"), Err(LoadError::Invalid(_))));
        assert_eq!(parse::<ItemData>("{}"), Err(LoadError::Invalid("it is damaged: `center` is missing".into())));
        assert_eq!(
            LoadError::Invalid("it is damaged: `center` is missing".into()).to_string(),
            "This page's content could not be read (it is damaged: `center` is missing)."
        );
    }

    #[test]
    fn the_cache_returns_what_was_seeded_and_only_as_its_own_type() {
        seed("/content/x.json", 42_u32);
        assert_eq!(cached::<u32>("/content/x.json").as_deref(), Some(&42));
        assert!(cached::<String>("/content/x.json").is_none());
        assert!(cached::<u32>("/content/y.json").is_none());
    }

    #[test]
    fn a_text_at_hand_is_read_once_when_asked_for_and_then_cached() {
        seed_text("/content/t.json", "{\"path\": \"/a/b\", \"kind\": \"article\", \"title\": \"B\"}".into());
        assert!(cached::<ItemLink>("/content/t.json").is_none(), "not read before a page asks");
        let read = at_hand("/content/t.json", parser::<ItemLink>()).expect("at hand").expect("read");
        assert_eq!(read.downcast::<ItemLink>().expect("its type").title, "B");
        assert_eq!(cached::<ItemLink>("/content/t.json").map(|link| link.title.clone()).as_deref(), Some("B"));
        seed_text("/content/bad.json", "{".into());
        assert!(matches!(at_hand("/content/bad.json", parser::<ItemLink>()), Some(Err(LoadError::Invalid(_)))));
        assert!(at_hand("/content/bad.json", parser::<ItemLink>()).is_none(), "a damaged text is fetched again");
        assert!(at_hand("/content/none.json", parser::<ItemLink>()).is_none());
    }

    #[test]
    fn links_seen_on_a_page_are_known_later() {
        let link = ItemLink { path: "/a/b".into(), kind: ItemKind::Article, title: "B".into() };
        remember_links([link.clone()]);
        assert_eq!(known_link("/a/b"), Some(link));
        assert_eq!(known_link("/a/c"), None);
    }
}
