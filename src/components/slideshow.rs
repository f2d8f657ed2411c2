//! A slideshow: one slide at a time, Previous/Next buttons, "Slide N of M", arrow keys.

use leptos::prelude::*;

use crate::components::picture::{Picture, Place};

use crate::content::model::Slide;

/// Which slide is shown, kept in bounds: plain logic, tested natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlidePosition {
    index: usize,
    count: usize,
}

impl SlidePosition {
    /// The first of `count` slides.
    pub fn first(count: usize) -> SlidePosition {
        SlidePosition { index: 0, count }
    }
    /// The next slide, staying on the last one.
    pub fn next(self) -> SlidePosition {
        SlidePosition { index: (self.index + 1).min(self.count.saturating_sub(1)), ..self }
    }
    /// The previous slide, staying on the first one.
    pub fn previous(self) -> SlidePosition {
        SlidePosition { index: self.index.saturating_sub(1), ..self }
    }
    /// Zero-based index of the shown slide.
    pub fn index(self) -> usize {
        self.index
    }
    /// Whether there is a slide before this one.
    pub fn has_previous(self) -> bool {
        self.index > 0
    }
    /// Whether there is a slide after this one.
    pub fn has_next(self) -> bool {
        self.index + 1 < self.count
    }
    /// "Slide N of M".
    pub fn status(self) -> String {
        format!("Slide {} of {}", self.index + 1, self.count)
    }
}

/// Shows `slides` one at a time; ←/→ move while focus is inside the slideshow.
#[component]
pub fn Slideshow(slides: Vec<Slide>, title: String) -> impl IntoView {
    let count = slides.len();
    let position = RwSignal::new(SlidePosition::first(count));
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" => {
            ev.prevent_default();
            position.update(|p| *p = p.next());
        }
        "ArrowLeft" => {
            ev.prevent_default();
            position.update(|p| *p = p.previous());
        }
        _ => {}
    };
    // Every slide is in the page, so that without JavaScript all of them can be read; with
    // it, the stylesheet shows the current one only (`@media (scripting: enabled)` in article.css).
    let slides = slides
        .into_iter()
        .enumerate()
        .map(|(index, slide)| {
            let paragraphs = slide.text.into_iter().map(|t| view! { <p>{t}</p> }).collect_view();
            view! {
                <figure class="slide" class:slide--current=move || position.get().index() == index>
                    <Picture image=slide.image place=Place::Slide first={index == 0}/>
                    <figcaption class="slide__text">
                        <h2 class="slide__heading">{slide.heading}</h2>
                        {paragraphs}
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <section class="slideshow" aria-roledescription="slideshow" aria-label=title on:keydown=on_key>
            <p class="slideshow__status" aria-live="polite">{move || position.get().status()}</p>
            <div class="slideshow__viewport">{slides}</div>
            <div class="slideshow__controls">
                // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
                <button type="button" class="button button--secondary"
                    aria-disabled=move || (!position.get().has_previous()).to_string()
                    on:click=move |_| position.update(|p| *p = p.previous())>
                    <span aria-hidden="true">"← "</span>"Previous"
                </button>
                <button type="button" class="button"
                    aria-disabled=move || (!position.get().has_next()).to_string()
                    on:click=move |_| position.update(|p| *p = p.next())>
                    "Next"<span aria-hidden="true">" →"</span>
                </button>
            </div>
            <p class="slideshow__hint">"Tip: with a keyboard, the left and right arrow keys also move between slides."</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_within_the_slides() {
        let start = SlidePosition::first(3);
        assert!(!start.has_previous() && start.has_next());
        assert_eq!(start.previous(), start);
        let last = start.next().next();
        assert_eq!(last.status(), "Slide 3 of 3");
        assert!(!last.has_next());
        assert_eq!(last.next(), last);
        assert_eq!(last.previous().status(), "Slide 2 of 3");
    }
}
