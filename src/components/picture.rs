//! A picture in its place: the variant the reader's screen needs, its box held open so nothing
//! shifts, and a blurred preview in that box until it arrives.

use leptos::prelude::*;

use crate::content::model::Image;
use crate::paths;

/// Where a picture is shown. Each place knows its class and its `sizes`: how wide it is drawn
/// at each breakpoint of the stylesheets (layout.css: `main` is at most 70rem with 1rem of
/// padding; article.css: the reading column is 42rem; item-card.css and carousel.css: the
/// card grid's and the carousel's columns), so the browser picks the variant it needs before
/// the layout is known. `em`/`rem` in `sizes` are the browser's default 16 px, as in media
/// queries; at a larger text size the columns are wider, and a larger variant is chosen only
/// where the reader's zoom, not our text-size control, grew them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// An article's picture, at the top of its page: the reading column.
    Lead,
    /// A slide of a slideshow: the reading column.
    Slide,
    /// A card on a hub or the Saved page: 1 to 4 columns.
    Card,
    /// A "Today on" tile: 1 to 4 tiles a page of the strip.
    Tile,
}

impl Place {
    fn image_class(self) -> &'static str {
        match self {
            Place::Lead => "item__image",
            Place::Slide => "slide__image",
            Place::Card => "card__image",
            Place::Tile => "carousel__image",
        }
    }

    fn frame_class(self) -> &'static str {
        match self {
            Place::Lead => "picture picture--lead",
            Place::Slide => "picture picture--slide",
            Place::Card => "picture picture--card",
            Place::Tile => "picture picture--tile",
        }
    }

    /// The `sizes` attribute: the picture's drawn width by viewport width.
    pub fn sizes(self) -> &'static str {
        match self {
            Place::Lead | Place::Slide => "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
            Place::Card => {
                "(min-width: 69.75rem) 16.1rem, (min-width: 52.5rem) calc(33.4vw - 1.5rem), (min-width: 35.25rem) calc(50vw - 1.625rem), calc(100vw - 2rem)"
            }
            Place::Tile => {
                "(min-width: 72rem) 16.2rem, (min-width: 56rem) calc(33.4vw - 1.5rem), (min-width: 36rem) calc(50vw - 1.75rem), calc(100vw - 2.5rem)"
            }
        }
    }
}

/// The picture `image` in `place`. `first` marks the page's largest picture above the fold
/// (its likely Largest Contentful Paint): fetched at once and first; every other is lazy.
/// `decorative` leaves the text alternative out (a card's title already says what it shows).
#[component]
pub fn Picture(
    image: Image,
    place: Place,
    #[prop(optional)] first: bool,
    #[prop(optional)] decorative: bool,
) -> impl IntoView {
    let Image { src, width, height, alt, srcset, preview } = image;
    // Every picture has a preview (a drawing's is rendered by the site build as a
    // photograph's is) and a `srcset` (a drawing's one file): one markup for both kinds.
    view! {
        <span class=place.frame_class()>
            <img class="picture__preview" src=preview alt="" aria-hidden="true"/>
            <img class=place.image_class() src=paths::href(&src) srcset=srcset.map(|s| paths::href_srcset(&s))
                sizes=place.sizes() width=width height=height alt=if decorative { String::new() } else { alt }
                loading=if first { "eager" } else { "lazy" } fetchpriority=if first { "high" } else { "auto" } decoding="async"/>
        </span>
    }
}
