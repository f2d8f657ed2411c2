//! Photographs in the content: where each is shown, how wide that place needs it, and every
//! problem with one, named at the field that uses it (`make check` and the build).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use health_pictures::{Cache, Format, PictureError, Settings};
use rayon::prelude::*;

use super::{ContentError, ContentTree, ItemEntry, ItemSource};
use crate::model::{ItemContent, Site, Tile};

/// Where a picture is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// An article's or slideshow's own picture: the top of its page, its card on the hub and
    /// the Saved page.
    Lead,
    /// A slide of a slideshow.
    Slide,
    /// A tile of a "Today on" carousel.
    Tile,
}

impl Place {
    /// The place, as a writer would name it.
    pub fn description(self) -> &'static str {
        match self {
            Place::Lead => "an article's picture (the top of its page)",
            Place::Slide => "a slide",
            Place::Tile => "a \"Today on\" tile",
        }
    }

    /// The widest the place is on any screen, in CSS pixels (from the stylesheets): the reading
    /// column is at most 42rem (672 px); a carousel tile fills the strip below 36rem (576 px).
    pub fn widest(self) -> u32 {
        match self {
            Place::Lead | Place::Slide => 672,
            Place::Tile => 536,
        }
    }

    /// The narrowest photograph that stays sharp there on a 2× screen.
    pub fn needed(self) -> u32 {
        self.widest() * 2
    }
}

/// One field that names a picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PictureUse {
    /// The file, relative to the content folder.
    pub file: String,
    /// The field, e.g. `image` or `today_on[2].image`.
    pub field: String,
    /// The picture's site path, `/images/…`.
    pub src: String,
    /// Where it is shown.
    pub place: Place,
}

/// Every field of the published content (and, with `drafts`, of drafts) that names a
/// photograph (JPEG, PNG or WebP; SVG drawings need no variants).
pub fn picture_uses(tree: &ContentTree, drafts: bool) -> Vec<PictureUse> {
    let mut uses = image_uses(tree, drafts);
    uses.retain(|u| is_photograph(&u.src));
    uses
}

/// Every field of the published content (and, with `drafts`, of drafts) that names a picture.
pub fn image_uses(tree: &ContentTree, drafts: bool) -> Vec<PictureUse> {
    let mut uses = Vec::new();
    let mut tiles = |file: &str, tiles: &[Tile]| {
        for (i, tile) in tiles.iter().enumerate() {
            uses.push(PictureUse {
                file: file.into(),
                field: format!("today_on[{i}].image"),
                src: tile.image.src.clone(),
                place: Place::Tile,
            });
        }
    };
    tiles("site.json", &tree.site.today_on);
    for folder in &tree.centers {
        tiles(&folder.file, &folder.center.today_on);
    }
    for folder in &tree.centers {
        for entry in folder.entries() {
            match entry {
                ItemEntry::Read(source) => uses.extend(item_picture_uses(source)),
                ItemEntry::Kept(kept) => uses.extend(kept.picture_uses()),
            }
        }
        if drafts {
            folder.drafts.iter().for_each(|draft| uses.extend(item_picture_uses(draft)));
        }
    }
    uses
}

/// Every field of one item that names a picture: its lead picture, then its slides'.
pub fn item_picture_uses(source: &ItemSource) -> Vec<PictureUse> {
    let item = &source.item;
    let mut uses = vec![PictureUse {
        file: source.file.clone(),
        field: "image".into(),
        src: item.image.src.clone(),
        place: Place::Lead,
    }];
    if let ItemContent::Slideshow { slides } = &item.content {
        for (i, slide) in slides.iter().enumerate() {
            let field = format!("slides[{i}].image");
            uses.push(PictureUse {
                file: source.file.clone(),
                field,
                src: slide.image.src.clone(),
                place: Place::Slide,
            });
        }
    }
    uses
}

/// Whether the site path names a raster picture (one the pipeline publishes in variants).
pub fn is_photograph(src: &str) -> bool {
    src.rsplit_once('.').and_then(|(_, extension)| Format::from_extension(extension)).is_some()
}

/// The site's picture settings: its ladder of widths from `site.json`, or the default.
pub fn picture_settings(site: &Site) -> Settings {
    let mut settings = Settings::default();
    if let Some(widths) = &site.picture_widths {
        settings.widths = widths.clone();
    }
    settings
}

/// Where encoded variants are kept between builds: `$HC_PICTURE_CACHE`, else
/// `~/.cache/health-center/pictures` (beside the project's other cached tools).
pub fn default_cache() -> Cache {
    if let Some(dir) = std::env::var_os("HC_PICTURE_CACHE") {
        return Cache::new(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    Cache::new(base.join("health-center").join("pictures"))
}

/// Runs `look` (decode and encode, or decode only) on every distinct picture of `uses`, on
/// every core, and checks each against the places it is shown in. Returns what `look` gave
/// for each good picture, and every problem, at each field that names a bad one. `size`
/// gives a result's upright width. Missing files are validation's to report.
pub fn look_at_pictures<T: Send>(
    root: &Path,
    uses: &[PictureUse],
    look: impl Fn(&[u8], &str) -> Result<T, PictureError> + Sync,
    width_of: impl Fn(&T) -> u32,
) -> (HashMap<String, T>, Vec<ContentError>) {
    let mut sources: Vec<&str> = uses.iter().map(|u| u.src.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let looked: Vec<(String, Option<Result<T, PictureError>>)> = sources
        .par_iter()
        .map(|&src| {
            let path = root.join(src.trim_start_matches('/'));
            if super::check_inside(root, src.trim_start_matches('/')).is_err() {
                return (src.to_string(), None);
            }
            let extension = src.rsplit_once('.').map(|(_, e)| e.to_string()).unwrap_or_default();
            (src.to_string(), std::fs::read(&path).ok().map(|bytes| look(&bytes, &extension)))
        })
        .collect();
    let mut good = HashMap::new();
    let mut errors = Vec::new();
    let mut bad: HashMap<String, PictureError> = HashMap::new();
    for (src, result) in looked {
        match result {
            Some(Ok(value)) => {
                good.insert(src, value);
            }
            Some(Err(error)) => {
                bad.insert(src, error);
            }
            None => {}
        }
    }
    for u in uses {
        let field = || format!("{}.src", u.field);
        if let Err(message) = super::check_inside(root, u.src.trim_start_matches('/')) {
            errors.push(ContentError::new(&u.file, field(), message));
        } else if let Some(error) = bad.get(&u.src) {
            errors.push(ContentError::new(&u.file, field(), format!("{}: {error}", u.src)));
        } else if let Some(value) = good.get(&u.src) {
            let width = width_of(value);
            if width < u.place.needed() {
                let error = PictureError::TooSmall { width, place: u.place.description(), needed: u.place.needed() };
                errors.push(ContentError::new(&u.file, field(), format!("{}: {error}", u.src)));
            }
        }
    }
    (good, errors)
}

/// Every problem with the photographs the content (drafts included) uses, each at its field:
/// for `make check`. A picture prepared before is known from the cache; the others are
/// decoded (not encoded).
pub fn check_pictures(tree: &ContentTree) -> Vec<ContentError> {
    let settings = picture_settings(&tree.site);
    let cache = default_cache();
    let uses = picture_uses(tree, true);
    let look = |bytes: &[u8], extension: &str| health_pictures::inspect(bytes, extension, &settings, &cache);
    let (_, errors) = look_at_pictures(&tree.root, &uses, look, |&(width, _)| width);
    super::validate::locate(tree, errors)
}
