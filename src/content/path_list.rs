//! [`PathList`]: values kept by site path, in a list searched in order. A session opens tens of
//! pages and sees a few hundred links at most, so a list is as quick as a hash map here, and
//! each hash map's own insert, lookup and hashing code costs the wasm about 1 KB.

/// Values by site path, each path at most once.
pub struct PathList<V>(Vec<(String, V)>);

impl<V> PathList<V> {
    /// An empty list.
    pub const fn new() -> PathList<V> {
        PathList(Vec::new())
    }

    /// The value kept for `path`.
    pub fn get(&self, path: &str) -> Option<&V> {
        self.0.iter().find(|(kept, _)| kept == path).map(|(_, value)| value)
    }

    /// Keeps `value` for `path`, in place of any value kept for it before.
    pub fn insert(&mut self, path: String, value: V) {
        match self.0.iter_mut().find(|(kept, _)| *kept == path) {
            Some(slot) => slot.1 = value,
            None => self.0.push((path, value)),
        }
    }

    /// Keeps `value` for `path` unless a value is kept for it already.
    pub fn insert_new(&mut self, path: String, value: V) {
        if self.get(&path).is_none() {
            self.0.push((path, value));
        }
    }

    /// Takes out the value kept for `path`.
    pub fn remove(&mut self, path: &str) -> Option<V> {
        let at = self.0.iter().position(|(kept, _)| kept == path)?;
        Some(self.0.swap_remove(at).1)
    }

    /// Forgets every value.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_keeps_one_value() {
        let mut kept = PathList::new();
        kept.insert("/a".to_string(), 1);
        kept.insert("/b".to_string(), 2);
        kept.insert("/a".to_string(), 3);
        assert_eq!((kept.get("/a"), kept.get("/b"), kept.get("/c")), (Some(&3), Some(&2), None));
        kept.insert_new("/b".to_string(), 4);
        kept.insert_new("/c".to_string(), 5);
        assert_eq!((kept.get("/b"), kept.get("/c")), (Some(&2), Some(&5)));
        assert_eq!(kept.remove("/a"), Some(3));
        assert_eq!((kept.remove("/a"), kept.get("/b")), (None, Some(&2)));
        kept.clear();
        assert_eq!(kept.get("/b"), None);
    }
}
