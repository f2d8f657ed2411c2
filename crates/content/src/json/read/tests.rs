use super::super::tree::parse;
use super::*;

#[derive(Debug, PartialEq)]
struct Pair {
    name: String,
    sizes: Vec<u16>,
    note: Option<String>,
    flag: bool,
}

impl FromJson for Pair {
    fn from_json(json: Json) -> Result<Pair, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Pair {
            name: fields.take("name")?,
            sizes: fields.take("sizes")?,
            note: fields.optional("note")?,
            flag: fields.or_default("flag")?,
        })
    }
}

fn read(text: &str) -> Result<Vec<Pair>, String> {
    Vec::<Pair>::from_json(parse(text)?).map_err(|error| error.to_string())
}

#[test]
fn fields_are_taken_by_name_in_any_order_and_extra_ones_ignored() {
    let read = read(
        r#"[{"sizes": [1, 2], "extra": {"x": 1}, "name": "a", "note": null}, {"name": "b", "sizes": [], "note": "n", "flag": true}]"#,
    );
    assert_eq!(
        read,
        Ok(vec![
            Pair { name: "a".into(), sizes: vec![1, 2], note: None, flag: false },
            Pair { name: "b".into(), sizes: vec![], note: Some("n".into()), flag: true },
        ])
    );
}

#[test]
fn a_fault_names_its_field() {
    assert_eq!(read(r#"[{"sizes": []}]"#), Err("`name` is missing".into()));
    assert_eq!(read(r#"[{"name": 1, "sizes": []}]"#), Err("`name` is not text".into()));
    assert_eq!(read(r#"[{"name": "a", "sizes": [70000]}]"#), Err("`sizes` is out of range".into()));
    assert_eq!(read(r#"[{"name": "a", "sizes": {}}]"#), Err("`sizes` is not a list".into()));
    assert_eq!(read(r#"[{"name": "a", "sizes": [], "flag": 1}]"#), Err("`flag` is not true or false".into()));
    assert_eq!(read(r#"{"name": "a"}"#), Err("the data is not a list".into()));
    assert_eq!(read(r#"["a"]"#), Err("the data is not an object".into()));
}

#[derive(Debug)]
struct Outer(#[allow(dead_code)] Pair);

impl FromJson for Outer {
    fn from_json(json: Json) -> Result<Outer, ShapeError> {
        Ok(Outer(Fields::of(json)?.take("pair")?))
    }
}

#[test]
fn a_nested_fault_names_the_whole_path() {
    let mut outer = Fields::of(parse(r#"{"a": {"pair": {"name": 1}}}"#).expect("valid")).expect("object");
    assert_eq!(outer.take::<Outer>("a").expect_err("name is a number").to_string(), "`a.pair.name` is not text");
}

fn heading(text: &str) -> Result<String, String> {
    let json = parse(text).expect("valid");
    tagged(json, |tag, mut fields| if tag == "heading" { fields.take("text") } else { Err(unknown_tag()) })
        .map_err(|e| e.to_string())
}

#[test]
fn a_tagged_value_is_one_key_and_its_faults_are_named_under_it() {
    assert_eq!(heading(r#"{"heading": {"text": "x"}}"#), Ok("x".into()));
    assert_eq!(heading(r#"{"heading": {"text": 1}}"#), Err("`heading.text` is not text".into()));
    assert_eq!(heading(r#"{"heading": 1}"#), Err("`heading` is not an object".into()));
    assert_eq!(heading(r#"{"picture": {}}"#), Err("`picture` is of a kind this app does not know".into()));
    assert_eq!(heading(r#"{"a": {}, "b": {}}"#), Err("the data is not an object with one key".into()));
    assert_eq!(heading(r#"{}"#), Err("the data is not an object with one key".into()));
}
