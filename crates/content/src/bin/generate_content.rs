//! Generates a large content folder for scale tests and benchmarks: a copy of a real content
//! folder plus N generated articles in centers of 250, each article a copy of one real
//! article under a new slug and title, linking to its neighbours.
//!
//! Usage: `generate-content --from content --to DIR --articles N [--small-centers M] [--brand NAME]`:
//! with `--small-centers`, M more centers of 5 articles each follow (a site of many centers).

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use health_content::model::{Center, Item, Section, Site, Teaser};
use health_content::source::ContentTree;
use health_content::source::markdown::write_item;

/// Items per generated center, and per section of its hub.
const PER_CENTER: usize = 250;
/// Items per center of `--small-centers`.
const SMALL_CENTER: usize = 5;
const PER_SECTION: usize = 50;
/// The real article every generated one copies.
const MODEL: &str = "/back-pain/spinal-manipulation";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let (Some(from), Some(to), Some(count)) =
        (flag("--from"), flag("--to"), flag("--articles").and_then(|n| n.parse::<usize>().ok()))
    else {
        eprintln!("usage: generate-content --from DIR --to DIR --articles N [--small-centers M] [--brand NAME]");
        return ExitCode::from(2);
    };
    let Ok(small) = flag("--small-centers").map_or(Ok(0), |n| n.parse::<usize>()) else {
        eprintln!("generate-content: --small-centers takes a number");
        return ExitCode::from(2);
    };
    // Centers of 250 until the articles are placed, then the small ones.
    let mut sizes: Vec<usize> =
        (0..count.div_ceil(PER_CENTER)).map(|c| PER_CENTER.min(count - c * PER_CENTER)).collect();
    sizes.extend(std::iter::repeat_n(SMALL_CENTER, small));
    match generate(Path::new(&from), Path::new(&to), &sizes, flag("--brand")) {
        Ok(()) => {
            let total: usize = sizes.iter().sum();
            println!("generate-content: {total} articles in {} new centers, in {to}", sizes.len());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("generate-content: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Copies `from` to `to`, then adds one center per entry of `sizes`, with that many articles.
fn generate(from: &Path, to: &Path, sizes: &[usize], brand: Option<String>) -> Result<(), String> {
    let tree =
        ContentTree::load(from).map_err(|errors| format!("{} has content errors: {errors:?}", from.display()))?;
    let model = tree
        .centers
        .iter()
        .flat_map(|c| c.items.iter().map(move |f| (format!("/{}/{}", c.center.slug, f.item.slug), &f.item)))
        .find(|(path, _)| path == MODEL)
        .map(|(_, item)| item.clone())
        .ok_or_else(|| format!("{} has no {MODEL} to copy", from.display()))?;
    let _ = fs::remove_dir_all(to);
    copy_dir(from, to).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;

    let mut site: Site = tree.site.clone();
    if let Some(brand) = brand {
        site.brand = brand;
    }
    let mut first = 0;
    for (c, &size) in sizes.iter().enumerate() {
        let slug = format!("topic-{}", c + 1);
        let items: Vec<usize> = (first..first + size).collect();
        first += size;
        let slugs: Vec<String> = items.iter().map(|i| format!("article-{}", i + 1)).collect();
        for (n, i) in items.iter().enumerate() {
            let neighbour = |offset: usize| format!("/{slug}/{}", slugs[(n + offset) % slugs.len()]);
            let item = Item {
                slug: slugs[n].clone(),
                title: format!("Generated Article {}", i + 1),
                related: vec![neighbour(1), neighbour(2)],
                recommended: Some(Teaser { to: neighbour(3), excerpt: model.summary.clone() }),
                ..model.clone()
            };
            write(&to.join(&slug).join(format!("{}.md", slugs[n])), &write_item(&item))?;
        }
        let center = Center {
            slug: slug.clone(),
            name: format!("Generated Topic {} Health Center", c + 1),
            topic: format!("Generated Topic {}", c + 1),
            description: format!("{} generated articles for scale tests.", items.len()),
            intro: vec!["Every article here is a generated copy of one real article, for scale tests.".into()],
            sections: slugs
                .chunks(PER_SECTION)
                .enumerate()
                .map(|(s, chunk)| Section { heading: format!("Part {}", s + 1), items: chunk.to_vec() })
                .collect(),
            today_on: Vec::new(),
        };
        write_json(&to.join(&slug).join("_center.json"), &center)?;
        site.centers.push(slug);
    }
    write_json(&to.join("site.json"), &site)?;
    Ok(())
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), String> {
    write(path, &serde_json::to_string_pretty(value).map_err(|e| e.to_string())?)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
