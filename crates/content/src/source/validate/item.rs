//! Checks of one article or slideshow: nothing empty, dates in order, a primary medical
//! reviewer, links and sources that resolve, three to five short key points (articles only),
//! and a body or slides with their words and pictures.

use super::Checker;
use crate::model::{Item, ItemContent, ReviewerRole};

impl Checker<'_> {
    /// Checks one article or slideshow: its text, dates, byline, links, sources, key points
    /// and its body or slides.
    pub(super) fn item(&mut self, file: &str, item: &Item) {
        for (field, text) in [("title", &item.title), ("description", &item.description), ("summary", &item.summary)] {
            self.not_blank(file, field, text);
        }
        self.image(file, "image", &item.image);
        self.date(file, "last_revised", item.last_revised);
        self.date(file, "last_updated", item.last_updated);
        if item.last_updated < item.last_revised {
            self.error(file, "last_updated", "must not be earlier than last_revised");
        }
        self.not_blank(file, "byline.author", &item.byline.author);
        if !item.byline.reviewers.iter().any(|r| r.role == ReviewerRole::Primary) {
            self.error(file, "byline.reviewers", "needs a primary medical reviewer");
        }
        for (i, reviewer) in item.byline.reviewers.iter().enumerate() {
            self.not_blank(file, &format!("byline.reviewers[{i}].name"), &reviewer.name);
            self.not_blank(file, &format!("byline.reviewers[{i}].credential"), &reviewer.credential);
            self.not_blank(file, &format!("byline.reviewers[{i}].specialty"), &reviewer.specialty);
        }
        if let Some(teaser) = &item.recommended {
            self.link(file, "recommended.to", &teaser.to);
            self.not_blank(file, "recommended.excerpt", &teaser.excerpt);
        }
        for (i, to) in item.related.iter().enumerate() {
            self.link(file, &format!("related[{i}]"), to);
        }
        for (i, source) in item.sources.iter().enumerate() {
            self.source(file, &format!("sources[{i}]"), source);
        }
        if !item.key_points.is_empty() && !(3..=5).contains(&item.key_points.len()) && !self.draft {
            self.error(
                file,
                "key_points",
                format!("has {}: give three to five key points, or none", item.key_points.len()),
            );
        }
        for (i, point) in item.key_points.iter().enumerate() {
            self.not_blank(file, &format!("key_points[{i}]"), point);
            if point.chars().count() > 160 {
                self.error(
                    file,
                    &format!("key_points[{i}]"),
                    "is longer than 160 characters: a key point is one short sentence",
                );
            }
        }
        if item.review_interval_months.is_some_and(|months| !(1..=60).contains(&months)) {
            self.error(file, "review_interval_months", "give a number of months from 1 to 60");
        }
        if !matches!(item.content, ItemContent::Article { .. }) && !item.key_points.is_empty() {
            self.error(file, "key_points", "key points are for articles; a slideshow's slides are its points");
        }
        match &item.content {
            ItemContent::Article { body } => self.body(file, body),
            ItemContent::Slideshow { slides } => {
                if slides.is_empty() && !self.draft {
                    self.error(file, "slides", "a slideshow needs at least one slide");
                }
                for (i, slide) in slides.iter().enumerate() {
                    self.image(file, &format!("slides[{i}].image"), &slide.image);
                    self.not_blank(file, &format!("slides[{i}].heading"), &slide.heading);
                    if slide.text.iter().all(|t| t.trim().is_empty()) {
                        self.error(file, &format!("slides[{i}].text"), "must not be empty");
                    }
                }
            }
        }
    }
}
