//! CSS in a drawing: `style` attributes and `<style>` sheets, rebuilt from their parsed
//! declarations so that only allowed properties with safe values are written back. A value
//! may refer to a part of the same drawing (`url(#shadow)`), never to another file or site.

use crate::allowed::is_style_property;

/// Why a value is not written back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsafe {
    /// It refers to another file or site: the drawing is refused.
    Outside,
    /// It hides its meaning (CSS escapes, comments, old IE expressions): left out.
    Obscure,
}

/// The message for a value that refers outside the drawing.
pub const OUTSIDE: &str = "a reference to another file or site (href, url(…) or @import): a published drawing may refer only to its own parts (#id); embed what it needs or leave it out";

/// Checks a property value: `Ok` when it may be written back as it is.
pub fn check_value(value: &str) -> Result<(), Unsafe> {
    let lower = value.to_ascii_lowercase();
    if lower.contains('\\') || lower.contains("/*") || lower.contains("expression(") {
        return Err(Unsafe::Obscure);
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("url(") {
        let inside = &rest[at + 4..];
        let end = inside.find(')').ok_or(Unsafe::Obscure)?;
        let target = inside[..end].trim().trim_matches(['"', '\'']);
        if !is_fragment(target) {
            return Err(Unsafe::Outside);
        }
        rest = &inside[end..];
    }
    if lower.contains("javascript:") || lower.contains("data:") || lower.contains("http:") || lower.contains("https:") {
        return Err(Unsafe::Outside);
    }
    Ok(())
}

/// Whether a link names a part of the same drawing: `#` and an id.
pub fn is_fragment(target: &str) -> bool {
    target.strip_prefix('#').is_some_and(|id| !id.is_empty() && !id.contains(|c: char| c.is_whitespace() || c == '#'))
}

/// The declarations of a `style` attribute or a rule, cleaned: `name:value` pairs joined by
/// `;`, and the worst problem met.
pub fn clean_declarations<'a>(
    declarations: impl Iterator<Item = simplecss::Declaration<'a>>,
) -> (String, Option<Unsafe>, bool) {
    let mut kept = Vec::new();
    let mut worst = None;
    let mut dropped = false;
    for declaration in declarations {
        let name = declaration.name.trim().to_ascii_lowercase();
        let value = collapse(declaration.value);
        if !is_style_property(&name) {
            dropped = true;
            continue;
        }
        match check_value(&value) {
            Ok(()) => kept.push(format!("{name}:{value}{}", if declaration.important { "!important" } else { "" })),
            Err(problem) => {
                if worst != Some(Unsafe::Outside) {
                    worst = Some(problem);
                }
            }
        }
    }
    (kept.join(";"), worst, dropped)
}

/// A `style` attribute, cleaned.
pub fn clean_attribute(text: &str) -> (String, Option<Unsafe>, bool) {
    clean_declarations(simplecss::DeclarationTokenizer::from(text))
}

/// A `<style>` sheet, cleaned: its rules in their order, each selector rebuilt from its
/// tokens and each declaration checked; every at-rule is left out (an `@import` refuses the
/// drawing), and so is a rule whose selector cannot be read.
pub fn clean_sheet(text: &str) -> (String, Option<Unsafe>) {
    let mut worst = text.to_ascii_lowercase().contains("@import").then_some(Unsafe::Outside);
    let mut out = String::new();
    for (selector, body) in rules(&without_comments(text)) {
        let (declarations, problem, _) = clean_declarations(simplecss::DeclarationTokenizer::from(body.as_str()));
        if problem.is_some() && worst != Some(Unsafe::Outside) {
            worst = problem;
        }
        if let Some(selector) = selector_list(&selector)
            && !declarations.is_empty()
        {
            out.push_str(&format!("{selector}{{{declarations}}}"));
        }
    }
    (out, worst)
}

fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = rest[at + 2..].find("*/").map_or("", |end| &rest[at + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The style rules of a sheet as (selector, declarations) texts; at-rules skipped whole.
fn rules(text: &str) -> Vec<(String, String)> {
    let mut rules = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let Some(open) = rest.find(['{', ';']) else { break };
        let prelude = rest[..open].trim();
        if rest.as_bytes()[open] == b';' {
            rest = rest[open + 1..].trim_start();
            continue;
        }
        let body_start = open + 1;
        let mut depth = 1;
        let mut end = rest.len();
        for (i, c) in rest[body_start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = body_start + i;
                break;
            }
        }
        if !prelude.starts_with('@') && !rest[body_start..end].contains('{') {
            rules.push((prelude.to_string(), rest[body_start..end].to_string()));
        }
        rest = rest.get(end + 1..).unwrap_or("").trim_start();
    }
    rules
}

/// A selector list rebuilt from its tokens (so nothing but a selector is written), or `None`
/// when a part of it cannot be read.
fn selector_list(text: &str) -> Option<String> {
    use simplecss::{AttributeOperator as Op, SelectorToken as T};
    let mut out = Vec::new();
    for selector in text.split(',') {
        let mut written = String::new();
        for token in simplecss::SelectorTokenizer::from(selector.trim()) {
            match token.ok()? {
                T::UniversalSelector => written.push('*'),
                T::TypeSelector(name) => written.push_str(name),
                T::ClassSelector(name) => written.push_str(&format!(".{name}")),
                T::IdSelector(name) => written.push_str(&format!("#{name}")),
                T::AttributeSelector(name, operator) => {
                    let (sign, value) = match operator {
                        Op::Exists => ("", None),
                        Op::Matches(value) => ("=", Some(value)),
                        Op::Contains(value) => ("~=", Some(value)),
                        Op::StartsWith(value) => ("|=", Some(value)),
                    };
                    match value {
                        None => written.push_str(&format!("[{name}]")),
                        Some(value) if value.contains(['"', '\\']) => return None,
                        Some(value) => written.push_str(&format!("[{name}{sign}\"{value}\"]")),
                    }
                }
                T::PseudoClass(name) => written.push_str(&format!(":{name}")),
                T::LangPseudoClass(language) => written.push_str(&format!(":lang({language})")),
                T::DescendantCombinator => written.push(' '),
                T::ChildCombinator => written.push('>'),
                T::AdjacentCombinator => written.push('+'),
            }
        }
        if written.is_empty() || written.contains(['{', '}', '<', '\\', ';']) {
            return None;
        }
        out.push(written);
    }
    Some(out.join(","))
}

/// Runs of whitespace (line breaks in long paths and lists) as one space.
pub fn collapse(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fragments_may_be_referred_to() {
        assert_eq!(check_value("url(#grad)"), Ok(()));
        assert_eq!(check_value("url( '#grad' ) red"), Ok(()));
        assert_eq!(check_value("url(https://tracker.example/p.svg#x)"), Err(Unsafe::Outside));
        assert_eq!(check_value("url(other.svg#x)"), Err(Unsafe::Outside));
        assert_eq!(check_value("URL(data:image/png;base64,AA)"), Err(Unsafe::Outside));
        assert_eq!(check_value("u\\72l(x)"), Err(Unsafe::Obscure));
        assert_eq!(check_value("url(#a"), Err(Unsafe::Obscure));
    }

    #[test]
    fn style_attributes_keep_painting_only() {
        let (kept, worst, dropped) =
            clean_attribute("fill:#fff; -inkscape-font-specification:Sans ; stroke : url(#g);behavior:url(x.htc)");
        assert_eq!(kept, "fill:#fff;stroke:url(#g)");
        assert_eq!(worst, None);
        assert!(dropped);
        let (_, worst, _) = clean_attribute("fill:url(https://tracker.example/a)");
        assert_eq!(worst, Some(Unsafe::Outside));
    }

    #[test]
    fn sheets_lose_their_at_rules() {
        let (out, worst) = clean_sheet(
            "@import url(https://x.example/a.css); .a { fill: red } @font-face { src: url(f.woff) } #b>c { stroke: blue; cursor: url(c.cur) }",
        );
        assert_eq!(worst, Some(Unsafe::Outside));
        assert!(!out.contains('@') && !out.contains("cursor"), "{out}");
        assert_eq!(out, ".a{fill:red}#b>c{stroke:blue}");
        let (out, _) =
            clean_sheet("/* } */ @media print { .a { fill: red } } g.b, #c:first-child rect { fill : url(#p) } ");
        assert_eq!(out, "g.b,#c:first-child rect{fill:url(#p)}");
    }
}
