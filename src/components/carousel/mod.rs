//! The "Today on {brand}" carousel of related content, after the WAI-ARIA Authoring
//! Practices carousel pattern: a labelled region, slides as labelled groups, Previous/Next
//! buttons that control the strip, a polite status, and no automatic rotation.
//! Touch and trackpad users scroll the strip natively (CSS scroll snapping).

mod paging;
mod strip;

pub use paging::{Paging, StripMetrics};

use leptos::html::Div;
use leptos::prelude::*;

use crate::boxed_effect::effect;
use crate::components::picture::{Picture, Place};
use crate::components::site_link::SiteLink;

use crate::content::model::Tile;

/// A strip of tiles with Previous/Next and "Showing N–M of T"; `heading` names the region.
/// `id` prefixes the ids of its heading and strip, so that two carousels on a page differ.
#[component]
pub fn Carousel(#[prop(into)] id: String, heading: String, tiles: Vec<Tile>) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let strip_id = format!("{id}-tiles");
    let (controls_previous, controls_next) = (strip_id.clone(), strip_id.clone());
    let count = tiles.len();
    let paging = RwSignal::new(Paging::initial(count));
    let strip_ref = NodeRef::<Div>::new();
    // Where a button press is scrolling to, with a number that tells presses apart. While the
    // strip glides there, scroll positions in between are not news; pressing again builds on
    // the target, so quick presses are never lost.
    let heading_for = StoredValue::new(None::<(usize, u64)>);
    let presses = StoredValue::new(0_u64);
    // Runs from animation frames, timers and scroll events, which may fire just after the
    // reader has navigated away: every access tolerates a disposed component.
    let remeasure = move || {
        let Some(strip) = strip_ref.try_get_untracked().flatten() else { return };
        let Some(metrics) = strip::measure(&strip) else { return };
        let measured = Paging::measure(count, metrics);
        if let Some((target, _)) = heading_for.try_get_value().flatten() {
            if measured.first() != target {
                return;
            }
            heading_for.try_set_value(None);
        }
        // Scroll events come every frame; only a new page is news.
        if paging.try_get_untracked().is_some_and(|current| current != measured) {
            paging.try_set(measured);
        }
    };
    // Measure once laid out, and again whenever the window (or text size) changes its width.
    effect(move || {
        if strip_ref.get().is_some() {
            request_animation_frame(remeasure);
            let listener = window_event_listener(leptos::ev::resize, move |_| remeasure());
            on_cleanup(move || listener.remove());
        }
    });
    let go_to = move |target: Paging| {
        let Some(strip) = strip_ref.get_untracked() else { return };
        presses.update_value(|n| *n += 1);
        let press = presses.get_value();
        heading_for.set_value(Some((target.first(), press)));
        paging.set(target);
        strip::scroll_to_tile(&strip, target.first());
        // If the scroll never lands exactly (or is interrupted by a swipe), trust the strip again.
        set_timeout(
            move || {
                if heading_for.try_get_value().flatten().is_some_and(|(_, p)| p == press) {
                    heading_for.try_set_value(None);
                    remeasure();
                }
            },
            std::time::Duration::from_millis(900),
        );
    };
    let tiles = tiles
        .into_iter()
        .enumerate()
        .map(|(index, tile)| {
            let name = tile.caption.clone();
            view! {
                <div class="carousel__tile" role="group" aria-roledescription="slide"
                    aria-label=name
                    class:carousel__tile--visible=move || paging.get().is_visible(index)>
                    <SiteLink to=tile.to class="carousel__link">
                        <Picture image=tile.image place=Place::Tile decorative=true/>
                        <span class="carousel__label">{tile.label}</span>
                        <span class="carousel__caption">{tile.caption}</span>
                    </SiteLink>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="carousel" aria-roledescription="carousel" aria-labelledby=labelled_by>
            <div class="carousel__top">
                <h2 id=heading_id class="carousel__heading">{heading}</h2>
                <div class="carousel__controls">
                    <button type="button" class="carousel__button" aria-controls=controls_previous
                        aria-disabled=move || (!paging.get().has_previous()).to_string()
                        on:click=move |_| { let p = paging.get_untracked(); if p.has_previous() { go_to(p.with_first(p.previous_first())) } }>
                        <span aria-hidden="true">"‹ "</span>"Previous"
                    </button>
                    <button type="button" class="carousel__button" aria-controls=controls_next
                        aria-disabled=move || (!paging.get().has_next()).to_string()
                        on:click=move |_| { let p = paging.get_untracked(); if p.has_next() { go_to(p.with_first(p.next_first())) } }>
                        "Next"<span aria-hidden="true">" ›"</span>
                    </button>
                </div>
            </div>
            <p class="carousel__status" aria-live="polite" aria-atomic="true">{move || paging.get().status()}</p>
            <div id=strip_id class="carousel__strip" node_ref=strip_ref on:scroll=move |_| remeasure()>
                {tiles}
            </div>
        </section>
    }
}
