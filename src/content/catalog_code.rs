//! Writes the catalog as Rust code, for `build.rs` to bundle into the app.
//!
//! Compiled into the app as an expression, the catalog costs no JSON parsing at start-up and
//! no deserializer code in the wasm (about 5 KB brotli less than bundling it as JSON). Every
//! struct lists all its fields below, so a field added to the model and forgotten here is a
//! compile error in the generated code, not a silent gap.

use super::model::{Catalog, CenterEntry, Image, ItemKind, ItemSummary};
use super::model::{Center, Section, Site, Tile};

/// The catalog as one Rust expression. It expects the model types in scope and a function
/// `s(&'static str) -> String` (see `catalog.rs`).
pub fn catalog_expression(catalog: &Catalog) -> String {
    let mut out = String::new();
    catalog.write_rust(&mut out);
    out
}

/// A value that can write itself as a Rust expression that rebuilds it.
trait WriteRust {
    fn write_rust(&self, out: &mut String);
}

impl WriteRust for String {
    fn write_rust(&self, out: &mut String) {
        // `Debug` of a string is a valid Rust string literal, escapes included.
        out.push_str(&format!("s({self:?})"));
    }
}

impl WriteRust for u32 {
    fn write_rust(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl<T: WriteRust> WriteRust for Vec<T> {
    fn write_rust(&self, out: &mut String) {
        out.push_str("vec![");
        for value in self {
            value.write_rust(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl WriteRust for ItemKind {
    fn write_rust(&self, out: &mut String) {
        out.push_str(match self {
            ItemKind::Article => "ItemKind::Article",
            ItemKind::Slideshow => "ItemKind::Slideshow",
        });
    }
}

/// `impl WriteRust` for a struct whose fields are all listed.
macro_rules! write_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl WriteRust for $ty {
            fn write_rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.write_rust(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}

write_struct!(Catalog { site, centers });
write_struct!(Site { brand, tagline, description, source_line, disclaimer, centers, demo_notice, today_on });
write_struct!(Tile { to, caption, label, image });
write_struct!(Image { src, width, height, alt });
write_struct!(CenterEntry { center, items });
write_struct!(Center { slug, name, topic, description, intro, sections, today_on });
write_struct!(Section { heading, items });
write_struct!(ItemSummary { slug, kind, title, description, image });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_become_escaped_literals() {
        let mut out = String::new();
        String::from("Say \"no\" \\ to\nback pain").write_rust(&mut out);
        assert_eq!(out, r#"s("Say \"no\" \\ to\nback pain")"#);
    }

    #[test]
    fn structs_list_every_field_and_vectors_become_vec() {
        let section = Section { heading: "Basics".into(), items: vec!["one".into(), "two".into()] };
        let mut out = String::new();
        section.write_rust(&mut out);
        assert_eq!(out, r#"Section {heading: s("Basics"), items: vec![s("one"), s("two"), ], }"#);
    }

    #[test]
    fn the_bundled_catalog_equals_the_content_folder() {
        // The app's catalog was compiled from the code this module wrote; it must hold
        // exactly what the content folder holds.
        let tree = crate::content::source::ContentTree::load(std::path::Path::new("public/content"))
            .expect("shipped content loads");
        assert_eq!(crate::content::catalog::catalog(), &tree.catalog());
    }
}
