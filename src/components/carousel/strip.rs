//! Browser adapter for the carousel strip: measuring it and scrolling it to a tile.
//! Browser only, like every adapter: called from effects and event handlers.

use super::paging::StripMetrics;

/// Measures a strip of tiles (its children), or `None` before layout.
pub fn measure(strip: &web_sys::HtmlElement) -> Option<StripMetrics> {
    use wasm_bindgen::JsCast;
    let tiles = strip.children();
    let first = tiles.item(0)?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let stride = match tiles.item(1).and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(second) => f64::from(second.offset_left() - first.offset_left()),
        None => f64::from(first.offset_width()),
    };
    let viewport = f64::from(strip.client_width());
    Some(StripMetrics {
        stride,
        viewport,
        scroll_left: f64::from(strip.scroll_left()),
        max_scroll: f64::from(strip.scroll_width()) - viewport,
    })
}

/// Scrolls the strip so that tile `index` is the first one shown; smoothly unless the
/// reader asked for reduced motion.
pub fn scroll_to_tile(strip: &web_sys::HtmlElement, index: usize) {
    let Some(metrics) = measure(strip) else { return };
    let reduce_motion = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches());
    let options = web_sys::ScrollToOptions::new();
    options.set_left(metrics.stride * index as f64);
    options.set_behavior(if reduce_motion {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    strip.scroll_to_with_scroll_to_options(&options);
}
