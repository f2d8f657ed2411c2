use super::*;
use crate::words::word;

fn english() -> Catalog {
    let (catalog, problems) = Catalog::read("en", None, None);
    assert_eq!(problems, vec![]);
    catalog.expect("the engine's English is complete")
}

fn messages(problems: &[MessagesProblem]) -> Vec<String> {
    problems.iter().map(|p| format!("{}:{}: {}", p.file, p.line, p.message)).collect()
}

#[test]
fn the_engine_messages_are_complete_and_clean_in_every_language_it_ships() {
    let english = english();
    for (language, _) in ENGINE_LANGUAGES {
        let (catalog, problems) = Catalog::read(language, None, Some(&english));
        assert_eq!(messages(&problems), Vec::<String>::new(), "{language}");
        assert!(catalog.is_some(), "{language}");
    }
}

#[test]
fn plurals_take_each_language_s_forms() {
    let english = english();
    assert_eq!(english.format(word::reading_time, &["1"]), "1 min read");
    assert_eq!(english.format(word::review_interval, &["1"]), "1 month");
    assert_eq!(english.format(word::review_interval, &["24"]), "24 months");
    let (spanish, _) = Catalog::read("es", None, Some(&english));
    let spanish = spanish.unwrap();
    assert_eq!(spanish.format(word::review_interval, &["1"]), "1 mes");
    assert_eq!(spanish.format(word::review_interval, &["24"]), "24 meses");
    let (arabic, _) = Catalog::read("ar", None, Some(&english));
    let arabic = arabic.unwrap();
    let forms: Vec<String> =
        ["1", "2", "3", "11", "100"].iter().map(|n| arabic.format(word::review_interval, &[n])).collect();
    assert_eq!(forms, ["شهر واحد", "شهرين", "3 أشهر", "11 شهرًا", "100 شهر"]);
    assert_eq!(
        english.format(word::showing_range, &["1", "3", "9"]),
        "Showing 1–3 of 9",
        "values in their declared order"
    );
}

#[test]
fn a_site_file_renames_a_word_and_leaves_the_rest() {
    let file = "{\n  \"saved\": \"Favourites\"\n}\n";
    let (catalog, problems) = Catalog::read("en", Some(("messages/en.json", file)), None);
    assert_eq!(problems, vec![]);
    let catalog = catalog.unwrap();
    assert_eq!(catalog.format(word::saved, &[]), "Favourites");
    assert_eq!(catalog.format(word::key_points, &[]), "Key points");
}

#[test]
fn each_problem_is_named_at_its_line() {
    let file = r#"{
  "saved": "Favourites",
  "savd_items": "Kept",
  "showing_range": "Showing {first} of {count}",
  "key_points": "Key {points}",
  "reading_time": { "one": "1 minute", "few": "{minutes} minutes", "other": "{minutes} minutes" },
  "share": { "one": "Share", "other": "Share" },
  "sources": ""
}"#;
    let (_, problems) = Catalog::read("en", Some(("messages/en.json", file)), None);
    assert_eq!(
        messages(&problems),
        [
            "messages/en.json:3: `savd_items` is not a message the app shows. Did you mean `saved_items`?",
            "messages/en.json:4: `showing_range` forgets `{last}`: put it where the value belongs.",
            "messages/en.json:5: `key_points` has `{points}`, which is not one of its values (it has none).",
            "messages/en.json:6: `reading_time` has a form `few`, which `en` does not use (its forms: one, other).",
            "messages/en.json:7: `share` does not change with a number: give it one text, not plural forms.",
            "messages/en.json:8: `sources` is empty.",
        ]
    );
    assert!(problems.iter().all(|problem| problem.error));
}

#[test]
fn a_form_missing_in_a_language_with_more_forms_is_an_error() {
    let english = english();
    let file = "{\n  \"review_interval\": { \"one\": \"شهر\", \"other\": \"{months} شهر\" }\n}";
    let (_, problems) = Catalog::read("ar", Some(("messages/ar.json", file)), Some(&english));
    assert_eq!(
        messages(&problems),
        [
            "messages/ar.json:2: `review_interval` needs the forms zero, two, few, many too (`ar` has zero, one, two, few, many, other)."
        ]
    );
}

#[test]
fn a_language_the_engine_lacks_falls_back_key_by_key_and_says_so() {
    let english = english();
    let file = "{\n  \"saved\": \"Wedi'u cadw\"\n}";
    let (catalog, problems) = Catalog::read("cy", Some(("messages/cy.json", file)), Some(&english));
    let catalog = catalog.expect("complete with English's texts");
    assert_eq!(catalog.format(word::saved, &[]), "Wedi'u cadw");
    assert_eq!(catalog.format(word::key_points, &[]), "Key points");
    assert!(problems.iter().all(|problem| !problem.error));
    let count = Group::ALL.iter().map(|group| group.keys().len()).sum::<usize>() - 1;
    assert_eq!(
        messages(&problems),
        [format!(
            "messages/cy.json:1: {count} key(s) have no text in `cy`: `skip_to_content`, `home`, `breadcrumb_label`, \
             `text_size_glyph`, `text_size`, `menu`, `search_site`, `search` and {} more. Readers see the `en` text \
             until you add one.",
            count - 8
        )]
    );
    // Welsh has six forms: English's two are not enough for a Welsh text of its own.
    assert_eq!(catalog.format(word::review_interval, &["3"]), "3 months");
}

#[test]
fn a_file_that_is_not_json_is_named_at_its_line() {
    let (_, problems) = Catalog::read("en", Some(("messages/en.json", "{\n  \"saved\": \"x\",\n}")), None);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3);
    assert!(problems[0].message.starts_with("is not valid JSON"), "{}", problems[0].message);
}

#[test]
fn the_shell_carries_the_plural_rules_and_other_groups_do_not() {
    let english = english();
    assert!(!english.group(Group::Shell).plural.is_empty());
    assert!(english.group(Group::Item).plural.is_empty());
    assert_eq!(english.group(Group::Item).words.len(), Group::Item.keys().len());
}
