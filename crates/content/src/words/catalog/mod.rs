//! A language's messages, read and checked: the engine's file for the language (see
//! [`ENGINE_LANGUAGES`]) with a site's own file (`content/messages/{language}.json`) over it
//! key by key, then the default language's text for any key still without one. Each problem
//! is named at its `file:line`; the result is one [`GroupWords`] per group.
//!
//! A messages file is one JSON object: each key (`keys.rs`) with its text, placeholders in
//! braces (`"Showing {first}–{last} of {count}"`), or, for a key whose text changes with a
//! number, an object of forms by CLDR plural category (`{"one": "…", "other": "…"}`).

use serde_json::Value;

use super::keys::Group;
use super::message::{GroupWords, Message};
use super::plural::{PluralRule, PluralRules, cldr_rules, encode};
use super::{KeyInfo, Word};
use compile::compile;

/// The languages whose messages come with the engine, and each file (`messages/{language}.json`
/// in this crate): every key has a text in each.
pub const ENGINE_LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../../../messages/en.json")),
    ("es", include_str!("../../../messages/es.json")),
    ("ar", include_str!("../../../messages/ar.json")),
];

/// One problem with a messages file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessagesProblem {
    /// The file, as the writer knows it (`messages/es.json`).
    pub file: String,
    /// Its line (1-based), where a key is.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
    /// An error stops the build; a note (a key that falls back to the default language) does not.
    pub error: bool,
}

/// A language's messages, compiled.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    /// The language (BCP 47).
    pub language: String,
    /// Its plural rules, from CLDR.
    pub plural: Vec<PluralRule>,
    /// The same, encoded as the browser reads them.
    encoded: PluralRules,
    /// Each group's messages, in [`Group::ALL`] order.
    groups: Vec<Vec<Option<Message>>>,
}

impl Catalog {
    /// The messages of `language`: the engine's, with `site_file` (its name and text) over
    /// them; a key neither gives takes its text from `fallback` (the default language's
    /// catalog), with a note. Problems come with it; `None` when the language has no text
    /// for some key and no fallback.
    pub fn read(
        language: &str,
        site_file: Option<(&str, &str)>,
        fallback: Option<&Catalog>,
    ) -> (Option<Catalog>, Vec<MessagesProblem>) {
        let mut problems = Vec::new();
        let plural = cldr_rules(language).unwrap_or_else(|| {
            let file = site_file.map_or_else(|| "site.json".to_string(), |(file, _)| file.to_string());
            problems.push(problem(&file, 1, format!("CLDR has no plural rules for `{language}`: every number takes the `other` form. Check the language code."), false));
            Vec::new()
        });
        let mut catalog = Catalog {
            language: language.to_string(),
            encoded: encode(&plural),
            plural,
            groups: Group::ALL.iter().map(|group| vec![None; group.keys().len()]).collect(),
        };
        let engine = ENGINE_LANGUAGES.iter().find(|(code, _)| *code == language);
        if let Some((code, text)) = engine {
            catalog.read_file(&format!("messages/{code}.json (the engine's)"), text, &mut problems);
        }
        if let Some((file, text)) = site_file {
            catalog.read_file(file, text, &mut problems);
        }
        let file = site_file.map_or_else(|| format!("messages/{language}.json"), |(file, _)| file.to_string());
        let mut untranslated = Vec::new();
        for (group, messages) in Group::ALL.iter().zip(&mut catalog.groups) {
            for (key, message) in group.keys().iter().zip(messages.iter_mut()) {
                if message.is_none() {
                    *message = fallback.and_then(|fallback| fallback.message(*group, key.name)).cloned();
                    untranslated.push(format!("`{}`", key.name));
                }
            }
        }
        if !untranslated.is_empty() {
            let count = untranslated.len();
            let shown = untranslated.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
            let more = if count > 8 { format!(" and {} more", count - 8) } else { String::new() };
            let message = match fallback {
                Some(fallback) => format!(
                    "{count} key(s) have no text in `{language}`: {shown}{more}. Readers see the `{}` text until you add one.",
                    fallback.language
                ),
                None => format!("{count} key(s) have no text: {shown}{more}. Add them."),
            };
            problems.push(problem(&file, 1, message, fallback.is_none()));
        }
        let complete = catalog.groups.iter().flatten().all(Option::is_some);
        (complete.then_some(catalog), problems)
    }

