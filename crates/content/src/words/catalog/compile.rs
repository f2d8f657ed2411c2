//! One message's text, as a messages file gives it, checked against its key (its values, its
//! plural forms in the language) and compiled for the browser (placeholders numbered).

use serde_json::Value;

use crate::words::KeyInfo;
use crate::words::message::Message;
use crate::words::plural::{Category, PluralRule};

/// A file's text for `key` compiled, or why it cannot be.
pub(super) fn compile(key: &KeyInfo, value: &Value, language: &str, plural: &[PluralRule]) -> Result<Message, String> {
    match value {
        Value::String(text) => Ok(Message::text(numbered(key, text, true)?)),
        Value::Object(forms) => {
            let Some(count) = key.count else {
                return Err("does not change with a number: give it one text, not plural forms.".into());
            };
            let used = used_categories(plural);
            let names: Vec<&str> = used.iter().map(|category| category_name(*category)).collect();
            let mut compiled = vec![String::new(); Category::NAMES.len()];
            for (name, text) in forms {
                let category = Category::NAMES.iter().find(|(known, _)| known == name).map(|(_, category)| *category);
                let Some(category) = category.filter(|category| used.contains(category)) else {
                    return Err(format!(
                        "has a form `{name}`, which `{language}` does not use (its forms: {}).",
                        names.join(", ")
                    ));
                };
                let Value::String(text) = text else { return Err(format!("form `{name}` is not text.")) };
                // A form for one number ("one", "two") may leave the number out.
                let needs_count =
                    category == Category::Other || category == Category::Many || category == Category::Few;
                compiled[category as usize] =
                    numbered(key, text, needs_count).map_err(|why| format!("form `{name}` {why}"))?;
            }
            let missing: Vec<&str> = used
                .iter()
                .filter(|category| compiled[**category as usize].is_empty())
                .map(|c| category_name(*c))
                .collect();
            if !missing.is_empty() {
                return Err(format!(
                    "needs the forms {} too (`{language}` has {}).",
                    missing.join(", "),
                    names.join(", ")
                ));
            }
            let count = key.placeholders.iter().position(|name| *name == count).unwrap_or_default();
            Ok(Message::plural(count, &compiled))
        }
        _ => Err("is not text (or, for a number's forms, an object of texts).".into()),
    }
}

/// The categories `plural` can give, `other` always among them.
fn used_categories(plural: &[PluralRule]) -> Vec<Category> {
    let mut used: Vec<Category> = Category::NAMES
        .iter()
        .map(|(_, category)| *category)
        .filter(|category| plural.iter().any(|rule| rule.category == *category))
        .collect();
    used.push(Category::Other);
    used
}

fn category_name(category: Category) -> &'static str {
    Category::NAMES[category as usize].0
}

/// `text` with each `{placeholder}` replaced by its number; every placeholder must be one of
/// the key's, and each of the key's must be there (the count may be left out where
/// `needs_count` is false).
fn numbered(key: &KeyInfo, text: &str, needs_count: bool) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("is empty.".into());
    }
    let mut out = String::new();
    let mut rest = text;
    let mut seen = vec![false; key.placeholders.len()];
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map(|at| open + at);
        let name = close.map(|close| &rest[open + 1..close]).filter(|name| is_name(name));
        match (close, name) {
            (Some(close), Some(name)) => {
                let Some(index) = key.placeholders.iter().position(|known| *known == name) else {
                    let known = values(key);
                    return Err(format!("has `{{{name}}}`, which is not one of its values ({known})."));
                };
                seen[index] = true;
                out.push_str(&format!("{{{index}}}"));
                rest = &rest[close + 1..];
            }
            _ => {
                out.push('{');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    let forgotten: Vec<String> = key
        .placeholders
        .iter()
        .zip(&seen)
        .filter(|(name, seen)| !**seen && (needs_count || key.count != Some(**name)))
        .map(|(name, _)| format!("`{{{name}}}`"))
        .collect();
    if !forgotten.is_empty() {
        return Err(format!("forgets {}: put it where the value belongs.", forgotten.join(" and ")));
    }
    Ok(out)
}

fn is_name(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_lowercase() || byte == b'_' || byte.is_ascii_digit())
}

fn values(key: &KeyInfo) -> String {
    if key.placeholders.is_empty() {
        return "it has none".into();
    }
    key.placeholders.iter().map(|name| format!("`{{{name}}}`")).collect::<Vec<_>>().join(", ")
}
