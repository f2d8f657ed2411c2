//! Reading preferences — text size, line spacing and colour theme — and how they are stored.

use super::text_size::TextSize;

/// Storage key of the text size (a percentage such as `"125"`).
pub const TEXT_SIZE_KEY: &str = "health-center.text-size";
/// Storage key of the spacing choice (`"wide"` or `"normal"`).
pub const SPACING_KEY: &str = "health-center.spacing";
/// Storage key of the theme choice (`"system"`, `"light"` or `"dark"`).
pub const THEME_KEY: &str = "health-center.theme";

/// The colour theme: the system's choice unless the reader overrides it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order the control lists them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and attribute value.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The reader-facing name.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Match my device",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// Reads a stored value; anything else is `System`.
    pub fn parse(stored: Option<&str>) -> Theme {
        Theme::ALL.into_iter().find(|t| Some(t.key()) == stored.map(str::trim)).unwrap_or_default()
    }
}

/// Everything a reader can set about how pages read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadingPrefs {
    /// Root text size.
    pub text_size: TextSize,
    /// Whether the WCAG 1.4.12 text spacing is on.
    pub wide_spacing: bool,
    /// Colour theme.
    pub theme: Theme,
}

impl ReadingPrefs {
    /// Builds preferences from whatever storage returned for each key (`None` when absent
    /// or unreadable); corrupt values fall back to defaults, one preference at a time.
    pub fn from_stored(text_size: Option<&str>, spacing: Option<&str>, theme: Option<&str>) -> ReadingPrefs {
        ReadingPrefs {
            text_size: TextSize::parse(text_size),
            wide_spacing: spacing.map(str::trim) == Some("wide"),
            theme: Theme::parse(theme),
        }
    }

    /// The values to store, as (key, value) pairs.
    pub fn to_stored(self) -> [(&'static str, String); 3] {
        [
            (TEXT_SIZE_KEY, self.text_size.percent().to_string()),
            (SPACING_KEY, if self.wide_spacing { "wide" } else { "normal" }.to_string()),
            (THEME_KEY, self.theme.key().to_string()),
        ]
    }

    /// The attributes set on `<html>`, which the stylesheets read.
    pub fn document_attributes(self) -> [(&'static str, String); 3] {
        [
            ("data-text-size", self.text_size.percent().to_string()),
            ("data-spacing", if self.wide_spacing { "wide" } else { "normal" }.to_string()),
            ("data-theme", self.theme.key().to_string()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_nothing_is_stored() {
        let prefs = ReadingPrefs::from_stored(None, None, None);
        assert_eq!(prefs, ReadingPrefs::default());
        assert_eq!(prefs.text_size.percent(), 100);
        assert!(!prefs.wide_spacing);
        assert_eq!(prefs.theme, Theme::System);
    }

    #[test]
    fn round_trips_through_storage() {
        let prefs = ReadingPrefs { text_size: TextSize::nearest(175), wide_spacing: true, theme: Theme::Dark };
        let stored = prefs.to_stored();
        let back = ReadingPrefs::from_stored(Some(&stored[0].1), Some(&stored[1].1), Some(&stored[2].1));
        assert_eq!(back, prefs);
    }

    #[test]
    fn one_corrupt_value_does_not_reset_the_others() {
        let prefs = ReadingPrefs::from_stored(Some("150"), Some("sideways"), Some("purple"));
        assert_eq!(prefs.text_size.percent(), 150);
        assert!(!prefs.wide_spacing);
        assert_eq!(prefs.theme, Theme::System);
    }

    #[test]
    fn document_attributes_name_every_preference() {
        let prefs = ReadingPrefs { text_size: TextSize::nearest(125), wide_spacing: false, theme: Theme::Light };
        let attributes = prefs.document_attributes();
        assert_eq!(attributes[0], ("data-text-size", "125".to_string()));
        assert_eq!(attributes[1], ("data-spacing", "normal".to_string()));
        assert_eq!(attributes[2], ("data-theme", "light".to_string()));
    }
}
