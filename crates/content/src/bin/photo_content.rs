//! Gives every article, slideshow slide and "Today on" tile of a content folder its own real
//! photograph, as a publisher's picture desk would: for the picture tests and `make
//! bench-photos`. Each is a 3200 × 1800 JPEG cut from one of the photographs in PHOTOS (a
//! different part of it, tinted differently, so that no two files are equal), written under
//! `images/` in place of the drawing it replaces.
//!
//! Usage: `photo-content --content DIR --photos DIR [--width 3200]` (the folder is changed in place).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use health_content::model::{Center, Image, ItemContent, Site, Tile};
use health_content::source::markdown::write_item;
use health_content::source::{CENTER_FILE, ContentTree};
use health_pictures::decode::{Decoded, decode};
use health_pictures::encode::{jpeg, resize};
use health_pictures::{Limits, probe};
use rayon::prelude::*;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let (Some(content), Some(photos)) = (flag("--content"), flag("--photos")) else {
        eprintln!("usage: photo-content --content DIR --photos DIR [--width 3200]");
        return ExitCode::from(2);
    };
    let width = flag("--width").and_then(|w| w.parse().ok()).unwrap_or(3200);
    match run(Path::new(&content), Path::new(&photos), width) {
        Ok(count) => {
            println!("photo-content: {count} photographs written into {content}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("photo-content: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A picture to write: where, and which cut of which source.
struct Cut {
    src: String,
    number: usize,
}

fn run(content: &Path, photos: &Path, width: u32) -> Result<usize, String> {
    let sources = load_sources(photos, width)?;
    let tree =
        ContentTree::load(content).map_err(|errors| format!("{} has content errors: {errors:?}", content.display()))?;
    let mut cuts = Vec::new();
    let mut photo_of = std::collections::HashMap::new();
    for folder in &tree.centers {
        for source in &folder.items {
            let mut item = source.item.clone();
            let path = format!("/{}/{}", folder.center.slug, item.slug);
            let mut next = |image: &mut Image, suffix: &str| {
                let src = format!("/images/{}/{}{suffix}.jpg", folder.center.slug, item.slug);
                cuts.push(Cut { src: src.clone(), number: cuts.len() });
                image.src = src;
            };
            next(&mut item.image, "");
            photo_of.insert(path, item.image.src.clone());
            if let ItemContent::Slideshow { slides } = &mut item.content {
                for (i, slide) in slides.iter_mut().enumerate() {
                    next(&mut slide.image, &format!("-slide-{}", i + 1));
                }
            }
            write(&content.join(&source.file), &write_item(&item))?;
        }
    }
    // A tile shows the photograph of the page it links to.
    let retile = |tiles: &mut Vec<Tile>| {
        for tile in tiles {
            if let Some(src) = photo_of.get(&tile.to) {
                tile.image.src = src.clone();
            }
        }
    };
    let mut site: Site = tree.site.clone();
    retile(&mut site.today_on);
    write(&content.join("site.json"), &to_json(&site)?)?;
    for folder in &tree.centers {
        let mut center: Center = folder.center.clone();
        retile(&mut center.today_on);
        write(&content.join(&folder.center.slug).join(CENTER_FILE), &to_json(&center)?)?;
    }
    cuts.par_iter().try_for_each(|cut| {
        let bytes = jpeg(&cut_out(&sources, cut.number, width), 90);
        write_bytes(&content.join(cut.src.trim_start_matches('/')), &bytes)
    })?;
    Ok(cuts.len())
}

/// Every JPEG, PNG and WebP photograph in `folder` wide enough for the cuts, scaled to a
/// little over `width` so that cuts can start at different places.
fn load_sources(folder: &Path, width: u32) -> Result<Vec<Decoded>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    files.sort();
    let limits = Limits::default();
    let sources: Vec<Decoded> = files
        .par_iter()
        .filter_map(|file| {
            let bytes = fs::read(file).ok()?;
            let extension = file.extension()?.to_str()?;
            let picture = decode(&bytes, &probe(&bytes, extension, &limits).ok()?, &limits).ok()?;
            let height_after = |w: u32| picture.height as u64 * w as u64 / picture.width as u64;
            let target = width + width / 16;
            (picture.width >= width && !picture.alpha && height_after(target) >= (width as u64 * 9 / 16))
                .then(|| resize(&picture, target))
        })
        .collect();
    if sources.is_empty() {
        return Err(format!("{} has no photograph of at least {width} px", folder.display()));
    }
    Ok(sources)
}

/// Cut `number`: a 16:9 window of one source, placed and tinted by the number.
fn cut_out(sources: &[Decoded], number: usize, width: u32) -> Decoded {
    let source = &sources[number % sources.len()];
    let height = width * 9 / 16;
    let (spare_x, spare_y) = (source.width - width, source.height - height);
    let step = number / sources.len();
    let (x0, y0) = ((step as u32 * 37) % (spare_x + 1), (step as u32 * 53) % (spare_y + 1));
    let tint = [0.0, 2.1, 4.2].map(|phase: f64| 1.0 + 0.12 * ((number as f64) * 0.7 + phase).sin());
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in y0..y0 + height {
        let row = ((y * source.width + x0) * 3) as usize;
        for (i, &value) in source.pixels[row..row + (width * 3) as usize].iter().enumerate() {
            pixels.push((value as f64 * tint[i % 3]).clamp(0.0, 255.0) as u8);
        }
    }
    Decoded { pixels, width, height, alpha: false }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map(|text| text + "\n").map_err(|e| e.to_string())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
