//! Every kind of page parsed from its path and printed back, and what each needs.

use super::*;

fn hub(center: &str) -> Page {
    Page::Hub { center: center.into() }
}

fn item(center: &str, slug: &str) -> Page {
    Page::Item { center: center.into(), slug: slug.into() }
}

#[test]
fn every_kind_of_page_parses_and_prints_back() {
    for (path, page) in [
        ("/", Page::Home),
        ("/saved", Page::Saved),
        ("/search", Page::Search),
        ("/about", Page::About),
        ("/a-z", Page::Topics { page: 1 }),
        ("/a-z/2", Page::Topics { page: 2 }),
        ("/a-z/200", Page::Topics { page: 200 }),
        ("/back-pain", hub("back-pain")),
        ("/back-pain/sciatica", item("back-pain", "sciatica")),
        ("/sleep/sleep-myths-2", item("sleep", "sleep-myths-2")),
    ] {
        assert_eq!(Page::parse(path), Some(page.clone()), "{path}");
        assert_eq!(page.path(), path);
    }
}

#[test]
fn trailing_slashes_are_the_same_page() {
    assert_eq!(Page::parse("/back-pain/"), Some(hub("back-pain")));
    assert_eq!(Page::parse("/back-pain/sciatica/"), Some(item("back-pain", "sciatica")));
    assert_eq!(Page::parse("/saved/"), Some(Page::Saved));
}

#[test]
fn paths_that_cannot_be_pages_are_none() {
    for path in [
        "",
        "back-pain",
        "/a/b/c",
        "/Back-Pain",
        "/back pain",
        "/back_pain",
        "/-x",
        "/x-",
        "/a--b",
        "/back-pain//",
        "//",
        "/content",
        "/images/a",
        "/saved/x",
        "/back-pain/a.json",
        "/search/x",
        "/about/x",
        "/a-z/s",
        "/a-z/1",
        "/a-z/0",
        "/a-z/02",
        "/a-z/-2",
        "/a-z/2/3",
        "/a-z/+2",
        "/a-z/99999999999",
    ] {
        assert_eq!(Page::parse(path), None, "{path:?}");
    }
}

#[test]
fn pages_know_their_center_and_whether_to_be_indexed() {
    assert_eq!(item("sleep", "insomnia").center(), Some("sleep"));
    assert_eq!(Page::Home.center(), None);
    assert!(!Page::Saved.indexable() && Page::Home.indexable() && hub("sleep").indexable());
    assert!(!Page::Search.indexable() && Page::Topics { page: 3 }.indexable() && Page::About.indexable());
}

#[test]
fn each_page_names_its_data_file_and_the_block_that_carries_it() {
    let file = |page: &Page| page.data_file().map(|file| (file.path(), file.id()));
    assert_eq!(file(&Page::Home), Some(("/content/centers.json".into(), "hc-centers")));
    assert_eq!(file(&Page::Topics { page: 2 }), Some(("/content/a-z/2.json".into(), "hc-topics")));
    assert_eq!(file(&hub("sleep")), Some(("/content/sleep/_center.json".into(), "hc-center")));
    assert_eq!(file(&item("sleep", "insomnia")), Some(("/content/sleep/insomnia.json".into(), "hc-item")));
    assert_eq!(file(&Page::Saved), None, "the saved page reads each saved item's file");
    assert_eq!(file(&Page::Search), None);
}

#[test]
fn slugs_are_lowercase_words_joined_by_single_hyphens() {
    assert!(is_slug("back-pain") && is_slug("a") && is_slug("item-42"));
    for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a.b", "é"] {
        assert!(!is_slug(bad), "{bad:?}");
    }
}
