//! Calendar dates as content uses them: ISO `YYYY-MM-DD`, shown as "March 1, 2026".

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::json::{FromJson, Json, ShapeError};

/// A calendar date parsed from ISO `YYYY-MM-DD`; ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// Parses exactly `YYYY-MM-DD` and rejects impossible days such as `2026-02-30`.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date in the form YYYY-MM-DD");
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(bad());
        }
        let year: u16 = text[0..4].parse().map_err(|_| bad())?;
        let month: u8 = text[5..7].parse().map_err(|_| bad())?;
        let day: u8 = text[8..10].parse().map_err(|_| bad())?;
        if year < 1900 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{text}` is not a real calendar date"));
        }
        Ok(Date { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (used to learn today's date from the clock).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// The same day `months` months later; a day the later month lacks becomes its last
    /// (August 31 + 6 months = February 28 or 29).
    pub fn add_months(&self, months: u16) -> Date {
        let index = self.year as u32 * 12 + (self.month as u32 - 1) + months as u32;
        let (year, month) = ((index / 12) as u16, (index % 12 + 1) as u8);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, from 1 (January) to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Today's date in UTC according to the system clock (native builds and tests only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// The date for readers, e.g. "March 1, 2026".
    pub fn long(&self) -> String {
        format!("{} {}, {}", MONTHS[usize::from(self.month - 1)], self.day, self.year)
    }
}

// `%` rather than `is_multiple_of`: the same answer, 150 bytes less wasm brotli (measured).
#[allow(clippy::manual_is_multiple_of)]
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO form, as in content files and `<time datetime>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Date, String> {
        Date::parse(&text)
    }
}

// Read by hand, not derived: the browser's reader names the fault in its own words.
impl FromJson for Date {
    fn from_json(json: Json) -> Result<Date, ShapeError> {
        Date::parse(&String::from_json(json)?).map_err(|_| ShapeError::new("is not a date (YYYY-MM-DD)"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_added_keeping_the_day_where_the_month_has_it() {
        let date = |text: &str| Date::parse(text).expect("a date");
        assert_eq!(date("2026-05-18").add_months(24), date("2028-05-18"));
        assert_eq!(date("2026-11-30").add_months(3), date("2027-02-28"));
        assert_eq!(date("2027-08-31").add_months(6), date("2028-02-29"));
        assert_eq!(date("2026-12-01").add_months(1), date("2027-01-01"));
    }

    #[test]
    fn parses_and_formats_iso_dates() {
        let date = Date::parse("2026-03-01").unwrap();
        assert_eq!(date.to_string(), "2026-03-01");
        assert_eq!(date.long(), "March 1, 2026");
    }

    #[test]
    fn rejects_wrong_shapes_and_impossible_days() {
        for text in ["2026-3-01", "01/03/2026", "2026-02-30", "2026-13-01", "2026-00-10", "", "2026-03-01T00"] {
            assert!(Date::parse(text).is_err(), "{text} should be rejected");
        }
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2025-02-29").is_err());
    }

    #[test]
    fn converts_days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(20_513).to_string(), "2026-03-01");
    }
}
