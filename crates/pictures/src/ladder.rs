//! Which widths a picture is published at.

/// The widths (CSS pixels × density) a site publishes its photographs at unless `site.json`
/// says otherwise: from a card on a desktop (≈ 260 px at 1×) to an article's lead picture
/// on a 3× phone (358 px × 3 ≈ 1,074) or a 2× laptop (672 px × 2 = 1,344).
pub const DEFAULT_WIDTHS: [u32; 5] = [360, 540, 720, 1080, 1440];

/// The widths to write for a source `source_width` px wide: every width of `ladder` below
/// it, and the source's own width when the ladder goes beyond it (never upscaled), in
/// ascending order without repeats.
pub fn widths_for(ladder: &[u32], source_width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = ladder.iter().copied().filter(|&w| w > 0 && w < source_width).collect();
    if ladder.iter().any(|&w| w >= source_width) || widths.is_empty() {
        widths.push(source_width);
    }
    widths.sort_unstable();
    widths.dedup();
    widths
}

/// The height of a variant `width` px wide of a `source_width` × `source_height` picture.
pub fn height_for(width: u32, source_width: u32, source_height: u32) -> u32 {
    ((source_height as u64 * width as u64 + source_width as u64 / 2) / source_width as u64).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ladder_never_upscales() {
        assert_eq!(widths_for(&DEFAULT_WIDTHS, 4096), vec![360, 540, 720, 1080, 1440]);
        assert_eq!(widths_for(&DEFAULT_WIDTHS, 1440), vec![360, 540, 720, 1080, 1440]);
        assert_eq!(widths_for(&DEFAULT_WIDTHS, 1000), vec![360, 540, 720, 1000]);
        assert_eq!(widths_for(&DEFAULT_WIDTHS, 200), vec![200]);
        assert_eq!(widths_for(&[720, 360, 360], 3000), vec![360, 720]);
    }

    #[test]
    fn heights_keep_the_aspect_ratio() {
        assert_eq!(height_for(360, 3200, 1800), 203);
        assert_eq!(height_for(1440, 1440, 810), 810);
        assert_eq!(height_for(1, 4000, 10), 1);
    }
}
