//! The browser reads the data files with `health_content::json` (no serde in the wasm), while
//! the site build writes them with serde. Every data file of the shipped content, of a site
//! of 200 centers (A–Z pages whose letters run on) and an item with every optional field set
//! must read back as the value that was written.

mod shipped;

use std::fmt::Debug;

use health_content::build::{Compiled, compile};
use health_content::data::{CenterData, CentersData, ItemData, SiteData, TopicsData};
use health_content::json::{FromJson, from_str};
use health_content::model::{Block, CalloutTone, ColumnAlign, Inline, ItemContent, Table};
use serde::Serialize;
use shipped::{shipped_tree, with_more_centers};

/// `value` written as the site build writes it, then read as the browser reads it.
fn reads_back<T: Serialize + FromJson + PartialEq + Debug>(value: &T) {
    let written = serde_json::to_string(value).expect("writes");
    assert_eq!(&from_str::<T>(&written).unwrap_or_else(|why| panic!("{why} in {written}")), value);
    let pretty = serde_json::to_string_pretty(value).expect("writes");
    assert_eq!(&from_str::<T>(&pretty).expect("reads with white space"), value);
}

fn every_file_reads_back(compiled: &Compiled) {
    reads_back::<SiteData>(&compiled.site);
    reads_back::<CentersData>(&compiled.center_list);
    compiled.centers.iter().for_each(reads_back::<CenterData>);
    compiled.items.iter().for_each(reads_back::<ItemData>);
    compiled.topics.iter().for_each(reads_back::<TopicsData>);
}

#[test]
fn every_data_file_of_the_shipped_content_reads_back() {
    let compiled = compile(shipped_tree());
    let blocks = || {
        compiled.items.iter().flat_map(|item| match &item.item.content {
            ItemContent::Article { body } => body.iter().collect(),
            ItemContent::Slideshow { .. } => Vec::new(),
        })
    };
    // The shipped content has what the reader must handle: tables, callouts, sources, slideshows.
    assert!(blocks().any(|block| matches!(block, Block::Table(_))), "a table");
    assert!(blocks().any(|block| matches!(block, Block::Callout { .. })), "a callout");
    assert!(compiled.items.iter().any(|item| !item.sources.is_empty()), "sources");
    assert!(
        compiled.items.iter().any(|item| matches!(item.item.content, ItemContent::Slideshow { .. })),
        "a slideshow"
    );
    every_file_reads_back(&compiled);
}

#[test]
fn a_site_of_200_centers_reads_back() {
    let compiled = compile(with_more_centers(198));
    assert!(
        compiled.topics.iter().any(|page| page.letters.iter().any(|group| group.continued)),
        "a letter that runs on"
    );
    every_file_reads_back(&compiled);
}

#[test]
fn an_item_with_every_optional_field_reads_back() {
    let compiled = compile(shipped_tree());
    let mut item =
        compiled.items.iter().find(|item| item.recommended.is_some()).expect("an item with a teaser").clone();
    item.item.image.srcset = Some("/images/a.01.360.webp 360w, /images/a.01.720.webp 720w".into());
    item.item.image.preview = Some("data:image/webp;base64,UklGRg==".into());
    item.reading_minutes = Some(7);
    item.item.key_points = vec!["One “quoted” point.".into(), "Ménière’s 😀 \u{2028} line".into()];
    item.item.content = ItemContent::Article {
        body: vec![
            Block::Subheading { text: "Sub".into() },
            Block::NumberedList {
                items: vec![vec![Inline::Emphasis { em: "e".into() }, Inline::Strong { strong: "s".into() }]],
            },
            Block::Callout {
                tone: CalloutTone::Urgent,
                title: "Call 999".into(),
                text: vec![Inline::Link { link: "NHS".into(), to: "https://www.nhs.uk".into() }],
            },
            Block::Table(Table {
                caption: "c".into(),
                head: vec!["a".into(), "b".into()],
                align: vec![ColumnAlign::Left, ColumnAlign::Right],
                row_headers: true,
                rows: vec![vec![vec![Inline::Text("1".into())], vec![]]],
            }),
        ],
    };
    reads_back(&item);
    item.recommended = None;
    item.reading_minutes = None;
    item.sources.clear();
    reads_back(&item);
}

#[test]
fn a_damaged_file_names_the_field_at_fault() {
    let compiled = compile(shipped_tree());
    let damaged = |damage: &dyn Fn(&mut serde_json::Value)| {
        let mut json = serde_json::to_value(&compiled.items[0]).expect("writes");
        damage(&mut json);
        from_str::<ItemData>(&json.to_string())
    };
    let role = damaged(&|json| json["item"]["byline"]["reviewers"][0]["role"] = "chief".into());
    assert_eq!(role, Err("`item.byline.reviewers.role` names an unknown kind `chief`".into()));
    let author = damaged(&|json| _ = json["item"]["byline"].as_object_mut().expect("an object").remove("author"));
    assert_eq!(author, Err("`item.byline.author` is missing".into()));
    let content = damaged(&|json| json["item"]["content"] = serde_json::json!({"podcast": {}}));
    assert_eq!(content, Err("`item.content.podcast` is of a kind this app does not know".into()));
    let date = damaged(&|json| json["item"]["last_revised"] = "2026-02-30".into());
    assert_eq!(date, Err("`item.last_revised` is not a date (YYYY-MM-DD)".into()));
    assert_eq!(from_str::<ItemData>("{}"), Err("`center` is missing".into()));
    assert_eq!(from_str::<ItemData>("<!doctype html>"), Err("at line 1, column 1: expected a value".into()));
}