    /// Reads one messages file over what is already there.
    fn read_file(&mut self, file: &str, text: &str, problems: &mut Vec<MessagesProblem>) {
        let entries = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(entries)) => entries,
            Ok(_) => {
                return problems.push(problem(file, 1, "is not a JSON object of keys and their texts.".into(), true));
            }
            Err(error) => {
                let why = format!("is not valid JSON ({error}).");
                return problems.push(problem(file, error.line().max(1), why, true));
            }
        };
        // In the file's order (the JSON reader sorts the keys), so problems read top to bottom.
        let mut entries: Vec<(usize, String, Value)> =
            entries.into_iter().map(|(name, value)| (line_of(text, &name), name, value)).collect();
        entries.sort_by_key(|(line, _, _)| *line);
        for (line, name, value) in entries {
            let Some((group, index, key)) = find_key(&name) else {
                let all = Group::ALL.iter().flat_map(|group| group.keys()).map(|key| key.name.to_string());
                let all: Vec<String> = all.collect();
                let hint = crate::source::validate::nearest::nearest(&name, all.iter())
                    .map(|near| format!(" Did you mean `{near}`?"))
                    .unwrap_or_default();
                problems.push(problem(file, line, format!("`{name}` is not a message the app shows.{hint}"), true));
                continue;
            };
            match compile(key, &value, &self.language, &self.plural) {
                Ok(message) => self.groups[group][index] = Some(message),
                Err(why) => problems.push(problem(file, line, format!("`{name}` {why}"), true)),
            }
        }
    }

    /// The message of key `name` in `group`.
    fn message(&self, group: Group, name: &str) -> Option<&Message> {
        let index = group.keys().iter().position(|key| key.name == name)?;
        self.groups[group_index(group)][index].as_ref()
    }

    /// The data file of `group`: its messages, and for the shell the plural rules.
    pub fn group(&self, group: Group) -> GroupWords {
        let words = self.groups[group_index(group)].iter().map(|message| message.clone().unwrap_or(Message::text("")));
        let plural = if group == Group::Shell { self.encoded.clone() } else { Vec::new() };
        GroupWords { plural, words: words.collect() }
    }

    /// `word` written out with `values` (for the site build's own pages and tests).
    pub fn format(&self, word: Word, values: &[&str]) -> String {
        let message = &self.groups[group_index(word.group)][usize::from(word.index)];
        message.as_ref().map(|message| message.format(&self.encoded, values)).unwrap_or_default()
    }
}

fn problem(file: &str, line: usize, message: String, error: bool) -> MessagesProblem {
    MessagesProblem { file: file.to_string(), line, message, error }
}

fn group_index(group: Group) -> usize {
    Group::ALL.iter().position(|known| *known == group).unwrap_or_default()
}

/// The group, place and description of the key named `name`.
fn find_key(name: &str) -> Option<(usize, usize, &'static KeyInfo)> {
    Group::ALL.iter().enumerate().find_map(|(group, known)| {
        known.keys().iter().enumerate().find(|(_, key)| key.name == name).map(|(index, key)| (group, index, key))
    })
}

/// The line on which `"name":` starts (1 when it cannot be found).
fn line_of(text: &str, name: &str) -> usize {
    let quoted = format!("\"{name}\"");
    text.lines().position(|line| line.trim_start().starts_with(&quoted)).map_or(1, |index| index + 1)
}

mod compile;

#[cfg(test)]
mod tests;
