//! The `#[serde(...)]` attributes that change how a value is read, taken from a container,
//! a variant or a field. Attributes that only change writing are passed over; any other is an
//! error naming it.

use syn::spanned::Spanned;
use syn::{Attribute, LitStr};

/// What a container's (struct's or enum's) serde attributes say about reading it.
#[derive(Default)]
pub struct Container {
    /// `rename_all = "snake_case"`: variant names are written in snake case.
    pub snake_case: bool,
    /// `try_from = "T"`: read a `T`, then convert.
    pub try_from: Option<syn::Type>,
}

/// What a field's or variant's serde attributes say about reading it.
#[derive(Default)]
pub struct Member {
    /// `rename = "…"`: its name in the file.
    pub rename: Option<String>,
    /// `default`: absent means the type's default.
    pub default: bool,
    /// `skip` or `skip_deserializing`: never read; the type's default.
    pub skip: bool,
}

/// Only change how serde writes, or how strictly the site build reads (the browser's
/// reader ignores fields it does not know, so an older app reads a newer file).
const WRITING_ONLY: &[&str] =
    &["skip_serializing_if", "skip_serializing", "into", "deny_unknown_fields", "serialize_with"];

/// Reads a container's attributes.
pub fn container(attrs: &[Attribute]) -> syn::Result<Container> {
    let mut container = Container::default();
    each(attrs, |name, value| {
        match (name, value) {
            ("rename_all", Some(rule)) if rule.value() == "snake_case" => container.snake_case = true,
            ("try_from", Some(ty)) => container.try_from = Some(ty.parse()?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(container)
}

/// Reads a field's or a variant's attributes.
pub fn member(attrs: &[Attribute]) -> syn::Result<Member> {
    let mut member = Member::default();
    each(attrs, |name, value| {
        match (name, value) {
            ("rename", Some(name)) => member.rename = Some(name.value()),
            ("default", None) => member.default = true,
            ("skip" | "skip_deserializing", None) => member.skip = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(member)
}

/// Calls `known` with each `name` or `name = "value"` inside `#[serde(...)]`; `known` says
/// whether it used it. Writing-only names are passed over; any other name is an error.
fn each(attrs: &[Attribute], mut known: impl FnMut(&str, Option<LitStr>) -> syn::Result<bool>) -> syn::Result<()> {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let value = if meta.input.peek(syn::Token![=]) { Some(meta.value()?.parse::<LitStr>()?) } else { None };
            if WRITING_ONLY.contains(&name.as_str()) || known(&name, value)? {
                return Ok(());
            }
            Err(syn::Error::new(
                meta.path.span(),
                format!("FromJson cannot read `serde({name})` yet: write this type's FromJson by hand"),
            ))
        })?;
    }
    Ok(())
}

/// `BulletList` → `bullet_list`, as serde's `rename_all = "snake_case"` writes a variant.
pub fn snake_case(pascal: &str) -> String {
    let mut snake = String::new();
    for (at, letter) in pascal.chars().enumerate() {
        if letter.is_uppercase() && at > 0 {
            snake.push('_');
        }
        snake.extend(letter.to_lowercase());
    }
    snake
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_are_written_as_serde_writes_them() {
        assert_eq!(snake_case("BulletList"), "bullet_list");
        assert_eq!(snake_case("Article"), "article");
        assert_eq!(snake_case("A"), "a");
    }

    #[test]
    fn reading_attributes_are_understood_and_writing_ones_passed_over() {
        let field: syn::Field = syn::parse_quote! {
            #[serde(default, skip_serializing_if = "Vec::is_empty", rename = "more_items")]
            more: Vec<String>
        };
        let member = member(&field.attrs).expect("understood");
        assert!(member.default && !member.skip);
        assert_eq!(member.rename.as_deref(), Some("more_items"));
    }

    #[test]
    fn an_attribute_that_changes_reading_and_is_not_handled_is_refused() {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[serde(untagged)]
            enum Run { Text(String) }
        };
        let error = container(&input.attrs).err().expect("refused").to_string();
        assert!(error.contains("serde(untagged)") && error.contains("by hand"), "{error}");
    }
}
