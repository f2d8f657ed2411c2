//! The shell read by the tokenizer: the shipped one whole, and each refusal at its line.

use super::*;

const SHIPPED: &str = include_str!("../../../../index.html");

/// A page where each mark writes its name, so the tests can see where each went.
fn page_of(shell: &Shell) -> String {
    shell.write_page(|mark| match mark {
        Mark::PageHead | Mark::App | Mark::Page => Fill { content: format!("[{}]", mark.name()), ..Fill::default() },
        _ => Fill { attributes: vec![("data-wrote", mark.name().to_string())], ..Fill::default() },
    })
}

/// The messages for `source`, as `LINE: message`.
fn errors(source: &str) -> Vec<String> {
    match Shell::parse(source) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The shipped shell with `from` replaced by `to` (which must be there).
fn shipped_with(from: &str, to: &str) -> String {
    assert!(SHIPPED.contains(from), "the shipped shell has {from}");
    SHIPPED.replacen(from, to, 1)
}

/// The line of the shipped shell that holds `text`.
fn line_of(source: &str, text: &str) -> usize {
    source[..source.find(text).expect("text in source")].matches('\n').count() + 1
}

#[test]
fn the_shipped_shell_has_every_mark_its_language_and_colour() {
    let shell = Shell::parse(SHIPPED).expect("valid");
    assert_eq!(shell.lang(), "en");
    assert_eq!(shell.theme_color(), "#0d5c63");
    let page = page_of(&shell);
    for mark in Mark::ALL.into_iter().filter(|mark| !mark.replaces_element() && *mark != Mark::Page) {
        assert_eq!(page.matches(&format!("data-wrote=\"{}\"", mark.name())).count(), 1, "{mark:?} in {page}");
    }
    assert!(page.contains(
        "<meta name=\"theme-color\" content=\"#0d5c63\">\n[page-head]\n<link rel=\"icon\" data-wrote=\"icon\">"
    ));
    assert!(page.contains("<script data-wrote=\"head-script\"></script>"));
    assert!(
        page.contains("<link rel=\"stylesheet\" data-wrote=\"stylesheet\">\n[app]\n</head>"),
        "the app's files last in <head>: {page}"
    );
    assert!(page.contains("<body>[page]</body>\n</html>\n"));
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"),
        "comments and their lines left out: {page}"
    );
    assert!(!page.contains("<!--") && !page.contains("data-build"));
}

#[test]
fn a_publisher_tag_a_comment_and_entities_are_kept_as_written() {
    let source = shipped_with(
        "<meta name=\"color-scheme\"",
        "<meta name=\"google-site-verification\" content=\"a&amp;b\"> <!-- kept line, comment gone -->\n<meta name=\"color-scheme\"",
    );
    let page = page_of(&Shell::parse(&source).unwrap());
    assert!(
        page.contains("<meta name=\"google-site-verification\" content=\"a&amp;b\"> \n<meta name=\"color-scheme\""),
        "{page}"
    );
}

#[test]
fn a_missing_mark_says_what_to_add_and_where() {
    let source = shipped_with("<link rel=\"stylesheet\" data-build=\"stylesheet\">\n", "");
    assert_eq!(
        errors(&source),
        [format!(
            "{}: no data-build=\"stylesheet\": add <link rel=\"stylesheet\" data-build=\"stylesheet\"> to <head>; the site build writes there the app's stylesheet",
            line_of(&source, "</head>")
        )]
    );
    let source = shipped_with("<body data-build=\"page\">", "<body>");
    assert_eq!(errors(&source).len(), 1);
    assert!(errors(&source)[0].starts_with(&format!(
        "{}: no data-build=\"page\": add <body data-build=\"page\"></body>",
        line_of(&source, "<body></body>")
    )));
}

#[test]
fn a_repeated_unknown_or_misplaced_mark_is_refused_at_its_line() {
    let source = shipped_with("</head>", "<link rel=\"icon\" data-build=\"icon\">\n</head>");
    let first = line_of(&source, "data-build=\"icon\"");
    assert_eq!(
        errors(&source),
        [format!(
            "{}: data-build=\"icon\" is here a second time (first on line {first}): keep one",
            line_of(&source, "</head>") - 1
        )]
    );

    let source = shipped_with("</head>", "<div data-build=\"footer\"></div>\n</head>");
    assert!(
        errors(&source)[0]
            .contains("data-build=\"footer\" is not a mark the site build knows: use one of policy, page-head,")
    );

    // A shell written for an earlier version: the two marks that became one are named.
    let source = shipped_with(
        "<template data-build=\"app\"></template>",
        "<script type=\"module\" data-build=\"bootstrap\"></script>\n<link rel=\"modulepreload\" data-build=\"glue\">",
    );
    let messages = errors(&source);
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].contains("data-build=\"bootstrap\": the bootstrap and glue marks were replaced by one <template data-build=\"app\"></template>"), "{messages:?}");
    assert!(messages[1].contains("data-build=\"glue\": the bootstrap and glue marks were replaced"), "{messages:?}");
    assert!(
        messages[2].contains("no data-build=\"app\": add <template data-build=\"app\"></template> to <head>"),
        "{messages:?}"
    );

    let source = shipped_with("<template data-build=\"page-head\"></template>", "<div data-build=\"page-head\"></div>");
    let messages = errors(&source);
    assert!(messages[0].ends_with("data-build=\"page-head\" belongs on a <template> (<template data-build=\"page-head\"></template>), not on a <div>"), "{messages:?}");
}

