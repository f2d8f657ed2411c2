//! The search page's behaviour: the address holds the query (so results can be linked to and
//! survive a reload or a trip back from a result), each change of the field searches again and
//! rewrites the address in place, only the newest search may show its results, and "Show more
//! results" moves focus to the first new result.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use health_search::Results;
use health_search::page_text::{PAGE_SIZE, heading, search_path, status};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

use crate::dom::{append, document, find};
use crate::fetch::Failure;
use crate::index;
use crate::render::{Frame, failure_box, frame, more_button, results_list, suggestion_items};

thread_local! {
    /// The page shown now; replaced when the reader opens the search page again.
    static PAGE: RefCell<Option<Rc<Page>>> = const { RefCell::new(None) };
}

/// The search page: the app's frame and what the module wrote into it.
pub struct Page {
    root: Element,
    heading: Element,
    field: HtmlInputElement,
    status: Element,
    results: Element,
    help: Element,
    did_you_mean: Element,
    suggestions: Element,
    /// The index folder's URL.
    index: String,
    /// The deployment's sub-path.
    base: String,
    /// The site's name, for the document title.
    brand: String,
    /// How many results to show.
    count: Cell<u32>,
    /// The newest search's number: an older answer arriving later is dropped.
    newest: Cell<u32>,
    /// The result to focus once shown (after "Show more results").
    focus_result: Cell<Option<u32>>,
    listeners: RefCell<Vec<(Element, &'static str, Closure<dyn FnMut(Event)>)>>,
}

impl Page {
    /// Takes over the frame `root` (an `<hc-search>` beside the page's `<h1>`), or names what
    /// it lacks.
    pub fn mount(root: Element, base: String) -> Result<(), &'static str> {
        if PAGE.with(|page| page.borrow().as_ref().is_some_and(|page| page.root == root)) {
            return Ok(());
        }
        let heading = root.parent_element().and_then(|page| find::<Element>(&page, "h1")).ok_or("heading")?;
        // The title the app gave the page is "Search | {site name}".
        let title = document().title();
        let brand = title.split_once(" | ").map_or(title.as_str(), |(_, brand)| brand).to_string();
        let index = format!("{base}/search/");
        let Frame { form, field, status, results, help, did_you_mean, suggestions } = frame(&root, &base);
        let page = Rc::new(Page {
            heading,
            field,
            status,
            results,
            help,
            did_you_mean,
            suggestions,
            root,
            index,
            base,
            brand,
            count: Cell::new(PAGE_SIZE),
            newest: Cell::new(0),
            focus_result: Cell::new(None),
            listeners: RefCell::new(Vec::new()),
        });
        page.listen(page.field.clone().into(), "input", |page, _| page.typed());
        page.listen(form, "submit", |page, event| {
            event.prevent_default();
            page.typed();
        });
        page.listen(page.results.clone(), "click", Page::clicked_in_results);
        page.listen(page.suggestions.clone(), "click", Page::clicked_suggestion);
        page.field.set_value(&query_in_address());
        PAGE.with(|slot| *slot.borrow_mut() = Some(page.clone()));
        page.search();
        Ok(())
    }

    fn listen(self: &Rc<Self>, target: Element, event: &'static str, handler: fn(&Rc<Page>, &Event)) {
        let page = Rc::downgrade(self);
        let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if let Some(page) = page.upgrade() {
                handler(&page, &event);
            }
        });
        let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        self.listeners.borrow_mut().push((target, event, closure));
    }

    /// The field changed: the address follows it, and the search starts again.
    fn typed(self: &Rc<Self>) {
        replace_address(&format!("{}{}", self.base, search_path(&self.field.value())));
        self.count.set(PAGE_SIZE);
        self.search();
    }

    fn clicked_in_results(self: &Rc<Self>, event: &Event) {
        if clicked(event, ".search-more") {
            let shown = find::<Element>(&self.results, ".search-results").map_or(0, |list| list.child_element_count());
            self.focus_result.set(Some(shown));
            self.count.set(self.count.get() + PAGE_SIZE);
            self.search();
        } else if clicked(event, ".search-retry") {
            self.search();
        }
    }

    fn clicked_suggestion(self: &Rc<Self>, event: &Event) {
        let Some(link) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else { return };
        if link.matches("a.search-suggestion").unwrap_or(false) {
            event.prevent_default();
            self.field.set_value(&link.text_content().unwrap_or_default());
            let _ = self.field.focus();
            self.typed();
        }
    }

    /// Searches for the field's text.
    fn search(self: &Rc<Self>) {
        let query = self.field.value().trim().to_string();
        let ticket = self.newest.get() + 1;
        self.newest.set(ticket);
        if query.is_empty() {
            self.show_heading("");
            self.status.set_text_content(None);
            self.results.set_text_content(None);
            let _ = self.help.toggle_attribute_with_force("hidden", true);
            return;
        }
        if self.results.child_element_count() == 0 {
            self.status.set_text_content(Some("Searching…"));
        }
        let page = self.clone();
        spawn_local(async move {
            let outcome = index::search(&page.index, &query, page.count.get() as usize).await;
            if page.newest.get() == ticket {
                page.show(&query, outcome);
            }
        });
    }

    fn show_heading(&self, query: &str) {
        let title = heading(query);
        self.heading.set_text_content(Some(&title));
        document().set_title(&format!("{title} | {}", self.brand));
    }

    /// Shows what a search for `query` found.
    fn show(&self, query: &str, outcome: Result<Results, Failure>) {
        self.show_heading(query);
        self.results.set_text_content(None);
        let results = match outcome {
            Ok(results) => results,
            Err(failure) => {
                self.status.set_text_content(None);
                let _ = self.help.toggle_attribute_with_force("hidden", true);
                append(&self.results, &failure_box(&failure.message()));
                return;
            }
        };
        self.status.set_text_content(Some(&status(query, &results)));
        let _ = self.help.toggle_attribute_with_force("hidden", results.total > 0);
        let _ = self.did_you_mean.toggle_attribute_with_force("hidden", results.suggestions.is_empty());
        suggestion_items(&self.suggestions, &results.suggestions, |suggestion| {
            format!("{}{}", self.base, search_path(suggestion))
        });
        if results.total > 0 {
            append(&self.results, &results_list(&results.hits, &self.base));
            if let Some(button) = more_button(&results) {
                append(&self.results, &button);
            }
        }
        if let Some(n) = self.focus_result.take() {
            let link = find::<HtmlElement>(&self.results, &format!("#search-result-{n} a"));
            link.map(|link| link.focus());
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        for (target, event, closure) in self.listeners.borrow_mut().drain(..) {
            let _ = target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

/// Whether the click `event` was on (or inside) an element matching `selector`.
fn clicked(event: &Event, selector: &str) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest(selector).ok().flatten())
        .is_some()
}

/// The `q` of the page's address.
fn query_in_address() -> String {
    let search = web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|params| params.get("q")).unwrap_or_default()
}

/// Rewrites the address in place (no new history entry), keeping the router's state.
fn replace_address(url: &str) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else { return };
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(url));
}
