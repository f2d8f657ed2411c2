//! The browser side of moving between pages: link clicks the app follows (see [`follow`]),
//! history entries, back/forward, and the scroll position of each entry.
//!
//! The app restores scroll positions itself: on back/forward the browser restores the position
//! while the page left is still shown (clamped to its height), before the app has put the page
//! it belongs to in place. Each entry the app makes has an id as its state; the position of the
//! page being left is kept in memory under it, and set again once the page is back. Reloads and
//! other documents are the browser's (`history.scrollRestoration` stays `auto`: with `manual`,
//! a reload would start at the top, and Firefox, switched back to `auto` on `pagehide`, moved
//! the next page under a click).

use std::cell::{Cell, RefCell};

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlAnchorElement, MouseEvent, PopStateEvent, Url};

use super::Location;
use super::follow::{Follow, LinkClick, follow};
use crate::paths;

/// Frames to wait at most (about 3 s) for the page's content to scroll to: a page reached by
/// a link fetches its data first.
const SETTLE_FRAMES: u32 = 180;

/// Where a page shown by the app is scrolled to.
enum Scroll {
    /// The top: a new page.
    Top,
    /// The element with this id: a link to a fragment of another page.
    Fragment(String),
    /// Where the reader was: back or forward to an entry seen before.
    Back(f64),
}

thread_local! {
    /// The entry shown (its id) and the scroll position of each entry left, by id. (A list:
    /// a reader's history is short, and a hash map costs the wasm more.)
    static ENTRIES: RefCell<(f64, Vec<(f64, f64)>)> = const { RefCell::new((0.0, Vec::new())) };
}

/// Follows the site's links in the app and answers back/forward while the app runs.
/// Browser only: call it from an effect.
pub fn listen(location: Location) {
    // The entry the reader arrived on keeps its id if a reload kept one; otherwise it gets one
    // when the reader leaves it (nothing is written to the history as a page opens: Firefox
    // then moved the next page opened afresh under a click).
    if let Some(id) = history().and_then(|history| history.state().ok()).and_then(|state| state.as_f64()) {
        ENTRIES.with_borrow_mut(|(shown, _)| *shown = id);
    }
    let click = window_event_listener(ev::click, move |event| on_click(&event, location));
    let popstate = window_event_listener(ev::popstate, move |event| on_popstate(&event, location));
    on_cleanup(move || {
        click.remove();
        popstate.remove();
    });
}

fn on_click(event: &MouseEvent, location: Location) {
    let anchor = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok());
    let (Some(anchor), Some(window)) = (anchor, web_sys::window()) else { return };
    let Ok(url) = Url::new(&anchor.href()) else { return };
    let here = window.location();
    let (path, search, hash) = (url.pathname(), url.search(), url.hash());
    let (current_path, current_search) = (here.pathname().unwrap_or_default(), here.search().unwrap_or_default());
    let modified = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
    let (target, rel) = (anchor.target(), anchor.rel());
    let click = LinkClick {
        plain: !event.default_prevented() && event.button() == 0 && !modified,
        target: &target,
        download: anchor.has_attribute("download"),
        rel: &rel,
        same_origin: here.origin().is_ok_and(|origin| origin == url.origin()),
        path: &path,
        search: &search,
        hash: &hash,
        current_path: &current_path,
        current_search: &current_search,
    };
    match follow(&click, paths::base()) {
        Follow::App { url, hash, replace } => {
            event.prevent_default();
            go(location, &url, hash, replace);
        }
        // A fragment of this page makes an entry of the browser's: back comes here again.
        Follow::Browser => remember_scroll(),
    }
}