#[test]
fn what_the_content_step_writes_may_not_be_written_in_the_shell() {
    let source = shipped_with(
        "<link rel=\"stylesheet\" data-build=\"stylesheet\">",
        "<link rel=\"stylesheet\" href=\"a.css\" data-build=\"stylesheet\">",
    );
    let line = line_of(&source, "a.css");
    assert_eq!(
        errors(&source),
        [format!("{line}: <link data-build=\"stylesheet\"> has href=\"…\", which the site build writes: remove it")]
    );
    let source = shipped_with(
        "content=\"#0d5c63\">",
        "content=\"#0d5c63\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">",
    );
    assert!(
        errors(&source)[0]
            .contains("a second Content-Security-Policy: the policy is written once, from CSP_DIRECTIVES"),
        "the page and _headers cannot disagree"
    );
}

#[test]
fn the_marked_body_template_and_scripts_must_be_empty() {
    let source = shipped_with(
        "<body data-build=\"page\"></body>",
        "<body data-build=\"page\">\n<noscript>Turn it on</noscript>\n</body>",
    );
    let messages = errors(&source);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with(&format!(
        "{}: <noscript> inside <body data-build=\"page\">: it must be empty, because",
        line_of(&source, "<noscript>")
    )));
    assert!(messages[1].contains("text inside <body data-build=\"page\">"));
    let source = shipped_with(
        "<script data-build=\"head-script\"></script>",
        "<script data-build=\"head-script\">go()</script>",
    );
    assert_eq!(
        errors(&source),
        [format!(
            "{}: text inside <script data-build=\"head-script\">: it must be empty, because the site build writes the head script into it, the one inline script the policy allows (by its hash)",
            line_of(&source, "go()")
        )]
    );
}

#[test]
fn what_the_policy_blocks_or_a_second_title_main_or_base_is_refused_at_its_line() {
    for (added, says) in [
        ("<script>track()</script>", "an inline <script>"),
        ("<link rel=\"preload\" href=\"/a.css\" onload=\"this.rel='stylesheet'\">", "onload=\"…\" on <link>"),
        ("<title>Brand</title>", "<title> here would give every page a second copy of the page's <title>"),
        ("<base href=\"/\">", "a <base>"),
        ("<style>p { color: red }</style>", "a <style> element"),
    ] {
        let source = shipped_with("</head>", &format!("{added}\n</head>"));
        assert_eq!(errors(&source).len(), 1, "{added}: {:?}", errors(&source));
        assert!(
            errors(&source)[0].starts_with(&format!("{}: {says}", line_of(&source, added))),
            "{added}: {:?}",
            errors(&source)
        );
    }
    let source = shipped_with("<html lang=\"en\">", "<html lang=\"en\" style=\"color: red\">");
    assert!(errors(&source)[0].starts_with(&format!("{}: style=\"color: red\" on <html>", line_of(&source, "<html"))));
    let source = shipped_with("<body data-build=\"page\"></body>", "<main><body data-build=\"page\"></body></main>");
    assert!(errors(&source).iter().any(|e| e.contains("a <main> in the shell")));
}

#[test]
fn the_language_and_theme_colour_are_required() {
    let source =
        shipped_with("<html lang=\"en\">", "<html>").replace("<meta name=\"theme-color\" content=\"#0d5c63\">\n", "");
    let messages = errors(&source);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with(&format!("{}: <html> has no lang", line_of(&source, "<html>"))));
    assert!(messages[1].starts_with(&format!("{}: no <meta name=\"theme-color\"", line_of(&source, "</head>"))));
}

#[test]
fn the_file_is_named_in_every_message() {
    let dir = std::env::temp_dir().join(format!("shell-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("index.html");
    std::fs::write(&path, shipped_with("</head>", "<base href=\"/\">\n</head>")).unwrap();
    let message = Shell::read(&path).err().expect("refused");
    assert!(message.contains(&format!("{}:{}: a <base>", path.display(), line_of(SHIPPED, "</head>"))), "{message}");
    std::fs::remove_dir_all(&dir).unwrap();
}
