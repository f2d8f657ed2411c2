//! One stylesheet from the files in `style/`: every page needs them all, and each separate
//! file would be one more request blocking the first paint.

use std::fs;
use std::path::Path;

/// The order the sheets are joined in: general rules first, print last. A sheet is named after
/// the component or page it styles (`item-card.css`: components/item_card.rs).
pub const ORDER: &[&str] = &[
    "base.css",
    "layout.css",
    "article.css",
    "table.css",
    "center-list.css",
    "item-card.css",
    "picture.css",
    "hub.css",
    "saved.css",
    "load-status.css",
    "search.css",
    "offline.css",
    "carousel.css",
    "preferences.css",
    "print.css",
];

/// The sheets of `dir` joined in `ORDER`. A `.css` file missing from `ORDER` is an error, not
/// left out silently.
pub fn join(dir: &Path) -> Result<String, String> {
    let listed = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in listed.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".css") && !ORDER.contains(&name.as_str()) {
            return Err(format!(
                "{}/{name} is not in the stylesheet order; add it to ORDER in crates/app-files/src/bin/package-app/stylesheets.rs",
                dir.display()
            ));
        }
    }
    let mut css = String::new();
    for name in ORDER {
        let path = dir.join(name);
        let sheet = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if !css.is_empty() {
            css.push('\n');
        }
        css.push_str(&sheet);
    }
    Ok(css)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project_sheet(name: &str) -> String {
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style").join(name))
            .expect("a project stylesheet")
    }

    #[test]
    fn the_project_sheets_join_in_order() {
        let css = join(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style")).expect("joins");
        let (base, print) = (css.find(&project_sheet("base.css")), css.find(&project_sheet("print.css")));
        assert!(base.is_some() && print.is_some() && base < print);
    }

    #[test]
    fn a_sheet_missing_from_the_order_is_named() {
        let dir = std::env::temp_dir().join(format!("hc-style-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        fs::write(dir.join("extra.css"), "p{}").expect("write");
        let error = join(&dir).expect_err("an unlisted sheet");
        fs::remove_dir_all(&dir).ok();
        assert!(error.contains("extra.css is not in the stylesheet order"), "{error}");
    }
}
