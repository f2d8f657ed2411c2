//! One pass of an HTML tokenizer (lol_html) over the shell: where each mark is, which bytes are
//! comments (left out of the pages), the `lang` and theme colour, and every problem, each at
//! its byte offset.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use lol_html::html_content::{Comment, Element, TextChunk};
use lol_html::{HtmlRewriter, Settings, doc_comments, doc_text, element};

use super::marks::{MARK_ATTRIBUTE, Mark};
use super::rules::refusals;

/// A marked element's start tag, as the shell writes it less its mark.
#[derive(Clone, Debug, PartialEq)]
pub struct StartTag {
    /// The element's name, lower case.
    pub name: String,
    /// Its other attributes, in order: names lower case, values as written.
    pub attributes: Vec<(String, String)>,
}

/// A place where the page differs from the shell's bytes.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// A comment, left out (with its line, when it stands alone on one).
    Comment,
    /// A marked element: its start tag (or, for [`Mark::replaces_element`], the whole element;
    /// for the page's `<body>`, the start tag and the empty content).
    Marked(Mark, StartTag),
}

/// What the scan found.
#[derive(Default)]
pub struct Scan {
    /// The shell's pieces, each with the bytes it stands for, in order.
    pub pieces: Vec<(Range<usize>, Piece)>,
    /// Where each mark's element starts.
    pub marks: HashMap<Mark, usize>,
    /// `<html lang>`, if given.
    pub lang: Option<String>,
    /// The first `<meta name="theme-color">`'s `content`, if given.
    pub theme_color: Option<String>,
    /// Where `<html>`, `</head>` and `<body>` are, for messages about a missing mark.
    pub html_at: Option<usize>,
    pub head_end_at: Option<usize>,
    pub body_at: Option<usize>,
    /// Problems, each at the byte offset it is about.
    pub problems: Vec<(usize, String)>,
    /// The marked element whose content is the build's, while the scan is inside it.
    inside: Option<(Mark, usize)>,
    /// Where each line of the source starts.
    pub lines: Lines,
}

/// Turns byte offsets into line numbers.
#[derive(Default)]
pub struct Lines(Vec<usize>);

