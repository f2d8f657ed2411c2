//! `make new-article CENTER=back-pain SLUG=my-topic`: writes a starting Markdown file with
//! every field explained. It is a draft (checked, not published) until its writer removes
//! `draft = true`; docs/writing.md says what comes next.
//!
//! Usage: `new-article --content DIR --center SLUG --slug SLUG [--slideshow]`

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use health_content::Date;
use health_content::page::is_slug;
use health_content::source::starting_file;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let (Some(content), Some(center), Some(slug)) = (flag("--content"), flag("--center"), flag("--slug")) else {
        eprintln!(
            "usage: new-article --content DIR --center SLUG --slug SLUG [--slideshow]\n   or: make new-article CENTER=back-pain SLUG=my-topic"
        );
        return ExitCode::from(2);
    };
    match create(Path::new(&content), &center, &slug, args.iter().any(|a| a == "--slideshow")) {
        Ok(file) => {
            println!(
                "new-article: wrote {file} (a draft). Fill it in, add its picture, list it in {center}/_center.json, then remove `draft = true`. Run `make check` as you go."
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("new-article: {message}");
            ExitCode::FAILURE
        }
    }
}

fn create(content: &Path, center: &str, slug: &str, slideshow: bool) -> Result<String, String> {
    if !content.join(center).join("_center.json").is_file() {
        return Err(format!("{} has no center `{center}` (no {center}/_center.json)", content.display()));
    }
    if !is_slug(slug) {
        return Err(format!(
            "`{slug}` cannot be an address: use lowercase letters, digits and single hyphens, e.g. heat-or-ice"
        ));
    }
    let path = content.join(center).join(format!("{slug}.md"));
    if path.exists() {
        return Err(format!("{} exists already: choose another SLUG", path.display()));
    }
    let text = starting_file(center, slug, slideshow, Date::today());
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path.display().to_string())
}