/// Shows the page at `url` in a new history entry (or in this one), at `hash` or at the top.
fn go(location: Location, url: &str, hash: Option<String>, replace: bool) {
    let Some(history) = history() else { return };
    remember_scroll();
    let id = new_id();
    let entered = if replace {
        history.replace_state_with_url(&JsValue::from_f64(id), "", Some(url))
    } else {
        history.push_state_with_url(&JsValue::from_f64(id), "", Some(url))
    };
    if entered.is_err() {
        // The browser refused the entry: load the page instead.
        let _ = web_sys::window().map(|window| window.location().set_href(url));
        return;
    }
    ENTRIES.with_borrow_mut(|(shown, _)| *shown = id);
    location.set(current_pathname());
    settle(hash.map_or(Scroll::Top, Scroll::Fragment), SETTLE_FRAMES);
}

fn on_popstate(event: &PopStateEvent, location: Location) {
    let id = event.state().as_f64();
    // Back or forward: the scroll position is still the page left's (the browser's restoring
    // is clamped to that page's height, and set right once the page is back). An entry with
    // no id is one the browser has just made for a fragment of this page, and has already
    // scrolled to: the position left was kept at the click.
    if id.is_some() {
        remember_scroll();
    }
    // An entry the browser made (a fragment of the page) gets an id now.
    let shown = id.unwrap_or_else(|| {
        let id = new_id();
        let _ = history().map(|history| history.replace_state(&JsValue::from_f64(id), ""));
        id
    });
    ENTRIES.with_borrow_mut(|(entry, _)| *entry = shown);
    location.set(current_pathname());
    let hash = web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default();
    let saved = id.and_then(|id| {
        ENTRIES.with_borrow(|(_, kept)| kept.iter().find(|(kept_id, _)| *kept_id == id).map(|(_, y)| *y))
    });
    let scroll = match (saved, hash.strip_prefix('#')) {
        (Some(y), _) => Scroll::Back(y),
        (None, Some(id)) if !id.is_empty() => Scroll::Fragment(id.to_string()),
        (None, _) => Scroll::Top,
    };
    settle(scroll, SETTLE_FRAMES);
}

/// Scrolls to `scroll` once the page has it (the element, or height enough), looking again
/// each frame for `frames` more frames; the top needs no wait. Never scrolls before the frame
/// after the page changed, when the app has rendered it.
fn settle(scroll: Scroll, frames: u32) {
    request_animation_frame(move || {
        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        let ready = match &scroll {
            Scroll::Top => true,
            Scroll::Fragment(id) => document.get_element_by_id(id).is_some(),
            Scroll::Back(y) => {
                let height = document.document_element().map_or(0.0, |root| f64::from(root.scroll_height()));
                let view = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                height - view >= *y
            }
        };
        if !ready && frames > 0 {
            return settle(scroll, frames - 1);
        }
        match scroll {
            Scroll::Fragment(id) if ready => {
                document.get_element_by_id(&id).map_or((), |element| element.scroll_into_view())
            }
            Scroll::Back(y) => window.scroll_to_with_x_and_y(0.0, y),
            _ => window.scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}

/// Keeps the scroll position of the entry shown, for coming back to it. Called while that entry
/// is still the browser's current one (a click), it is given an id if it has none yet.
fn remember_scroll() {
    let Some(window) = web_sys::window() else { return };
    let y = window.scroll_y().unwrap_or(0.0);
    let unnamed = ENTRIES.with_borrow(|(shown, _)| *shown == 0.0);
    let current_is_unnamed = history().and_then(|history| history.state().ok()).is_some_and(|state| state.is_null());
    if unnamed && current_is_unnamed {
        let id = new_id();
        if history().is_some_and(|history| history.replace_state(&JsValue::from_f64(id), "").is_ok()) {
            ENTRIES.with_borrow_mut(|(shown, _)| *shown = id);
        }
    }
    ENTRIES.with_borrow_mut(|(shown, kept)| {
        kept.retain(|(id, _)| id != shown);
        kept.push((*shown, y));
    });
}

/// An id no other entry of this tab has: the clock, made unique within the document.
fn new_id() -> f64 {
    thread_local!(static LAST: Cell<f64> = const { Cell::new(0.0) });
    LAST.with(|last| {
        let id = js_sys::Date::now().max(last.get() + 1.0);
        last.set(id);
        id
    })
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

fn current_pathname() -> String {
    web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default()
}
