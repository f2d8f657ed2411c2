//! The build uses the vendored crates (`vendor/`, see vendor/README.md), not the registry's:
//! were `cargo update` to move to a newer version of one, Cargo would leave its patch unused,
//! silently, and the wasm would grow (tachys ~40 KB, wasm-streams ~4 KB). This fails first.

use std::fs;

/// The `[[package]]` blocks of Cargo.lock with this name.
fn locked(lock: &str, name: &str) -> Vec<String> {
    lock.split("[[package]]")
        .filter(|block| block.contains(&format!("\nname = \"{name}\"\n")))
        .map(str::to_string)
        .collect()
}

/// Fails unless the one `name` in Cargo.lock is the copy in `vendor/{name}`, at its version.
fn assert_vendored(name: &str) {
    let root = env!("CARGO_MANIFEST_DIR");
    let lock = fs::read_to_string(format!("{root}/Cargo.lock")).expect("Cargo.lock");
    let vendored =
        fs::read_to_string(format!("{root}/vendor/{name}/Cargo.toml")).expect("the vendored crate's Cargo.toml");
    let version = vendored
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the vendored crate names its version");
    let packages = locked(&lock, name);
    assert_eq!(packages.len(), 1, "one {name} in the build");
    assert!(
        packages[0].contains(&format!("\nversion = \"{version}\"\n")),
        "{name} {version}, as vendored:\n{}",
        packages[0]
    );
    assert!(!packages[0].contains("\nsource = "), "{name} comes from vendor/, not a registry:\n{}", packages[0]);
    assert!(
        !lock.contains("[[patch.unused]]"),
        "Cargo.lock lists an unused patch: a vendored crate is not in the build"
    );
}

#[test]
fn the_locked_tachys_is_the_vendored_one() {
    assert_vendored("tachys");
}

#[test]
fn the_locked_wasm_streams_is_the_vendored_one() {
    assert_vendored("wasm-streams");
}
