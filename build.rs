//! Reads and validates the content under `public/content/`, then writes the catalog the app
//! bundles (site, centers and item summaries) to `$OUT_DIR/catalog.rs`, as Rust code.
//! A content error stops the build with the file and field that need fixing.

use std::path::Path;

// The build script uses only part of the shared content modules.
#[path = "src/content/catalog_code.rs"]
mod catalog_code;
#[allow(dead_code)]
#[path = "src/content/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/content/error.rs"]
mod error;
#[allow(dead_code, unused_imports)]
#[path = "src/content/model/mod.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/content/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/content/validate.rs"]
mod validate;

fn main() {
    let content = Path::new("public/content");
    let public = Path::new("public");
    println!("cargo::rerun-if-changed=public");
    println!("cargo::rerun-if-env-changed=HC_PUBLIC_URL");

    let tree = match source::ContentTree::load(content) {
        Ok(tree) => tree,
        Err(errors) => fail(&errors),
    };
    let image_exists = |src: &str| public.join(src.trim_start_matches('/')).is_file();
    let errors = validate::validate(&tree, date::Date::today(), &image_exists);
    if !errors.is_empty() {
        fail(&errors);
    }
    let code = catalog_code::catalog_expression(&tree.catalog());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(Path::new(&out).join("catalog.rs"), code).expect("OUT_DIR is writable");
}

fn fail(errors: &[error::ContentError]) -> ! {
    eprintln!("\nContent errors in public/content/ ({}):", errors.len());
    for error in errors {
        eprintln!("  {error}");
    }
    eprintln!();
    std::process::exit(1);
}
