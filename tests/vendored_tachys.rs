//! The build uses the vendored tachys (`vendor/tachys`, see vendor/README.md), not one from
//! the registry: were `cargo update` to move to a newer tachys, Cargo would leave the patch
//! unused, silently, and the wasm would grow by ~40 KB. This fails first.

use std::fs;

/// The `[[package]]` blocks of Cargo.lock with this name.
fn locked(lock: &str, name: &str) -> Vec<String> {
    lock.split("[[package]]").filter(|block| block.contains(&format!("\nname = \"{name}\"\n"))).map(str::to_string).collect()
}

#[test]
fn the_locked_tachys_is_the_vendored_one() {
    let root = env!("CARGO_MANIFEST_DIR");
    let lock = fs::read_to_string(format!("{root}/Cargo.lock")).expect("Cargo.lock");
    let vendored = fs::read_to_string(format!("{root}/vendor/tachys/Cargo.toml")).expect("vendor/tachys/Cargo.toml");
    let version = vendored
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the vendored tachys names its version");
    let tachys = locked(&lock, "tachys");
    assert_eq!(tachys.len(), 1, "one tachys in the build");
    assert!(tachys[0].contains(&format!("\nversion = \"{version}\"\n")), "tachys {version}, as vendored:\n{}", tachys[0]);
    assert!(!tachys[0].contains("\nsource = "), "tachys comes from vendor/, not a registry:\n{}", tachys[0]);
    assert!(!lock.contains("[[patch.unused]]"), "Cargo.lock lists an unused patch: the vendored tachys is not in the build");
}
