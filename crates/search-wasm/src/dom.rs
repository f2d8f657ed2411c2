//! The few DOM calls the page needs, as small helpers. Text is always set as text
//! (`textContent`), never parsed as HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The page's document. The module only runs in a page, where there always is one.
pub fn document() -> Document {
    web_sys::window().and_then(|window| window.document()).expect("the search page runs in a document")
}

/// A new `<tag class="class">`.
pub fn element(tag: &str, class: &str) -> Element {
    let element = document().create_element(tag).expect("a valid tag name");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element
}

/// A new `<tag class="class">text</tag>`.
pub fn text_element(tag: &str, class: &str, text: &str) -> Element {
    let element = element(tag, class);
    element.set_text_content(Some(text));
    element
}

/// Appends `child` to `parent`.
pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// Appends a text node.
pub fn append_text(parent: &Element, text: &str) {
    let _ = parent.append_child(&document().create_text_node(text));
}

/// The first element under `root` matching `selector`, as `T`.
pub fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    root.query_selector(selector).ok().flatten()?.dyn_into::<T>().ok()
}
