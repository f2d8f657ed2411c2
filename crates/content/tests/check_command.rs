//! `make check` (the `check-content` binary): every problem at once, one per line as
//! `file:line: message`, exit status 1; a one-line summary and status 0 when all is well.

mod fixture;

use std::process::Command;

use fixture::Fixture;

fn check(fixture: &Fixture) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-content")).arg(fixture.root()).output().expect("runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into(),
        String::from_utf8_lossy(&output.stderr).into(),
    )
}

#[test]
fn valid_content_gets_a_one_line_summary() {
    let fixture = Fixture::new();
    let (ok, out, err) = check(&fixture);
    assert!(ok, "{err}");
    assert!(out.contains(": 2 articles and slideshows in 1 centers checked, no problems ("), "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(err, "");
}

#[test]
fn every_problem_is_printed_at_once_as_file_line_message() {
    let fixture = Fixture::new();
    fixture.edit("back/one.md", "[link](/back/two)", "[link](/back/tw)");
    fixture.edit("back/two.md", "- one\n", "- one\n\n<b>raw</b>\n");
    fixture.edit("back/two.md", "## Heading", "#### Heading");
    let (ok, out, err) = check(&fixture);
    assert!(!ok);
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("Content errors in ") && lines[0].ends_with(" (2):"), "{err}");
    assert_eq!(lines[1], "  back/two.md:27: headings go two levels deep, `##` and `###`: use one of those");
    assert_eq!(lines[2], "  back/two.md:33: HTML is not allowed in content: write Markdown (see docs/writing.md)");
    // Reading errors come first; once they are fixed, validation's come, also all at once.
    fixture.edit("back/two.md", "#### Heading", "## Heading");
    fixture.edit("back/two.md", "\n<b>raw</b>\n", "");
    let (_, _, err) = check(&fixture);
    assert!(
        err.contains("  back/one.md:29: link to /back/tw is not a page of this site (did you mean /back/two?)\n"),
        "{err}"
    );
}

#[test]
fn a_site_messages_file_is_checked_key_by_key_at_its_lines() {
    let fixture = Fixture::new();
    fixture.write("messages/en.json", "{\n  \"saved\": \"Favourites\",\n  \"savd_items\": \"Kept\",\n  \"showing_range\": \"{first} of {count}\"\n}\n");
    let (ok, out, err) = check(&fixture);
    assert!(!ok, "{out}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[1],
        "  messages/en.json:3: `savd_items` is not a message the app shows. Did you mean `saved_items`?"
    );
    assert_eq!(lines[2], "  messages/en.json:4: `showing_range` forgets `{last}`: put it where the value belongs.");
    // A language the engine has no words for takes the default language's, and is told so.
    fixture.write("messages/en.json", "{\n  \"saved\": \"Favourites\"\n}\n");
    fixture.write("messages/cy.json", "{\n  \"saved\": \"Wedi'u cadw\"\n}\n");
    let (ok, out, err) = check(&fixture);
    assert!(ok, "{err}");
    assert!(out.contains("note: messages/cy.json:1: "), "{out}");
    assert!(out.contains(" key(s) have no text in `cy`: `skip_to_content`, "), "{out}");
}
