//! The reader's saved items: a list of item paths kept in `localStorage`.

use leptos::prelude::*;

use super::storage;
use crate::offline::worker;

/// The `localStorage` key of the saved list.
pub const STORAGE_KEY: &str = "health-center.saved";

/// An ordered set of saved item paths, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedList(Vec<String>);

impl SavedList {
    /// Reads a stored list; anything corrupt or unexpected gives an empty (or filtered) list.
    pub fn parse(stored: Option<&str>) -> SavedList {
        let paths: Vec<String> = stored.and_then(|text| crate::content::json::from_str(text).ok()).unwrap_or_default();
        let mut list = SavedList::default();
        for path in paths.into_iter().filter(|p| p.starts_with('/')) {
            if !list.contains(&path) {
                list.0.push(path);
            }
        }
        list
    }

    /// The list as stored: a JSON array of paths.
    pub fn to_json(&self) -> String {
        let paths: Vec<String> = self.0.iter().map(|path| crate::site::head::json_string(path)).collect();
        format!("[{}]", paths.join(","))
    }

    /// Whether `path` is saved.
    pub fn contains(&self, path: &str) -> bool {
        self.0.iter().any(|p| p == path)
    }

    /// Saves `path` (at the front) or, if it is saved, removes it.
    pub fn toggle(&mut self, path: &str) {
        if self.contains(path) {
            self.0.retain(|p| p != path);
        } else {
            self.0.insert(0, path.to_string());
        }
    }

    /// The saved paths, newest first.
    pub fn paths(&self) -> &[String] {
        &self.0
    }
}

/// The saved list shared by every page (provided as context by the app).
#[derive(Clone, Copy)]
pub struct SavedItems(RwSignal<SavedList>);

impl SavedItems {
    /// An empty list, as every page is pre-rendered with; [`SavedItems::reload`] takes up
    /// the stored list once the page runs in a browser.
    pub fn new() -> SavedItems {
        SavedItems(RwSignal::new(SavedList::default()))
    }

    /// The saved items from context (the app provides them).
    pub fn use_context() -> SavedItems {
        use_context::<SavedItems>().unwrap_or_else(|| SavedItems(RwSignal::new(SavedList::default())))
    }

    /// Takes up the stored list: after hydration, and when another tab changes it. The
    /// service worker is told, so it keeps exactly the saved pages for reading offline.
    pub fn reload(&self) {
        let list = SavedList::parse(storage::read(STORAGE_KEY).as_deref());
        worker::tell(&worker::saved_message(&list.to_json()));
        // Only a list that differs re-renders what shows it: a page drawn from the same list
        // (the pre-rendered Saved page, taken over) stays as it is.
        if self.0.with_untracked(|shown| *shown != list) {
            self.0.set(list);
        }
    }

    /// Reactive: whether `path` is saved.
    pub fn is_saved(&self, path: &str) -> bool {
        self.0.with(|list| list.contains(path))
    }

    /// Reactive: the saved paths, newest first.
    pub fn paths(&self) -> Vec<String> {
        self.0.with(|list| list.paths().to_vec())
    }

    /// Saves or unsaves `path`, stores the list (kept for the session if storage is blocked)
    /// and tells the service worker.
    pub fn toggle(&self, path: &str) {
        self.0.update(|list| list.toggle(path));
        let json = self.0.with_untracked(SavedList::to_json);
        storage::write(STORAGE_KEY, &json);
        worker::tell(&worker::saved_message(&json));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_adds_newest_first_and_removes() {
        let mut list = SavedList::default();
        list.toggle("/a/1");
        list.toggle("/a/2");
        assert_eq!(list.paths(), ["/a/2", "/a/1"]);
        list.toggle("/a/2");
        assert_eq!(list.paths(), ["/a/1"]);
    }

    #[test]
    fn corrupt_or_odd_stored_values_fall_back_safely() {
        assert_eq!(SavedList::parse(None), SavedList::default());
        assert_eq!(SavedList::parse(Some("not json")), SavedList::default());
        assert_eq!(SavedList::parse(Some("{\"a\":1}")), SavedList::default());
        let list = SavedList::parse(Some(r#"["/a/1","/a/1","javascript:x","/b/2"]"#));
        assert_eq!(list.paths(), ["/a/1", "/b/2"]);
    }

    #[test]
    fn round_trips_through_json() {
        let list = SavedList::parse(Some(r#"["/a/1","/b/2"]"#));
        assert_eq!(SavedList::parse(Some(&list.to_json())), list);
        assert_eq!(list.to_json(), r#"["/a/1","/b/2"]"#);
        let odd = SavedList::parse(Some(r#"["/a/\"quoted\"\\x\u0001"]"#));
        assert_eq!(odd.paths(), ["/a/\"quoted\"\\x\u{1}"]);
        assert_eq!(SavedList::parse(Some(&odd.to_json())), odd);
    }
}
