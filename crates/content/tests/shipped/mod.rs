//! The shipped content, for the tests that build data files from it.

use std::path::Path;

use health_content::source::ContentTree;

/// The content folder the site ships with, read and checked.
pub fn shipped_tree() -> ContentTree {
    ContentTree::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("shipped content parses")
}

/// The shipped content with `extra` more centers, each a copy of the first under a new slug.
pub fn with_more_centers(extra: usize) -> ContentTree {
    let mut tree = shipped_tree();
    let model = tree.centers[0].clone();
    for n in 0..extra {
        let mut copy = model.clone();
        copy.center.slug = format!("copy-{n}");
        copy.center.name = format!("Copy {n} Health Center");
        copy.file = format!("copy-{n}/_center.json");
        tree.site.centers.push(copy.center.slug.clone());
        tree.centers.push(copy);
    }
    tree
}
