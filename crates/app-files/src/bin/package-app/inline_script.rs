//! The head script as it goes inline into every page: its comment lines and indentation
//! dropped, since every page carries it (the files in `public/` keep them).

use health_app_files::InlineScript;

/// `source` without its whole-line `//` comments, blank lines and indentation, pinned by hash.
///
/// Only whole lines are dropped, so a `//` inside a string or after code is left alone; the
/// script is ours and keeps its comments on lines of their own.
pub fn compact(source: &str) -> Result<InlineScript, String> {
    let lines: Vec<&str> =
        source.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("//")).collect();
    InlineScript::new(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_indentation_go_code_stays() {
        let script =
            compact("// Why.\n(function () {\n  // How.\n  var a = \"http://x\";\n\n  go(a); // kept\n})();\n")
                .expect("compacted");
        assert_eq!(script.text, "(function () {\nvar a = \"http://x\";\ngo(a); // kept\n})();");
    }

    #[test]
    fn the_shipped_scripts_compact_to_code_only() {
        let joined = [
            include_str!("../../../../../public/apply-preferences.js"),
            include_str!("../../../../../public/keep-early-taps.js"),
            include_str!("../../../../../public/start-after-paint.js"),
        ]
        .join("\n");
        let script = compact(&joined).expect("compacted");
        assert!(script.text.starts_with("(function () {") && script.text.ends_with("})();"), "{}", script.text);
        assert_eq!(script.text.matches("})();").count(), 3, "each part keeps to its own scope");
        assert!(!script.text.contains("//"), "no comment is left: {}", script.text);
        assert!(script.text.contains("\"health-center.\" + key"));
    }
}
