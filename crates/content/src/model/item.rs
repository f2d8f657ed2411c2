//! Articles and slideshows: metadata, byline, teaser, slides.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

use super::body::Block;
use super::image::Image;
use super::inline::Inline;
use crate::date::Date;

/// An article or slideshow. Writers author it as `{center}/{slug}.md` in the content
/// folder (see `source::markdown` for that shape); the browser reads it inside the item's
/// data file (see [`crate::data::ItemData`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Item {
    /// URL segment, equal to the file name.
    pub slug: String,
    /// The title, the page's `<h1>`.
    pub title: String,
    /// Meta description and card text.
    pub description: String,
    /// The short answer, shown under the title.
    pub summary: String,
    /// The lead picture, also used on cards.
    pub image: Image,
    /// Who wrote and reviewed it.
    pub byline: Byline,
    /// When the medical content was last revised.
    pub last_revised: Date,
    /// When the page was last updated (may be later than the revision).
    pub last_updated: Date,
    /// The months until its next review, where it differs from the site's. Authored only: the
    /// data file carries the date it gives ([`crate::data::ItemData::next_review`]).
    #[serde(skip)]
    pub review_interval_months: Option<u16>,
    /// "Key points": three to five short sentences shown at the top of an article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_points: Vec<String>,
    /// The "Recommended related to {topic}" teaser.
    pub recommended: Option<Teaser>,
    /// Item paths listed under "Related information".
    pub related: Vec<String>,
    /// The evidence the item rests on, listed under "Sources". Authored only: the data file
    /// carries them as ready citations ([`crate::data::ItemData::sources`]), which the browser
    /// shows with the inline runs it already reads (a second shape to parse costs the wasm 5 KB).
    #[serde(skip)]
    pub sources: Vec<Source>,
    /// The kind-specific part: an article body or slides.
    pub content: ItemContent,
}

/// What makes an item an article or a slideshow. In data files it is externally tagged
/// (`{"article": {"body": …}}`), which serde reads without buffering.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub enum ItemContent {
    /// A structured article body.
    Article {
        /// The body, block by block.
        body: Vec<Block>,
    },
    /// A sequence of slides shown one at a time.
    Slideshow {
        /// The slides, in order.
        slides: Vec<Slide>,
    },
}

/// The two kinds of item, for cards and labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A text article.
    Article,
    /// A slideshow.
    Slideshow,
}

impl ItemKind {
    /// The reader-facing label, e.g. on cards.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Article => "Article",
            ItemKind::Slideshow => "Slideshow",
        }
    }

    /// The noun used in button names such as "Save article".
    pub fn noun(self) -> &'static str {
        match self {
            ItemKind::Article => "article",
            ItemKind::Slideshow => "slideshow",
        }
    }
}

impl Item {
    /// Whether this item is an article or a slideshow.
    pub fn kind(&self) -> ItemKind {
        match self.content {
            ItemContent::Article { .. } => ItemKind::Article,
            ItemContent::Slideshow { .. } => ItemKind::Slideshow,
        }
    }
}

/// The author and medical reviewers of an item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Byline {
    /// Who wrote it, e.g. "Health Center editorial team".
    pub author: String,
    /// Medical reviewers; at least a primary one.
    pub reviewers: Vec<Reviewer>,
}

/// A medical reviewer named in a byline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Reviewer {
    /// Primary or specialist reviewer.
    pub role: ReviewerRole,
    /// The reviewer's name.
    pub name: String,
    /// Professional credential, e.g. "MD" or "DPT".
    pub credential: String,
    /// Area of practice, e.g. "Family Medicine".
    pub specialty: String,
}

/// The role a reviewer played.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[serde(rename_all = "snake_case")]
pub enum ReviewerRole {
    /// "Primary medical reviewer".
    Primary,
    /// "Specialist medical reviewer".
    Specialist,
}

impl ReviewerRole {
    /// The visible label in the byline.
    pub fn label(self) -> &'static str {
        match self {
            ReviewerRole::Primary => "Primary medical reviewer",
            ReviewerRole::Specialist => "Specialist medical reviewer",
        }
    }
}

/// A recommended-article teaser inside an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Teaser {
    /// Path of the recommended item, e.g. `/back-pain/how-to-protect-your-back`.
    pub to: String,
    /// A short excerpt that makes the reader want to open it.
    pub excerpt: String,
}

/// A published source an item rests on: a guideline, a national health service page, a paper.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its title, as the publisher gives it.
    pub title: String,
    /// Who published it, e.g. "NHS" or "National Institute for Health and Care Excellence".
    pub publisher: String,
    /// The year it was published or last revised; none for pages that carry no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Where to read it (`https://`).
    pub url: String,
}

impl Source {
    /// The source as a reader sees it: its title linking to it, then who published it and when
    /// ("Sciatica. NHS." or "Low back pain … . NICE, 2020.").
    pub fn citation(&self) -> Vec<Inline> {
        let published = match self.year {
            Some(year) => format!(". {}, {year}.", self.publisher),
            None => format!(". {}.", self.publisher),
        };
        vec![Inline::Link { link: self.title.clone(), to: self.url.clone() }, Inline::Text(published)]
    }
}

/// One slide of a slideshow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Slide {
    /// The slide's picture.
    pub image: Image,
    /// The slide heading.
    pub heading: String,
    /// The slide text, one paragraph per entry.
    pub text: Vec<String>,
}
