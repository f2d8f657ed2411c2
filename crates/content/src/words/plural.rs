//! Which plural form a whole number takes in a language, by CLDR's rules (categories zero,
//! one, two, few, many, other). The site build compiles the language's rules from CLDR's
//! text into a few numbers ([`cldr_rules`]); the browser only tests them.

use serde::{Deserialize, Serialize};

use crate::json::FromJson;

/// A plural category, numbered as a plural message lists its forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`: every number no rule claims.
    Other,
}

impl Category {
    /// Every category, by CLDR name, in their order.
    pub const NAMES: [(&'static str, Category); 6] = [
        ("zero", Category::Zero),
        ("one", Category::One),
        ("two", Category::Two),
        ("few", Category::Few),
        ("many", Category::Many),
        ("other", Category::Other),
    ];

    fn from_number(number: u16) -> Category {
        Category::NAMES.get(usize::from(number)).map_or(Category::Other, |(_, category)| *category)
    }
}

/// A language's rules, tried in order; a number none claims is `other`.
pub type PluralRules = Vec<PluralRule>;

/// One category's rule: it holds when every relation of any one of the lists holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct PluralRule {
    /// The category ([`Category`] as a number).
    pub category: u16,
    /// Lists of relations, any one of which must hold in full (an empty list always holds).
    pub when: Vec<Vec<Relation>>,
}

/// `n % modulo = ranges` (or `!=`), on a whole number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, FromJson)]
#[cfg_attr(feature = "build", serde(deny_unknown_fields))]
pub struct Relation {
    /// The divisor the number is taken modulo first (0: the number itself).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub modulo: u32,
    /// Whether the relation is `!=` (the number is in none of the ranges).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not: bool,
    /// The ranges, as pairs of first and last values.
    pub ranges: Vec<u32>,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

impl Relation {
    /// `n % modulo` within `ranges`.
    pub fn is(modulo: u32, ranges: &[(u32, u32)]) -> Relation {
        Relation { modulo, not: false, ranges: ranges.iter().flat_map(|&(low, high)| [low, high]).collect() }
    }

    fn holds(&self, number: u64) -> bool {
        let value = if self.modulo == 0 { number } else { number % u64::from(self.modulo) };
        let within = self.ranges.chunks(2).any(|range| match range {
            [low, high] => (u64::from(*low)..=u64::from(*high)).contains(&value),
            _ => false,
        });
        within != self.not
    }
}

/// The category of the whole number `number` under `rules`.
pub fn category(rules: &[PluralRule], number: u64) -> Category {
    rules
        .iter()
        .find(|rule| rule.when.iter().any(|all| all.iter().all(|relation| relation.holds(number))))
        .map_or(Category::Other, |rule| Category::from_number(rule.category))
}

/// [`category`] as a method of the rules.
pub trait Categorize {
    /// The category of `number`.
    fn category(&self, number: u64) -> Category;
}

impl Categorize for PluralRules {
    fn category(&self, number: u64) -> Category {
        category(self, number)
    }
}

#[cfg(feature = "build")]
pub use cldr::cldr_rules;

#[cfg(feature = "build")]
mod cldr;
