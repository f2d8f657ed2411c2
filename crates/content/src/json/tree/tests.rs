use super::*;

fn text(s: &str) -> Json {
    Json::Text(s.into())
}

#[test]
fn every_kind_of_value_is_read() {
    let json = parse(r#" {"a": [1, -20, true, false, null], "b": {"c": "d"}, "e": {}, "f": []} "#).expect("valid");
    assert_eq!(
        json,
        Json::Object(vec![
            (
                "a".into(),
                Json::List(vec![Json::Number(1), Json::Number(-20), Json::Bool(true), Json::Bool(false), Json::Null])
            ),
            ("b".into(), Json::Object(vec![("c".into(), text("d"))])),
            ("e".into(), Json::Object(vec![])),
            ("f".into(), Json::List(vec![])),
        ])
    );
}

#[test]
fn strings_keep_every_character_and_resolve_escapes() {
    assert_eq!(
        parse(r#""Ménière’s \"disease\" \\ \/ \n\t é 😀 \ud83d\ude00 \ud800x""#),
        Ok(text("Ménière’s \"disease\" \\ / \n\t é 😀 😀 \u{FFFD}x"))
    );
    assert_eq!(parse(r#""</script>""#), Ok(text("</script>")));
}

#[test]
fn what_serde_json_writes_reads_back_the_same() {
    let original = "line\nbreak \u{1} \u{7f} \u{2028} tab\t quote\" back\\slash";
    let written = serde_json::to_string(original).expect("writes");
    assert_eq!(parse(&written), Ok(text(original)));
}

#[test]
fn faults_are_named_with_their_place() {
    assert_eq!(parse("[\"a\", 1"), Err("at line 1, column 8: expected `,` or `]`".into()));
    assert_eq!(
        parse("{\n  \"a\": 1.5}"),
        Err("at line 2, column 9: a number with a fraction or exponent (data files hold whole numbers)".into())
    );
    assert_eq!(parse("{\"a\" 1}"), Err("at line 1, column 6: expected `:` after a key".into()));
    assert_eq!(parse("\"open"), Err("at line 1, column 2: a string without its closing quote".into()));
    assert_eq!(parse("\"a\u{1}b\""), Err("at line 1, column 3: a control character in a string".into()));
    assert_eq!(parse("\"\\x\""), Err("at line 1, column 3: an unknown escape in a string".into()));
    assert_eq!(parse("\"\\u+123\""), Err("at line 1, column 4: a malformed \\u escape".into()));
    assert_eq!(parse("{} x"), Err("at line 1, column 4: more text after the data".into()));
    assert_eq!(parse("nul"), Err("at line 1, column 1: expected a value".into()));
    assert_eq!(parse("012"), Err("at line 1, column 4: a malformed number".into()));
    assert_eq!(parse("99999999999999999999"), Err("at line 1, column 19: a number too large".into()));
    assert_eq!(parse(""), Err("at line 1, column 1: expected a value".into()));
    assert!(parse("<!doctype html>").is_err());
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert_eq!(parse(&deep), Err("at line 1, column 66: nested too deeply".into()));
    let fine = format!("{}{}", "[".repeat(60), "]".repeat(60));
    assert!(parse(&fine).is_ok());
}

#[test]
fn an_unknown_escape_before_a_wide_character_is_told_not_panicked_on() {
    // Found by `make fuzz` (json_reader): the position was taken inside the character.
    assert_eq!(parse("\"\\\"u\\壝"), Err("at line 1, column 6: an unknown escape in a string".into()));
    assert_eq!(parse("\"\\é\""), Err("at line 1, column 3: an unknown escape in a string".into()));
}
