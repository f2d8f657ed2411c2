//! Photographs in the content: every problem named at the field's file and line (`make check`
//! and the build), and publishing (variants under hashed names, the cache, drafts kept out).

mod fixture;

use fixture::{Fixture, assert_error};
use health_content::Date;
use health_content::build::publish_pictures;
use health_content::model::Image;
use health_content::source::{ContentTree, check_with_pictures};
use health_pictures::decode::Decoded;
use health_pictures::encode::jpeg;

/// A photograph-like JPEG `width` px wide (16:9), with detail everywhere.
fn photo(width: u32) -> Vec<u8> {
    let height = width * 9 / 16;
    let pixels = (0..width * height).flat_map(|i| {
        let (x, y) = (i % width, i / width);
        [(x * 255 / width) as u8, (y * 255 / height) as u8, ((x ^ y) % 251) as u8]
    });
    jpeg(&Decoded { pixels: pixels.collect(), width, height, alpha: false }, 90)
}

fn with_cache(test: impl FnOnce(&Fixture)) {
    let fixture = Fixture::new();
    // SAFETY: set before any thread of this test reads it; every test here sets the same kind of value.
    unsafe { std::env::set_var("HC_PICTURE_CACHE", fixture.root().join("picture-cache")) };
    test(&fixture);
}

#[test]
fn each_picture_problem_is_named_at_its_line_all_at_once() {
    with_cache(|fixture| {
        std::fs::write(fixture.root().join("images/small.jpg"), photo(800)).unwrap();
        let whole = photo(1600);
        std::fs::write(fixture.root().join("images/cut.jpg"), &whole[..whole.len() / 2]).unwrap();
        fixture.edit("back/one.md", "src = \"/images/ok.svg\"", "src = \"/images/small.jpg\"");
        fixture.edit_json("site.json", "\"src\": \"/images/ok.svg\"", "\"src\": \"/images/cut.jpg\"");
        let errors = check_with_pictures(fixture.root(), Date::parse("2026-06-01").unwrap()).unwrap_err();
        assert_error(
            &errors,
            "back/one.md",
            Some(10),
            "the picture is 800 px wide; as an article's picture (the top of its page) it needs at least 1344 px",
        );
        assert_error(&errors, "site.json", None, "/images/cut.jpg: the JPEG picture cannot be read");
        let tile = errors.iter().find(|e| e.file == "site.json").unwrap();
        assert_eq!(tile.field, "today_on[0].image.src");
    });
}

#[test]
fn a_png_named_jpg_is_refused_at_its_line() {
    with_cache(|fixture| {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x10\0\0\0\x09\0\x08\x02\0\0\0";
        std::fs::write(fixture.root().join("images/wrong.jpg"), png).unwrap();
        fixture.edit("back/one.md", "src = \"/images/ok.svg\"", "src = \"/images/wrong.jpg\"");
        assert_error(
            &fixture.errors(),
            "back/one.md",
            Some(10),
            "the file is a PNG picture but is named .jpg: rename it to .png",
        );
    });
}

#[test]
fn photographs_are_published_as_hashed_variants_once_and_drafts_stay_private() {
    with_cache(|fixture| {
        std::fs::write(fixture.root().join("images/big.jpg"), photo(1500)).unwrap();
        std::fs::write(fixture.root().join("images/private.jpg"), photo(1400)).unwrap();
        fixture.edit("back/one.md", "src = \"/images/ok.svg\"", "src = \"/images/big.jpg\"");
        let draft = std::fs::read_to_string(fixture.root().join("back/two.md"))
            .unwrap()
            .replace("src = \"/images/ok.svg\"", "src = \"/images/private.jpg\"")
            .replacen("+++\n", "+++\ndraft = true\n", 1);
        fixture.write("back/three.md", &draft);
        let tree = ContentTree::load(fixture.root()).unwrap();
        let cache = health_pictures::Cache::new(fixture.root().join("cache"));
        let first = publish_pictures(&tree, &cache).unwrap();
        assert_eq!((first.photographs, first.encoded), (1, 1));
        let mut image =
            Image { src: "/images/big.jpg".into(), width: 1, height: 1, alt: "A".into(), srcset: None, preview: None };
        first.apply(&mut image);
        assert_eq!((image.width, image.height), (1500, 843));
        let srcset = image.srcset.clone().unwrap();
        let widths: Vec<&str> = srcset.split(", ").map(|entry| entry.rsplit(' ').next().unwrap()).collect();
        assert_eq!(widths, ["360w", "540w", "720w", "1080w", "1440w"]);
        assert!(image.src.starts_with("/images/big.") && image.src.ends_with(".1080.webp"), "{}", image.src);
        assert!(image.preview.unwrap().starts_with("data:image/webp;base64,"));
        let paths: Vec<&str> = first.files.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.iter().all(|p| !p.contains("private")), "a draft's photograph was published: {paths:?}");
        assert!(
            paths.iter().any(|p| p.starts_with("images/ok.") && p.ends_with(".svg")),
            "the drawing under its hash: {paths:?}"
        );
        let second = publish_pictures(&tree, &cache).unwrap();
        assert_eq!((second.photographs, second.encoded), (1, 0), "the second build encoded again");
    });
}

#[test]
fn a_site_ladder_of_widths_is_checked() {
    let fixture = Fixture::new();
    fixture.edit_json(
        "site.json",
        "\"review_interval_months\": 24,",
        "\"review_interval_months\": 24, \"picture_widths\": [480, 50],",
    );
    assert_error(&fixture.errors(), "site.json", None, "50: a picture width is between 100 and 4096 px");
}
