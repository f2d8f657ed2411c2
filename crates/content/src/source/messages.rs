//! The site's interface words: the engine's messages for the site's language, with the
//! site's own `messages/{language}.json` over them (see `words::Catalog`); every other
//! messages file in the folder is checked too, against the default language.

use std::fs;
use std::path::Path;

use super::{ContentError, read_text};
use crate::words::{Catalog, MessagesProblem};

/// The folder, inside the content folder, of the site's messages files.
pub const MESSAGES_FOLDER: &str = "messages";

/// The language of a site's interface until `site.json` names its languages.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The site's words in its default language, with the notes of keys that fall back; every
/// problem of every messages file as an error at its `file:line`.
pub fn read_messages(root: &Path) -> Result<(Catalog, Vec<MessagesProblem>), Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut files = site_files(root, &mut errors);
    let own = files.iter().position(|(language, _, _)| language == DEFAULT_LANGUAGE).map(|at| files.remove(at));
    let (catalog, problems) =
        Catalog::read(DEFAULT_LANGUAGE, own.as_ref().map(|(_, file, text)| (file.as_str(), text.as_str())), None);
    sort(problems, &mut errors, &mut notes);
    for (language, file, text) in &files {
        let (_, problems) = Catalog::read(language, Some((file, text)), catalog.as_ref());
        sort(problems, &mut errors, &mut notes);
    }
    match catalog {
        Some(catalog) if errors.is_empty() => Ok((catalog, notes)),
        _ => Err(errors),
    }
}

/// Each `messages/{language}.json` of the site: its language, file and text.
fn site_files(root: &Path, errors: &mut Vec<ContentError>) -> Vec<(String, String, String)> {
    let Ok(entries) = fs::read_dir(root.join(MESSAGES_FOLDER)) else { return Vec::new() };
    let mut files: Vec<(String, String, String)> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let file = format!("{MESSAGES_FOLDER}/{name}");
        let Some(language) = name.strip_suffix(".json").filter(|code| is_language_tag(code)) else {
            let why = "is not a messages file: name it by its language, as `es.json` or `pt-BR.json`";
            errors.push(ContentError::new(file, ".", why));
            continue;
        };
        match read_text(root, &file) {
            Ok(text) => files.push((language.to_string(), file, text)),
            Err(found) => errors.extend(found),
        }
    }
    files.sort();
    files
}

/// `en`, `es-MX`, `pt-BR`, `zh-Hant`: letters and digits in parts joined by hyphens.
fn is_language_tag(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| (2..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn sort(problems: Vec<MessagesProblem>, errors: &mut Vec<ContentError>, notes: &mut Vec<MessagesProblem>) {
    for problem in problems {
        if problem.error {
            errors.push(ContentError::at_line(problem.file, problem.line, problem.message));
        } else {
            notes.push(problem);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_name_messages_files() {
        for good in ["en", "es", "es-MX", "pt-BR", "zh-Hant", "ar"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "e", "EN", "english", "es_MX", "es-", "../en"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
