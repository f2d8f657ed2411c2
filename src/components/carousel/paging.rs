//! Which tiles of the carousel are visible, what the buttons may do, and what the status
//! says: plain arithmetic on the strip's measurements, tested natively.

/// The strip's geometry as measured in the browser (CSS pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StripMetrics {
    /// Distance from one tile's left edge to the next one's (tile width plus gap).
    pub stride: f64,
    /// The strip's visible width.
    pub viewport: f64,
    /// How far the strip is scrolled.
    pub scroll_left: f64,
    /// How far the strip can be scrolled at most.
    pub max_scroll: f64,
}

/// The visible page of tiles: `per_page` tiles starting at `first`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    count: usize,
    per_page: usize,
    first: usize,
}

impl Paging {
    /// Before anything is measured: the first tile of `count`, one per page.
    pub fn initial(count: usize) -> Paging {
        Paging { count, per_page: 1, first: 0 }
    }

    /// The page that `metrics` show: as many whole tiles as fit, starting at the tile nearest
    /// the scroll position (the last page once the strip is scrolled to its end).
    // `!(stride > 0.0)` on purpose: a stride that is not a number counts as no stride.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    pub fn measure(count: usize, metrics: StripMetrics) -> Paging {
        if count == 0 || !(metrics.stride > 0.0) {
            return Paging::initial(count);
        }
        // A gap follows every tile but the last, so the viewport holds one more gap's worth.
        let fits = ((metrics.viewport + 1.0) / metrics.stride + 0.05).floor().max(1.0) as usize;
        let per_page = fits.min(count);
        let last_first = count - per_page;
        let first = if metrics.scroll_left >= metrics.max_scroll - 1.0 {
            last_first
        } else {
            ((metrics.scroll_left / metrics.stride).round().max(0.0) as usize).min(last_first)
        };
        Paging { count, per_page, first }
    }

    /// The same page size starting at `first` (clamped to the last page): where a button
    /// press is heading while the strip is still scrolling there.
    pub fn with_first(self, first: usize) -> Paging {
        Paging { first: first.min(self.count.saturating_sub(self.per_page)), ..self }
    }

    /// Index of the first visible tile.
    pub fn first(self) -> usize {
        self.first
    }

    /// How many tiles one page shows.
    pub fn per_page(self) -> usize {
        self.per_page
    }

    /// Whether `index` is on the visible page.
    pub fn is_visible(self, index: usize) -> bool {
        index >= self.first && index < self.first + self.per_page
    }

    /// Whether Previous can move.
    pub fn has_previous(self) -> bool {
        self.first > 0
    }

    /// Whether Next can move.
    pub fn has_next(self) -> bool {
        self.first + self.per_page < self.count
    }

    /// The first tile of the next page (one whole page on, never past the last page).
    pub fn next_first(self) -> usize {
        (self.first + self.per_page).min(self.count.saturating_sub(self.per_page))
    }

    /// The first tile of the previous page.
    pub fn previous_first(self) -> usize {
        self.first.saturating_sub(self.per_page)
    }

    /// The status line, e.g. "Showing 1–3 of 9" (or "Showing 4 of 9" for one tile a page).
    pub fn status(self) -> String {
        if self.count == 0 {
            return "No items".into();
        }
        let last = (self.first + self.per_page).min(self.count);
        if last - self.first == 1 {
            format!("Showing {} of {}", self.first + 1, self.count)
        } else {
            format!("Showing {}–{} of {}", self.first + 1, last, self.count)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Nine tiles 300 px wide with 16 px gaps in a strip `viewport` wide, scrolled to `scroll`.
    fn strip(viewport: f64, scroll: f64) -> Paging {
        let (count, stride) = (9, 316.0);
        let content = count as f64 * stride - 16.0;
        Paging::measure(
            count,
            StripMetrics { stride, viewport, scroll_left: scroll, max_scroll: (content - viewport).max(0.0) },
        )
    }

    #[test]
    fn one_tile_per_page_on_a_phone() {
        let paging = strip(300.0, 0.0);
        assert_eq!(paging.per_page(), 1);
        assert_eq!(paging.status(), "Showing 1 of 9");
        assert!(!paging.has_previous() && paging.has_next());
        assert_eq!(paging.next_first(), 1);
    }

    #[test]
    fn three_tiles_per_page_on_a_desktop() {
        let paging = strip(932.0, 0.0);
        assert_eq!(paging.per_page(), 3);
        assert_eq!(paging.status(), "Showing 1–3 of 9");
        assert!(paging.is_visible(2) && !paging.is_visible(3));
        assert_eq!(paging.next_first(), 3);
    }

    #[test]
    fn pages_follow_the_scroll_position() {
        let paging = strip(932.0, 3.0 * 316.0);
        assert_eq!(paging.first(), 3);
        assert_eq!(paging.status(), "Showing 4–6 of 9");
        assert!(paging.has_previous() && paging.has_next());
        assert_eq!(paging.previous_first(), 0);
        // Half-way between tiles rounds to the nearest.
        assert_eq!(strip(932.0, 1.6 * 316.0).first(), 2);
    }

    #[test]
    fn the_end_of_the_strip_is_the_last_page() {
        let max = 9.0 * 316.0 - 16.0 - 932.0;
        let paging = strip(932.0, max);
        assert_eq!(paging.first(), 6);
        assert_eq!(paging.status(), "Showing 7–9 of 9");
        assert!(!paging.has_next() && paging.has_previous());
        assert_eq!(paging.next_first(), 6);
    }

    #[test]
    fn next_never_passes_the_last_page() {
        // Eight tiles, three a page: pages start at 0, 3, then 5 (not 6).
        let stride = 316.0;
        let paging = Paging::measure(
            8,
            StripMetrics {
                stride,
                viewport: 932.0,
                scroll_left: 3.0 * stride,
                max_scroll: 8.0 * stride - 16.0 - 932.0,
            },
        );
        assert_eq!(paging.next_first(), 5);
    }

    #[test]
    fn rapid_presses_build_on_the_page_they_head_for() {
        let mut paging = strip(300.0, 0.0);
        for _ in 0..20 {
            paging = paging.with_first(paging.next_first());
        }
        assert_eq!(paging.status(), "Showing 9 of 9");
        assert_eq!(strip(932.0, 0.0).with_first(99).first(), 6);
    }

    #[test]
    fn nothing_measured_or_nothing_to_show() {
        assert_eq!(Paging::initial(9).status(), "Showing 1 of 9");
        let zero = StripMetrics { stride: 0.0, viewport: 0.0, scroll_left: 0.0, max_scroll: 0.0 };
        assert_eq!(Paging::measure(9, zero), Paging::initial(9));
        assert_eq!(Paging::measure(0, zero).status(), "No items");
        assert!(!Paging::initial(0).has_next());
        let wide = StripMetrics { stride: 316.0, viewport: 5000.0, scroll_left: 0.0, max_scroll: 0.0 };
        let all = Paging::measure(4, wide);
        assert_eq!(all.status(), "Showing 1–4 of 4");
        assert!(!all.has_next() && !all.has_previous());
    }
}
