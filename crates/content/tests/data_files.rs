//! The data files the site build writes: built from the shipped content, every link
//! resolved, hubs split into cards and lists, written to disk and read back unchanged.

use std::fs;
use std::path::PathBuf;

use health_content::build::{CARDS_PER_SECTION, Compiled, Outputs, compile, publish_pictures, write_site_data};
use health_content::data::{
    CenterData, CentersData, FEATURED_CENTERS, ItemData, SiteData, TopicsData, center_data_path, item_data_path,
};
use health_content::model::{Center, ItemContent, Section};
use health_content::source::ContentTree;

mod shipped;

use shipped::{shipped_tree, with_more_centers};

fn shipped() -> (ContentTree, Compiled) {
    let tree = shipped_tree();
    let compiled = compile(tree.clone());
    (tree, compiled)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("health-content-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

#[test]
fn every_center_and_item_gets_a_data_file_with_its_links_resolved() {
    let (tree, compiled) = shipped();
    assert_eq!(compiled.site.centers.len(), tree.centers.len());
    assert_eq!(compiled.site.center_count, tree.centers.len());
    let items: usize = tree.centers.iter().map(|c| c.items.len()).sum();
    assert_eq!(compiled.items.len(), items);
    for (center, folder) in compiled.center_list.centers.iter().zip(&tree.centers) {
        assert_eq!(center.item_count, folder.items.len());
        assert_eq!(compiled.center(&center.slug).map(CenterData::item_count), Some(folder.items.len()));
    }
    let data = compiled.items.iter().find(|d| d.path() == "/back-pain/spinal-manipulation").expect("shipped item");
    assert_eq!(data.center.name, "Back Pain Health Center");
    assert_eq!(data.related.len(), data.item.related.len());
    for (link, path) in data.related.iter().zip(&data.item.related) {
        assert_eq!(&link.path, path);
        let target = compiled.items.iter().find(|d| &d.path() == path).expect("related item exists");
        assert_eq!(link.title, target.item.title);
    }
    let teaser = data.item.recommended.as_ref().expect("a teaser");
    assert_eq!(data.recommended.as_ref().map(|l| l.path.as_str()), Some(teaser.to.as_str()));
}

#[test]
fn the_site_index_every_page_carries_is_the_same_size_for_2_centers_and_for_200() {
    let (tree, small) = shipped();
    let large = compile(with_more_centers(198));
    assert_eq!(large.site.center_count, tree.centers.len() + 198);
    assert_eq!(large.site.centers.len(), FEATURED_CENTERS, "only the first centers are named");
    assert_eq!(large.site.centers[..tree.centers.len()], small.site.centers[..], "the first ones, in the site's order");
    assert!(large.site.site.centers.is_empty() && small.site.site.centers.is_empty(), "no list of every slug");
    let size = |site: &SiteData| serde_json::to_string(site).unwrap().len();
    // Six more names of about 35 bytes: the index's growth stops there.
    assert!(size(&large.site) < size(&small.site) + 6 * 60, "{} vs {} bytes", size(&large.site), size(&small.site));
    assert_eq!(size(&large.site), size(&compile(with_more_centers(400)).site), "the same at 200 and 400 centers");
    // Every center is on the home page's list and named in the A–Z, each A–Z page naming
    // the centers of its own items only.
    assert_eq!(large.center_list.centers.len(), large.site.center_count);
    let mut named: Vec<&str> =
        large.topics.iter().flat_map(|page| page.centers.iter().map(|center| center.slug.as_str())).collect();
    named.sort_unstable();
    named.dedup();
    assert_eq!(named.len(), large.site.center_count);
    assert!(
        large.topics.len() > 1,
        "{} items in pages of {}",
        large.items.len(),
        health_content::data::TOPICS_PER_PAGE
    );
    let last = large.center_list.centers.last().unwrap();
    assert_eq!((last.slug.as_str(), last.name.as_str()), ("copy-197", "Copy 197 Health Center"));
}

#[test]
fn data_files_read_back_as_they_were_written() {
    // By serde here; by the browser's reader in tests/json_reading.rs.
    let (_, compiled) = shipped();
    let site: SiteData = serde_json::from_str(&serde_json::to_string(&compiled.site).unwrap()).unwrap();
    assert_eq!(site, compiled.site);
    let centers: CentersData = serde_json::from_str(&serde_json::to_string(&compiled.center_list).unwrap()).unwrap();
    assert_eq!(centers, compiled.center_list);
    for center in &compiled.centers {
        let back: CenterData = serde_json::from_str(&serde_json::to_string(center).unwrap()).unwrap();
        assert_eq!(&back, center);
    }
    for item in &compiled.items {
        let back: ItemData = serde_json::from_str(&serde_json::to_string(item).unwrap()).unwrap();
        assert_eq!(&back, item);
    }
}

#[test]
fn a_long_section_lists_its_items_beyond_the_cards_as_links() {
    let (mut tree, _) = shipped();
    // One section holding every item of the center, many times over is not possible (slugs
    // are unique), so give a center more items by copying one under new slugs.
    let folder = &mut tree.centers[0];
    let model = folder.items[0].clone();
    for n in 0..30 {
        let mut copy = model.clone();
        copy.item.slug = format!("copy-{n}");
        copy.item.title = format!("Copy {n}");
        folder.items.push(copy);
    }
    let all: Vec<String> = folder.items.iter().map(|f| f.item.slug.clone()).collect();
    folder.center = Center {
        sections: vec![Section { heading: "Everything".into(), items: all.clone() }],
        ..folder.center.clone()
    };
    let compiled = compile(tree);
    let hub = &compiled.centers[0];
    assert_eq!(hub.sections[0].cards.len(), CARDS_PER_SECTION);
    assert_eq!(hub.sections[0].more.len(), all.len() - CARDS_PER_SECTION);
    assert_eq!(hub.sections[0].more.last().map(|l| l.title.as_str()), Some("Copy 29"));
    assert_eq!(hub.item_count(), all.len());
}

#[test]
fn the_step_writes_every_file_and_rewrites_nothing_unchanged() {
    let (tree, mut compiled) = shipped();
    let site = temp_dir("write");
    let cache = health_pictures::Cache::new(temp_dir("write-picture-cache"));
    let pictures = publish_pictures(&tree, &cache).expect("the shipped pictures publish");
    compiled.for_each_image_mut(|image| pictures.apply(image));
    let first = write_site_data(&compiled, &pictures, &Outputs::unrecorded(&site)).expect("writes");
    // The site index, the list of centers, the A–Z's pages, one index per center, one file per item.
    assert_eq!(first.data_files, 2 + compiled.topics.len() + compiled.centers.len() + compiled.items.len());
    assert!(first.images >= compiled.items.len(), "every item has at least its lead image");
    assert_eq!(first.changed, first.data_files + first.images);
    let text = fs::read_to_string(site.join("content/site.json")).unwrap();
    assert_eq!(serde_json::from_str::<SiteData>(&text).unwrap(), compiled.site);
    let text = fs::read_to_string(site.join("content/centers.json")).unwrap();
    assert_eq!(serde_json::from_str::<CentersData>(&text).unwrap(), compiled.center_list);
    let hub = fs::read_to_string(site.join(center_data_path("sleep").trim_start_matches('/'))).unwrap();
    assert_eq!(serde_json::from_str::<CenterData>(&hub).unwrap().center.slug, "sleep");
    let item =
        fs::read_to_string(site.join(item_data_path("back-pain", "back-pain-myths").trim_start_matches('/'))).unwrap();
    let item: ItemData = serde_json::from_str(&item).unwrap();
    assert!(matches!(item.item.content, ItemContent::Slideshow { .. }));
    // Drawings are published under their content hash (so hosts may cache them for good).
    assert!(
        item.item.image.src.starts_with("/images/back-pain/back-pain-myths.") && item.item.image.src.ends_with(".svg")
    );
    assert!(site.join(item.item.image.src.trim_start_matches('/')).is_file());
    assert!(!site.join("images/back-pain/spinal-manipulation.svg").exists());
    let topics: TopicsData =
        serde_json::from_str(&fs::read_to_string(site.join("content/a-z/1.json")).unwrap()).unwrap();
    assert_eq!((topics.page, topics.pages, topics.item_count), (1, 1, compiled.items.len()));
    assert!(
        topics
            .letters
            .iter()
            .any(|group| group.letter == "S" && group.items.iter().any(|item| item.title == "Sciatica"))
    );

    let second = write_site_data(&compiled, &pictures, &Outputs::unrecorded(&site)).expect("writes again");
    assert_eq!(second.changed, 0, "an unchanged site rewrites nothing");
    assert_eq!(second.files, first.files);
    let _ = fs::remove_dir_all(&site);
}
