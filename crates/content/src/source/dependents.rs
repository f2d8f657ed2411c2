//! Which kept items must be read again: those whose data file names an item whose title or
//! kind changed (shown in "Related information" and the "Recommended" teaser), and those
//! that link to a page that no longer exists (so the link is reported, at its line). A link
//! in an article's text carries the address only: a new title there changes nothing.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::kept_items::KeptItem;
use super::load::read_item_file;
use super::state::BuildState;
use super::{ContentError, ContentTree};
use crate::model::ItemKind;
use crate::page::Page;

/// Reads again, into `tree`, every kept item that depends on what changed since `state`.
pub fn read_dependents(tree: &mut ContentTree, state: &BuildState) -> Result<(), Vec<ContentError>> {
    let kept: HashSet<String> =
        tree.centers.iter().flat_map(|folder| folder.kept.iter().map(|kept| kept.path())).collect();
    if kept.len() == state.items.len() && tree.centers.iter().all(|folder| folder.items.is_empty()) {
        return Ok(());
    }
    let read: HashMap<String, (ItemKind, &str)> = tree
        .centers
        .iter()
        .flat_map(|folder| {
            folder.items.iter().map(|source| {
                (
                    format!("/{}/{}", folder.center.slug, source.item.slug),
                    (source.item.kind(), source.item.title.as_str()),
                )
            })
        })
        .collect();
    // Recorded items not kept: gone (then not a route either), or read again with another
    // title or kind.
    let changed: HashSet<String> = state
        .items
        .values()
        .map(|record| (record.path(), record))
        .filter(|(path, record)| {
            !kept.contains(path) && read.get(path) != Some(&(record.digest.kind, record.digest.title.as_str()))
        })
        .map(|(path, _)| path)
        .collect();
    let routes: HashSet<String> = tree.pages().iter().map(Page::path).collect();
    drop(read);
    let root = tree.root.clone();
    let mut errors = Vec::new();
    for folder in &mut tree.centers {
        let depends = |kept: &KeptItem| {
            kept.digest.names.iter().any(|to| changed.contains(to))
                || kept.digest.links().any(|to| !routes.contains(to))
        };
        let (again, keep): (Vec<_>, Vec<_>) =
            std::mem::take(&mut folder.kept).into_iter().partition(|kept| depends(kept));
        folder.kept = keep;
        if again.is_empty() {
            continue;
        }
        let read: Vec<_> = again.into_par_iter().map(|kept| read_item_file(&root, kept.file.clone())).collect();
        for item in read {
            match item {
                Ok((source, false)) => folder.items.push(source),
                // Kept as published, a draft now: its stamp would have changed.
                Ok((source, true)) => folder.drafts.push(source),
                Err(mut found) => errors.append(&mut found),
            }
        }
        folder.items.sort_by(|a, b| a.file.cmp(&b.file));
        folder.drafts.sort_by(|a, b| a.file.cmp(&b.file));
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}
