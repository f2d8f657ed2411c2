//! Everything published comes from the content folder: a symbolic link that leads out of it
//! (to `/etc/passwd`, a private key, another project) is refused, so that a contribution
//! cannot publish a file of the build machine.

use std::path::Path;

/// `Err` with what to do when `relative` (a path inside `root`) leads out of `root` once its
/// links are followed. A file that does not exist is not this check's to report.
pub fn check_inside(root: &Path, relative: &str) -> Result<(), String> {
    let (Ok(root), Ok(file)) = (root.canonicalize(), root.join(relative).canonicalize()) else { return Ok(()) };
    if file.starts_with(&root) {
        Ok(())
    } else {
        Err(format!(
            "{relative} is a symbolic link that leads out of the content folder: copy the file into the content folder instead"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_folder_are_refused() {
        let dir = std::env::temp_dir().join(format!("hc-inside-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("content/images")).unwrap();
        std::fs::write(dir.join("secret.svg"), "<svg/>").unwrap();
        std::fs::write(dir.join("content/images/own.svg"), "<svg/>").unwrap();
        std::os::unix::fs::symlink(dir.join("secret.svg"), dir.join("content/images/out.svg")).unwrap();
        std::os::unix::fs::symlink("own.svg", dir.join("content/images/in.svg")).unwrap();
        let root = dir.join("content");
        assert!(check_inside(&root, "images/out.svg").unwrap_err().contains("leads out of the content folder"));
        assert_eq!(check_inside(&root, "images/in.svg"), Ok(()));
        assert_eq!(check_inside(&root, "images/own.svg"), Ok(()));
        assert_eq!(check_inside(&root, "images/missing.svg"), Ok(()));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
