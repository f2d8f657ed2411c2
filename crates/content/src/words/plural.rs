//! Which plural form a whole number takes in a language, by CLDR's rules (categories zero,
//! one, two, few, many, other). The site build compiles the language's rules from CLDR's
//! text ([`cldr_rules`]) and writes them as a short list of numbers ([`encode`]); the
//! browser walks that list ([`category`]), so the wasm holds no plural library and no reader
//! for a nested shape.

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

    fn from_number(number: u32) -> Category {
        Category::NAMES.get(number as usize).map_or(Category::Other, |(_, category)| *category)
    }
}

/// A language's rules as the browser reads them ([`encode`]d).
pub type PluralRules = Vec<u32>;

/// One category's rule: it holds when every relation of any one of the lists holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PluralRule {
    /// The category.
    pub category: Category,
    /// Lists of relations, any one of which must hold in full (an empty list always holds).
    pub when: Vec<Vec<Relation>>,
}

/// `n % modulo = ranges` (or `!=`), on a whole number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    /// The divisor the number is taken modulo first (0: the number itself).
    pub modulo: u32,
    /// Whether the relation is `!=` (the number is in none of the ranges).
    pub not: bool,
    /// The ranges, as pairs of first and last values.
    pub ranges: Vec<(u32, u32)>,
}

impl Relation {
    /// `n % modulo` within `ranges`.
    pub fn is(modulo: u32, ranges: &[(u32, u32)]) -> Relation {
        Relation { modulo, not: false, ranges: ranges.to_vec() }
    }

    /// Whether it holds for `number`.
    pub fn holds(&self, number: u64) -> bool {
        let value = if self.modulo == 0 { number } else { number % u64::from(self.modulo) };
        self.ranges.iter().any(|&(low, high)| (u64::from(low)..=u64::from(high)).contains(&value)) != self.not
    }
}

/// The rules as a list of numbers: for each rule its category and how many lists of
/// relations it has; for each list how many relations; for each relation its modulo, 1 for
/// `!=` (else 0), how many ranges, and each range's first and last value.
pub fn encode(rules: &[PluralRule]) -> PluralRules {
    let mut out = Vec::new();
    for rule in rules {
        out.extend([rule.category as u32, rule.when.len() as u32]);
        for all in &rule.when {
            out.push(all.len() as u32);
            for relation in all {
                out.extend([relation.modulo, u32::from(relation.not), relation.ranges.len() as u32]);
                out.extend(relation.ranges.iter().flat_map(|&(low, high)| [low, high]));
            }
        }
    }
    out
}

/// The category of the whole number `number` under `encoded` rules (see [`encode`]); a
/// damaged list gives `other`.
pub fn category(encoded: &[u32], number: u64) -> Category {
    let mut numbers = encoded.iter().copied();
    let mut next = move || numbers.next();
    while let (Some(category), Some(lists)) = (next(), next()) {
        let mut holds = false;
        for _ in 0..lists {
            let Some(relations) = next() else { return Category::Other };
            let mut all = true;
            for _ in 0..relations {
                let (Some(modulo), Some(not), Some(ranges)) = (next(), next(), next()) else { return Category::Other };
                let value = if modulo == 0 { number } else { number % u64::from(modulo) };
                let mut within = false;
                for _ in 0..ranges {
                    let (Some(low), Some(high)) = (next(), next()) else { return Category::Other };
                    within |= (u64::from(low)..=u64::from(high)).contains(&value);
                }
                all &= within != (not == 1);
            }
            holds |= all;
        }
        if holds {
            return Category::from_number(category);
        }
    }
    Category::Other
}

#[cfg(feature = "build")]
pub use cldr::cldr_rules;

#[cfg(feature = "build")]
mod cldr;
