//! Writes a parsed drawing back: only allowed elements and attributes, values checked,
//! whitespace between tags left out, every text escaped.

use roxmltree::{Document, Node, NodeType};

use crate::allowed::{AttributeRule, ElementRule, SVG_NAMESPACE, TEXT_ELEMENTS, attribute_rule, element_rule};
use crate::findings::Findings;
use crate::style::{self, OUTSIDE, Unsafe};
use crate::{DEPTH_LIMIT, Finding};

const OBSCURE: &str = "styles written with CSS escapes, comments or expressions are not published: write them plainly";
const UNUSED_STYLE: &str =
    "style properties that do not paint (editor settings such as -inkscape-font-specification) are not published";
const COMMENTS: &str = "comments and processing instructions are not published";

/// The cleaned SVG text, and what was left out.
pub fn write(document: &Document) -> Result<(String, Vec<Finding>), Finding> {
    let mut writer =
        Writer { document, out: String::with_capacity(document.input_text().len() / 2), findings: Findings::default() };
    writer.element(document.root_element(), 0)?;
    for node in document.root().children().filter(|n| matches!(n.node_type(), NodeType::Comment | NodeType::PI)) {
        writer.findings.note(writer.line(node.range().start), COMMENTS);
    }
    Ok((writer.out, writer.findings.into_vec()))
}

struct Writer<'a, 'input> {
    document: &'a Document<'input>,
    out: String,
    findings: Findings,
}

impl Writer<'_, '_> {
    fn line(&self, position: usize) -> usize {
        self.document.text_pos_at(position).row as usize
    }

    fn element(&mut self, node: Node, depth: usize) -> Result<(), Finding> {
        let line = self.line(node.range().start);
        if depth > DEPTH_LIMIT {
            return Err(Finding::refused(
                line,
                format!("the drawing nests its parts deeper than {DEPTH_LIMIT} levels: simplify it"),
            ));
        }
        let name = node.tag_name().name();
        match element_rule(node.tag_name().namespace(), name) {
            ElementRule::Keep => {}
            ElementRule::Refuse(why) => {
                self.findings.refuse(line, why.to_string());
                return Ok(());
            }
            ElementRule::Remove(why) => {
                self.findings.note(line, why);
                return Ok(());
            }
        }
        // A link is kept as the group it also is: its target goes (see `attributes`).
        let written = if name == "a" { "g" } else { name };
        self.out.push('<');
        self.out.push_str(written);
        if depth == 0 {
            self.out.push_str(&format!(" xmlns=\"{SVG_NAMESPACE}\""));
        }
        self.attributes(node, name);
        if name == "style" {
            self.out.push('>');
            self.style_sheet(node, line);
            return Ok(());
        }
        let mut children = String::new();
        std::mem::swap(&mut self.out, &mut children);
        for child in node.children() {
            match child.node_type() {
                NodeType::Element => self.element(child, depth + 1)?,
                NodeType::Text if TEXT_ELEMENTS.contains(&name) => {
                    escape_into(&mut self.out, child.text().unwrap_or_default(), false)
                }
                NodeType::Comment | NodeType::PI => self.findings.note(self.line(child.range().start), COMMENTS),
                _ => {}
            }
        }
        std::mem::swap(&mut self.out, &mut children);
        if children.is_empty() {
            self.out.push_str("/>");
        } else {
            self.out.push('>');
            self.out.push_str(&children);
            self.out.push_str(&format!("</{written}>"));
        }
        Ok(())
    }

    fn attributes(&mut self, node: Node, element: &str) {
        for attribute in node.attributes() {
            let line = self.line(attribute.range().start);
            let value = style::collapse(attribute.value());
            match attribute_rule(attribute.namespace(), attribute.name()) {
                AttributeRule::Keep(name) => match style::check_value(&value) {
                    Ok(()) => self.attribute(name, &value),
                    Err(Unsafe::Outside) => self.findings.refuse(line, OUTSIDE.to_string()),
                    Err(Unsafe::Obscure) => self.findings.note(line, OBSCURE),
                },
                AttributeRule::Link if style::is_fragment(&value) => {
                    // A link element's own target leads nowhere in a picture.
                    if element != "a" {
                        self.attribute("href", &value);
                    }
                }
                AttributeRule::Link => self.findings.refuse(line, OUTSIDE.to_string()),
                AttributeRule::Style => {
                    let (kept, problem, dropped) = style::clean_attribute(attribute.value());
                    self.style_problem(line, problem);
                    if dropped {
                        self.findings.note(line, UNUSED_STYLE);
                    }
                    if !kept.is_empty() {
                        self.attribute("style", &kept);
                    }
                }
                AttributeRule::Refuse(why) => self.findings.refuse(line, why.to_string()),
                AttributeRule::Remove(why) => self.findings.note(line, why),
                AttributeRule::Drop => {}
            }
        }
    }

    fn style_sheet(&mut self, node: Node, line: usize) {
        let text: String = node.children().filter_map(|child| child.text()).collect();
        let (sheet, problem) = style::clean_sheet(&text);
        self.style_problem(line, problem);
        escape_into(&mut self.out, &sheet, false);
        self.out.push_str("</style>");
    }

    fn style_problem(&mut self, line: usize, problem: Option<Unsafe>) {
        match problem {
            Some(Unsafe::Outside) => self.findings.refuse(line, OUTSIDE.to_string()),
            Some(Unsafe::Obscure) => self.findings.note(line, OBSCURE),
            None => {}
        }
    }

    fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value, true);
        self.out.push('"');
    }
}

/// `text` escaped for XML: `&`, `<`, `>` always, and `"` inside attribute values.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}
