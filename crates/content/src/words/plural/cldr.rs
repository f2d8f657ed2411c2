//! CLDR's plural rules (`cldr/plurals.json`), compiled for whole numbers: the operands of a
//! number's fraction (`v`, `w`, `f`, `t`) and exponent (`c`, `e`) are 0 for a whole number,
//! so each relation on them is true or false once and for all and is folded away here.

#[cfg(test)]
use std::collections::BTreeMap;

use super::{Category, PluralRule, Relation};

/// CLDR's cardinal plural rules, by language.
const PLURALS: &str = include_str!("../../../cldr/plurals.json");

/// The rules of `language` (a BCP 47 tag: `es`, `es-MX`, `ar`), compiled for whole numbers;
/// `None` when CLDR has none for it or its primary language.
pub fn cldr_rules(language: &str) -> Option<Vec<PluralRule>> {
    let texts = rule_texts(language)?;
    Some(
        texts
            .iter()
            .filter_map(|(name, text)| {
                let category = Category::NAMES.iter().find(|(known, _)| known == name)?.1;
                (category != Category::Other).then(|| compile(category, text))
            })
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect(),
    )
}

/// The rule text of each category CLDR gives `language` (or its primary language).
fn rule_texts(language: &str) -> Option<Vec<(String, String)>> {
    let all: serde_json::Value = serde_json::from_str(PLURALS).ok()?;
    let languages = all.get("supplemental")?.get("plurals-type-cardinal")?.as_object()?;
    let primary = language.split(['-', '_']).next().unwrap_or(language);
    let rules = languages.get(language).or_else(|| languages.get(primary))?.as_object()?;
    Some(
        rules
            .iter()
            .filter_map(|(key, text)| {
                Some((key.strip_prefix("pluralRule-count-")?.to_string(), text.as_str()?.to_string()))
            })
            .collect(),
    )
}

/// One category's rule text compiled; `Some(None)` when it can never hold for a whole number.
fn compile(category: Category, text: &str) -> Option<Option<PluralRule>> {
    let condition = text.split('@').next().unwrap_or_default().trim();
    let mut when = Vec::new();
    for all in condition.split(" or ") {
        let mut relations = Vec::new();
        let mut possible = true;
        for relation in all.split(" and ") {
            match parse_relation(relation.trim())? {
                Folded::Always => {}
                Folded::Never => possible = false,
                Folded::Relation(relation) => relations.push(relation),
            }
        }
        if possible {
            when.push(relations);
        }
    }
    Some((!when.is_empty()).then_some(PluralRule { category, when }))
}

/// A relation, or its truth when it does not depend on a whole number's value.
enum Folded {
    Always,
    Never,
    Relation(Relation),
}

/// `i % 100 = 3..10,13` and the like.
fn parse_relation(text: &str) -> Option<Folded> {
    let (left, right, not) = match text.split_once("!=") {
        Some((left, right)) => (left, right, true),
        None => {
            let (left, right) = text.split_once('=')?;
            (left, right, false)
        }
    };
    let (operand, modulo) = match left.split_once('%') {
        Some((operand, modulo)) => (operand.trim(), modulo.trim().parse::<u32>().ok()?),
        None => (left.trim(), 0),
    };
    let mut ranges = Vec::new();
    for range in right.split(',') {
        let (low, high) = range.split_once("..").unwrap_or((range, range));
        ranges.push((low.trim().parse::<u32>().ok()?, high.trim().parse::<u32>().ok()?));
    }
    let relation = Relation { modulo, not, ranges };
    match operand {
        "n" | "i" => Some(Folded::Relation(relation)),
        "v" | "w" | "f" | "t" | "c" | "e" => Some(if relation.holds(0) { Folded::Always } else { Folded::Never }),
        _ => None,
    }
}

/// Every language CLDR has rules for, with each category's sample whole numbers (for tests).
#[cfg(test)]
fn samples() -> BTreeMap<String, Vec<(Category, Vec<u64>)>> {
    let all: serde_json::Value = serde_json::from_str(PLURALS).unwrap();
    let languages = all["supplemental"]["plurals-type-cardinal"].as_object().unwrap();
    let mut out = BTreeMap::new();
    for language in languages.keys() {
        let mut categories = Vec::new();
        for (name, text) in rule_texts(language).unwrap() {
            let category = Category::NAMES.iter().find(|(known, _)| *known == name).unwrap().1;
            let integers = text.split("@integer").nth(1).unwrap_or_default().split('@').next().unwrap_or_default();
            let mut numbers = Vec::new();
            for sample in integers.split(',').map(str::trim) {
                // `1c6` (a compact exponent) is not a whole number as the app writes one.
                if sample.is_empty() || sample == "…" || sample.contains('c') || sample.contains('e') {
                    continue;
                }
                let (low, high) = sample.split_once('~').unwrap_or((sample, sample));
                numbers.extend(low.parse::<u64>().unwrap()..=high.parse::<u64>().unwrap());
            }
            categories.push((category, numbers));
        }
        out.insert(language.clone(), categories);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{category, encode};
    use super::*;

    #[test]
    fn every_sample_number_of_every_language_takes_its_category() {
        let mut checked = 0;
        for (language, categories) in samples() {
            // As the browser reads them: encoded.
            let rules = encode(&cldr_rules(&language).unwrap_or_else(|| panic!("{language}: rules did not compile")));
            for (expected, numbers) in categories {
                for number in numbers {
                    assert_eq!(category(&rules, number), expected, "{language}: {number}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 5_000, "only {checked} samples");
    }

    #[test]
    fn arabic_has_six_forms_and_spanish_three() {
        let arabic = encode(&cldr_rules("ar").unwrap());
        let forms: Vec<_> = [0, 1, 2, 3, 11, 100].map(|n| category(&arabic, n)).into();
        assert_eq!(
            forms,
            [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other]
        );
        let spanish = encode(&cldr_rules("es-MX").expect("a regional tag falls back to its language"));
        assert_eq!(category(&spanish, 1), Category::One);
        assert_eq!(category(&spanish, 1_000_000), Category::Many);
        assert_eq!(category(&spanish, 2), Category::Other);
        let english = encode(&cldr_rules("en").unwrap());
        assert_eq!([0, 1, 2].map(|n| category(&english, n)), [Category::Other, Category::One, Category::Other]);
        assert!(cldr_rules("xx").is_none());
    }
}
