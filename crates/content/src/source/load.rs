//! Reading one center's folder: each item file read and parsed on every core, or kept from
//! the last build's record when its stamp still holds.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::kept_items::KeptItem;
use super::stamp::{FileStamp, SourceStamp, picture_stamp};
use super::state::BuildState;
use super::{
    CENTER_FILE, CenterSource, ContentError, ItemSource, MarkdownItem, image_size, markdown, parse_file_hashed,
};
use crate::model::Center;

/// The last build's record, and the stamp of each picture it names as it is now.
pub(super) struct Keep<'a> {
    pub state: &'a BuildState,
    pub pictures: &'a HashMap<String, Option<FileStamp>>,
}

/// A center's folder, or every problem in it. With the last build's record (`keep`), an
/// item file it recorded whose stamp still holds is kept, not read (unless the center file
/// changed).
pub(super) fn load_center(root: &Path, slug: &str, keep: Option<&Keep>) -> Result<CenterSource, Vec<ContentError>> {
    let center_file = format!("{slug}/{CENTER_FILE}");
    let mut errors = Vec::new();
    let center: Option<(Center, u64)> = parse_file_hashed(root, &center_file).map_err(|e| errors.extend(e)).ok();
    let keep =
        keep.filter(|keep| center.as_ref().is_some_and(|(_, hash)| keep.state.centers.get(&center_file) == Some(hash)));
    let files = item_files(root, slug)?;
    // Read and parsed on every core; collected in file-name order, so the result (and every
    // message) is the same whatever the number of cores.
    let read: Vec<_> = files
        .into_par_iter()
        .map(|file| {
            match keep.and_then(|keep| {
                Some(keep.state.items.get(&file)?).filter(|kept| kept.stamp.still_holds(root, &file, keep.pictures))
            }) {
                Some(kept) => Ok(Loaded::Kept(kept.clone())),
                None => read_item_file(root, file)
                    .map(|(source, draft)| if draft { Loaded::Draft(source) } else { Loaded::Read(source) }),
            }
        })
        .collect();
    let (mut items, mut kept, mut drafts) = (Vec::new(), Vec::new(), Vec::new());
    for item in read {
        match item {
            Ok(Loaded::Read(source)) => items.push(source),
            Ok(Loaded::Kept(record)) => kept.push(record),
            Ok(Loaded::Draft(source)) => drafts.push(source),
            Err(mut found) => errors.append(&mut found),
        }
    }
    match center {
        Some((center, hash)) if errors.is_empty() => {
            Ok(CenterSource { file: center_file, center, hash, items, kept, drafts })
        }
        _ => Err(errors),
    }
}

/// One item file, as [`load_center`] found it.
enum Loaded {
    Read(ItemSource),
    Kept(Arc<KeptItem>),
    Draft(ItemSource),
}

/// One item file read and parsed, and whether it is a draft; or every problem in it. The
/// file is stamped before it is read (a file saved again while it is read is read again next
/// time), and so is every picture whose size it takes.
pub(crate) fn read_item_file(root: &Path, file: String) -> Result<(ItemSource, bool), Vec<ContentError>> {
    let stamp = FileStamp::of(&root.join(&file));
    let pictures = RefCell::new(Vec::new());
    let size = |src: &str| {
        pictures.borrow_mut().push((src.to_string(), picture_stamp(root, src)));
        image_size(root, src)
    };
    let text = super::read_text(root, &file)?;
    match markdown::read_item(&file, &text, &size) {
        Ok(MarkdownItem { item, draft, lines }) => {
            let stamp = stamp.map(|file| SourceStamp { file, pictures: pictures.into_inner() });
            Ok((ItemSource { file, item, lines, stamp }, draft))
        }
        Err(found) => {
            Err(found.into_iter().map(|(line, message)| ContentError::at_line(&file, line, message)).collect())
        }
    }
}

fn item_files(root: &Path, slug: &str) -> Result<Vec<String>, Vec<ContentError>> {
    let dir: PathBuf = root.join(slug);
    let entries = fs::read_dir(&dir).map_err(|e| {
        vec![ContentError::new(
            format!("{slug}/"),
            ".",
            format!("cannot read the center folder listed in site.json: {e}"),
        )]
    })?;
    let mut files = Vec::new();
    let mut strays = Vec::new();
    for name in entries.filter_map(|entry| entry.ok()).map(|entry| entry.file_name().to_string_lossy().into_owned()) {
        // Editors' backup and swap files are not content.
        if name.starts_with('.') || name.ends_with('~') || name == CENTER_FILE {
            continue;
        }
        if name.ends_with(".md") {
            files.push(format!("{slug}/{name}"));
        } else {
            let message = "not an item file: articles and slideshows are `{slug}.md` files (see docs/writing.md); pictures go in images/";
            strays.push(ContentError::new(format!("{slug}/{name}"), ".", message));
        }
    }
    if !strays.is_empty() {
        return Err(strays);
    }
    files.sort();
    Ok(files)
}