impl Lines {
    /// The lines of `source`.
    pub fn of(source: &str) -> Lines {
        Lines(std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    /// The line (from 1) that byte `offset` is on.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset).max(1)
    }
}

/// Scans `source`.
pub fn scan(source: &str) -> Scan {
    let state = Rc::new(RefCell::new(Scan { lines: Lines::of(source), ..Scan::default() }));
    let (on_element, on_text, on_comment) = (state.clone(), state.clone(), state.clone());
    let settings = Settings {
        element_content_handlers: vec![element!("*", move |el| {
            element_found(&on_element, el);
            Ok(())
        })],
        document_content_handlers: vec![
            doc_text!(move |text| {
                text_found(&on_text, text);
                Ok(())
            }),
            doc_comments!(move |comment| {
                comment_found(&on_comment, comment);
                Ok(())
            }),
        ],
        ..Settings::new()
    };
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    let outcome = rewriter.write(source.as_bytes()).and_then(|()| rewriter.end());
    let mut scan = Rc::try_unwrap(state)
        .map(RefCell::into_inner)
        .unwrap_or_else(|shared| std::mem::take(&mut *shared.borrow_mut()));
    if let Err(error) = outcome {
        scan.problems.push((source.len(), format!("the file cannot be read as HTML: {error}")));
    }
    if let Some((mark, at)) = scan.inside.take() {
        scan.problems.push((
            at,
            format!("<{} {MARK_ATTRIBUTE}=\"{}\"> is never closed: write its end tag", mark.element(), mark.name()),
        ));
    }
    scan.pieces.sort_by_key(|(range, _)| range.start);
    scan
}

fn element_found(state: &Rc<RefCell<Scan>>, el: &mut Element) {
    let at = el.source_location().bytes();
    let name = el.tag_name();
    let attributes: Vec<(String, String)> = el.attributes().iter().map(|a| (a.name(), a.value())).collect();
    let mut scan = state.borrow_mut();
    if let Some((mark, _)) = scan.inside
        && let Some(why) = mark.why_empty()
    {
        scan.problems.push((
            at.start,
            format!(
                "<{name}> inside <{} {MARK_ATTRIBUTE}=\"{}\">: it must be empty, because {why}",
                mark.element(),
                mark.name()
            ),
        ));
    }
    for problem in refusals(&name, &attributes) {
        scan.problems.push((at.start, problem));
    }
    match name.as_str() {
        "html" => {
            scan.html_at = Some(at.start);
            scan.lang = attributes.iter().find(|(n, _)| n == "lang").map(|(_, v)| v.clone());
        }
        "body" => scan.body_at = Some(at.start),
        "head" => {
            let state = state.clone();
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(Box::new(move |end| {
                    state.borrow_mut().head_end_at = Some(end.source_location().bytes().start);
                    Ok(())
                }));
            }
        }
        "meta"
            if scan.theme_color.is_none()
                && attributes.iter().any(|(n, v)| n == "name" && v.eq_ignore_ascii_case("theme-color")) =>
        {
            scan.theme_color = attributes.iter().find(|(n, _)| n == "content").map(|(_, v)| v.clone());
        }
        _ => {}
    }
    let Some(value) = attributes.iter().find(|(n, _)| n == MARK_ATTRIBUTE).map(|(_, v)| v.clone()) else { return };
    let Some(mark) = Mark::from_name(&value) else {
        if let Some(instead) = Mark::retired(&value) {
            scan.problems.push((at.start, format!("{MARK_ATTRIBUTE}=\"{value}\": {instead}")));
            return;
        }
        let known: Vec<&str> = Mark::ALL.iter().map(|m| m.name()).collect();
        scan.problems.push((
            at.start,
            format!("{MARK_ATTRIBUTE}=\"{value}\" is not a mark the site build knows: use one of {}", known.join(", ")),
        ));
        return;
    };
    if name != mark.element() {
        scan.problems.push((
            at.start,
            format!(
                "{MARK_ATTRIBUTE}=\"{value}\" belongs on a <{}> ({}), not on a <{name}>",
                mark.element(),
                mark.example()
            ),
        ));
        return;
    }
    if let Some(first) = scan.marks.get(&mark).copied() {
        let line = scan.lines.line(first);
        scan.problems.push((
            at.start,
            format!("{MARK_ATTRIBUTE}=\"{value}\" is here a second time (first on line {line}): keep one"),
        ));
        return;
    }
    scan.marks.insert(mark, at.start);
    for written in mark.written_attributes() {
        if attributes.iter().any(|(n, _)| n == written) {
            scan.problems.push((
                at.start,
                format!(
                    "<{name} {MARK_ATTRIBUTE}=\"{value}\"> has {written}=\"…\", which the site build writes: remove it"
                ),
            ));
        }
    }
    let tag = StartTag { name, attributes: attributes.into_iter().filter(|(n, _)| n != MARK_ATTRIBUTE).collect() };
    let Some(end_handlers) = el.end_tag_handlers() else {
        // A void element (meta, link): only its start tag is rewritten.
        scan.pieces.push((at, Piece::Marked(mark, tag)));
        return;
    };
    if mark.why_empty().is_some() {
        scan.inside = Some((mark, at.start));
    }
    let state = state.clone();
    end_handlers.push(Box::new(move |end| {
        let end_at = end.source_location().bytes();
        let mut scan = state.borrow_mut();
        scan.inside = None;
        let range = if mark.replaces_element() {
            at.start..end_at.end
        } else if mark == Mark::Page {
            // The body's content (whitespace only) goes too: the page is written in its place.
            at.start..end_at.start
        } else {
            at
        };
        scan.pieces.push((range, Piece::Marked(mark, tag)));
        Ok(())
    }));
}

fn text_found(state: &Rc<RefCell<Scan>>, text: &TextChunk) {
    let mut scan = state.borrow_mut();
    let Some((mark, _)) = scan.inside else { return };
    if text.as_str().trim().is_empty() {
        return;
    }
    let at = text.source_location().bytes().start;
    let why = mark.why_empty().unwrap_or_default();
    scan.problems.push((
        at,
        format!(
            "text inside <{} {MARK_ATTRIBUTE}=\"{}\">: it must be empty, because {why}",
            mark.element(),
            mark.name()
        ),
    ));
}

fn comment_found(state: &Rc<RefCell<Scan>>, comment: &Comment) {
    let mut scan = state.borrow_mut();
    // Inside a marked element the whole content is replaced already.
    if scan.inside.is_none() {
        scan.pieces.push((comment.source_location().bytes(), Piece::Comment));
    }
}
