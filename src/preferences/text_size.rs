//! Text size steps: from 100 % to 200 %, clamped, parsed leniently from storage.

/// The text sizes offered, in percent of the reader's own browser font size.
pub const STEPS: [u16; 6] = [100, 112, 125, 150, 175, 200];

/// One of the [`STEPS`]; the default is 100 %.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextSize {
    step: usize,
}

impl TextSize {
    /// The size nearest to `percent` (values outside 100–200 are clamped).
    pub fn nearest(percent: u16) -> TextSize {
        let step = (0..STEPS.len()).min_by_key(|&i| STEPS[i].abs_diff(percent)).unwrap_or(0);
        TextSize { step }
    }

    /// Reads a stored value such as `"125"` (a fraction is cut off); anything unreadable
    /// gives the default. Whole numbers only: a float parser would cost ~4 KB of wasm.
    pub fn parse(stored: Option<&str>) -> TextSize {
        stored
            .and_then(|text| text.trim().trim_end_matches('%').split('.').next()?.parse::<i64>().ok())
            .map(|value| TextSize::nearest(value.clamp(0, 1000) as u16))
            .unwrap_or_default()
    }

    /// The size in percent, e.g. 125.
    pub fn percent(self) -> u16 {
        STEPS[self.step]
    }

    /// One step larger, staying at the largest.
    pub fn increased(self) -> TextSize {
        TextSize { step: (self.step + 1).min(STEPS.len() - 1) }
    }

    /// One step smaller, staying at the smallest.
    pub fn decreased(self) -> TextSize {
        TextSize { step: self.step.saturating_sub(1) }
    }

    /// Whether a larger step exists.
    pub fn can_increase(self) -> bool {
        self.step + 1 < STEPS.len()
    }

    /// Whether a smaller step exists.
    pub fn can_decrease(self) -> bool {
        self.step > 0
    }

    /// What the status line says, e.g. "Text size: 125%".
    pub fn status(self) -> String {
        format!("Text size: {}%", self.percent())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_go_from_100_to_200_and_stop_at_the_ends() {
        let mut size = TextSize::default();
        assert_eq!(size.percent(), 100);
        assert!(!size.can_decrease() && size.can_increase());
        assert_eq!(size.decreased(), size);
        let mut seen = vec![size.percent()];
        while size.can_increase() {
            size = size.increased();
            seen.push(size.percent());
        }
        assert_eq!(seen, STEPS);
        assert!(seen.len() >= 5);
        assert_eq!(size.increased().percent(), 200);
        assert_eq!(size.status(), "Text size: 200%");
    }

    #[test]
    fn stored_values_are_parsed_clamped_or_ignored() {
        assert_eq!(TextSize::parse(Some("125")).percent(), 125);
        assert_eq!(TextSize::parse(Some(" 150% ")).percent(), 150);
        assert_eq!(TextSize::parse(Some("130")).percent(), 125);
        assert_eq!(TextSize::parse(Some("999")).percent(), 200);
        assert_eq!(TextSize::parse(Some("-40")).percent(), 100);
        assert_eq!(TextSize::parse(Some("1e309")).percent(), 100);
        assert_eq!(TextSize::parse(Some("150.4")).percent(), 150);
        assert_eq!(TextSize::parse(Some("99999999999999999999")).percent(), 100);
        assert_eq!(TextSize::parse(Some("NaN")).percent(), 100);
        assert_eq!(TextSize::parse(Some("large")).percent(), 100);
        assert_eq!(TextSize::parse(Some("")).percent(), 100);
        assert_eq!(TextSize::parse(None).percent(), 100);
    }
}
