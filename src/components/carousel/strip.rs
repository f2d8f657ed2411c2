//! Browser adapter for the carousel strip: measuring it and scrolling it to a tile.

use super::paging::StripMetrics;

/// Measures a strip of tiles (its children), or `None` outside a browser or before layout.
#[cfg(target_arch = "wasm32")]
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

/// Measures a strip of tiles (never possible outside a browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn measure<T>(_strip: &T) -> Option<StripMetrics> {
    None
}

/// Scrolls the strip so that tile `index` is the first one shown; smoothly unless the
/// reader asked for reduced motion.
#[cfg(target_arch = "wasm32")]
pub fn scroll_to_tile(strip: &web_sys::HtmlElement, index: usize) {
    let Some(metrics) = measure(strip) else { return };
    let reduce_motion = web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|query| query.matches());
    let options = web_sys::ScrollToOptions::new();
    options.set_left(metrics.stride * index as f64);
    options.set_behavior(if reduce_motion { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth });
    strip.scroll_to_with_scroll_to_options(&options);
}

/// Scrolls the strip to a tile (nothing to do outside a browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn scroll_to_tile<T>(_strip: &T, _index: usize) {}
