//! The content model: the JSON files under `public/content/` deserialize into these types.
//!
//! `build.rs` includes this file too, so the build and the app read content the same way.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// Site-wide settings: `public/content/site.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The site's name, shown in the header and page titles.
    pub brand: String,
    /// One sentence under the brand on the home page.
    pub tagline: String,
    /// Meta description of the home page.
    pub description: String,
    /// The line naming who produced the content, shown on every article.
    pub source_line: String,
    /// The medical disclaimer, shown on every article and slideshow.
    pub disclaimer: Vec<String>,
    /// Center slugs in the order the home page lists them.
    pub centers: Vec<String>,
    /// Footer notice that the people named in bylines are fictional demo authors.
    pub demo_notice: String,
    /// Tiles of the site-wide "Today on {brand}" carousel.
    pub today_on: Vec<Tile>,
}

/// An image shipped under `public/`, with the size it is drawn at and its text alternative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Site-relative path, e.g. `/images/back-pain/spinal-manipulation.svg`.
    pub src: String,
    /// Intrinsic width in CSS pixels.
    pub width: u32,
    /// Intrinsic height in CSS pixels.
    pub height: u32,
    /// Text alternative; empty only for purely decorative images.
    pub alt: String,
}

/// One tile of a "Today on" carousel, linking to our own content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tile {
    /// Where the tile links: an item path such as `/back-pain/back-pain-myths`.
    pub to: String,
    /// The tile's caption.
    pub caption: String,
    /// The kind of content, e.g. "Slideshow" or "Article".
    pub label: String,
    /// The tile's picture.
    pub image: Image,
}

/// A health center: `public/content/{center}/_center.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Center {
    /// URL segment, e.g. `back-pain`.
    pub slug: String,
    /// Full name, e.g. "Back Pain Health Center".
    pub name: String,
    /// The topic alone, e.g. "Back Pain" (used in "Recommended related to Back Pain").
    pub topic: String,
    /// Meta description of the hub page.
    pub description: String,
    /// Introductory paragraphs of the hub page.
    pub intro: Vec<String>,
    /// Groups of items on the hub page, in order.
    pub sections: Vec<Section>,
    /// Extra "Today on" tiles shown first on this center's pages.
    #[serde(default)]
    pub today_on: Vec<Tile>,
}

/// A titled group of items on a hub page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section heading.
    pub heading: String,
    /// Slugs of this center's items, in display order.
    pub items: Vec<String>,
}

/// An article or slideshow: `public/content/{center}/{slug}.json`, fetched when its page opens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// The "Recommended related to {topic}" teaser.
    #[serde(default)]
    pub recommended: Option<Teaser>,
    /// Item paths listed under "Related information".
    #[serde(default)]
    pub related: Vec<String>,
    /// The kind-specific part: an article body or slides.
    #[serde(flatten)]
    pub content: ItemContent,
}

/// What makes an item an article or a slideshow; `"kind"` in JSON selects it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Byline {
    /// Who wrote it, e.g. "Health Center editorial team".
    pub author: String,
    /// Medical reviewers; at least a primary one.
    pub reviewers: Vec<Reviewer>,
}

/// A medical reviewer named in a byline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teaser {
    /// Path of the recommended item, e.g. `/back-pain/how-to-protect-your-back`.
    pub to: String,
    /// A short excerpt that makes the reader want to open it.
    pub excerpt: String,
}

/// One block of an article body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A subheading (rendered as `<h2>`).
    Heading {
        /// The heading text.
        text: String,
    },
    /// A paragraph of inline runs.
    Paragraph {
        /// The paragraph's runs.
        text: Vec<Inline>,
    },
    /// A bulleted list; each entry is a list of inline runs.
    BulletList {
        /// The list items.
        items: Vec<Vec<Inline>>,
    },
    /// A numbered list; each entry is a list of inline runs.
    NumberedList {
        /// The list items.
        items: Vec<Vec<Inline>>,
    },
    /// A highlighted box, e.g. when to get urgent help.
    Callout {
        /// Information or warning.
        tone: CalloutTone,
        /// The box heading.
        title: String,
        /// The box text.
        text: Vec<Inline>,
    },
}

/// How strongly a callout asks for attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalloutTone {
    /// Useful to know.
    Info,
    /// Act on it: e.g. symptoms that need urgent care.
    Warning,
}

/// A run of text inside a paragraph or list item.
///
/// In JSON a plain string is text; `{"em": …}`, `{"strong": …}` and `{"link": …, "to": …}`
/// mark emphasis, strong importance and links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Emphasis {
        /// The emphasised words.
        em: String,
    },
    /// Strongly important text.
    Strong {
        /// The important words.
        strong: String,
    },
    /// A link to one of our pages (a path starting with `/`).
    Link {
        /// The link text.
        link: String,
        /// The target path.
        to: String,
    },
}

/// One slide of a slideshow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    /// The slide's picture.
    pub image: Image,
    /// The slide heading.
    pub heading: String,
    /// The slide text, one paragraph per entry.
    pub text: Vec<String>,
}

/// What the app bundles about an item, enough for cards, links, titles and teasers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemSummary {
    /// URL segment.
    pub slug: String,
    /// Article or slideshow.
    pub kind: ItemKind,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The lead picture.
    pub image: Image,
}

impl From<&Item> for ItemSummary {
    fn from(item: &Item) -> ItemSummary {
        ItemSummary {
            slug: item.slug.clone(),
            kind: item.kind(),
            title: item.title.clone(),
            description: item.description.clone(),
            image: item.image.clone(),
        }
    }
}

/// A center with the summaries of all its items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CenterEntry {
    /// The center itself.
    pub center: Center,
    /// Summaries of the center's items, in file-name order.
    pub items: Vec<ItemSummary>,
}

/// Everything bundled into the app: the site and every center with item summaries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// Site-wide settings.
    pub site: Site,
    /// All health centers, in the order they appear on the home page.
    pub centers: Vec<CenterEntry>,
}
