//! `#[derive(FromJson)]` reads what serde writes, by each rule it knows (crates/json-derive),
//! and names the fault in what it does not accept.

use health_content::json::{FromJson, from_str};
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize, FromJson)]
struct Card {
    title: String,
    #[serde(rename = "picture_alt")]
    alt: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pinned: bool,
    note: Option<String>,
    #[serde(skip)]
    seen: u32,
    shape: Shape,
    kind: Kind,
    size: Size,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
enum Shape {
    RoundedBox { radius: u32 },
    Plain(Inner),
}

#[derive(Debug, PartialEq, Serialize, Deserialize, FromJson)]
struct Inner {
    width: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
enum Kind {
    ShortRead,
    Slideshow,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[serde(try_from = "String", into = "String")]
struct Size(u32);

impl TryFrom<String> for Size {
    type Error = String;
    fn try_from(text: String) -> Result<Size, String> {
        text.strip_suffix("px").and_then(|n| n.parse().ok()).map(Size).ok_or_else(|| "is not a size in px".to_string())
    }
}

impl From<Size> for String {
    fn from(size: Size) -> String {
        format!("{}px", size.0)
    }
}

fn card(shape: Shape) -> Card {
    Card {
        title: "Sciatica".into(),
        alt: "A spine".into(),
        tags: vec!["back".into()],
        pinned: true,
        note: Some("new".into()),
        seen: 0,
        shape,
        kind: Kind::ShortRead,
        size: Size(12),
    }
}

#[test]
fn what_serde_writes_the_derived_reader_reads_back_the_same() {
    for value in [card(Shape::RoundedBox { radius: 4 }), card(Shape::Plain(Inner { width: 9 }))] {
        let json = serde_json::to_string(&value).expect("writes");
        assert_eq!(from_str::<Card>(&json), Ok(value), "{json}");
    }
}

#[test]
fn renamed_fields_tags_and_unit_variants_are_read_by_their_written_names() {
    let json = serde_json::to_string(&card(Shape::RoundedBox { radius: 4 })).expect("writes");
    assert!(json.contains(r#""picture_alt":"#) && json.contains(r#"{"rounded_box":{"radius":4}}"#), "{json}");
    assert!(json.contains(r#""kind":"short_read""#) && json.contains(r#""size":"12px""#), "{json}");
}

#[test]
fn absent_defaults_and_options_are_their_defaults_and_skipped_fields_are_never_read() {
    let json = r#"{"title": "T", "picture_alt": "A", "seen": 7, "shape": {"plain": {"width": 1}},
                   "kind": "slideshow", "size": "3px"}"#;
    let read = from_str::<Card>(json).expect("reads");
    assert_eq!((read.tags.len(), read.pinned, read.note, read.seen), (0, false, None, 0));
    assert_eq!(serde_json::from_str::<Card>(json).expect("serde reads it too"), from_str::<Card>(json).expect("reads"));
}

#[test]
fn a_fault_is_named_where_it_is() {
    let bad = |json: &str| from_str::<Card>(json).expect_err("refused");
    let base = r#""title": "T", "picture_alt": "A", "kind": "slideshow", "size": "3px""#;
    assert_eq!(bad(&format!(r#"{{{base}}}"#)), "`shape` is missing");
    assert_eq!(
        bad(&format!(r#"{{{base}, "shape": {{"oval": {{}}}}}}"#)),
        "`shape.oval` is of a kind this app does not know"
    );
    assert_eq!(
        bad(&format!(r#"{{{base}, "shape": {{"rounded_box": {{}}}}}}"#)),
        "`shape.rounded_box.radius` is missing"
    );
    let with_shape = r#""title": "T", "picture_alt": "A", "shape": {"plain": {"width": 1}}"#;
    assert_eq!(
        bad(&format!(r#"{{{with_shape}, "kind": "poster", "size": "3px"}}"#)),
        "`kind` names an unknown kind `poster`"
    );
    assert_eq!(bad(&format!(r#"{{{with_shape}, "kind": "slideshow", "size": "big"}}"#)), "`size` is not a size in px");
    assert_eq!(
        Kind::from_json(health_content::json::Json::Null).map_err(|e| e.to_string()),
        Err("the data is not text".into())
    );
}
