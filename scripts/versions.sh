# Tool versions and where they live: one place, sourced by setup.sh and wasm-env.sh.
# shellcheck shell=bash
HC_CACHE=${HC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/health-center}
_hc_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The CLI must equal the wasm-bindgen crate that Cargo.lock resolved (Cargo.toml pins it).
HC_WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$_hc_root/Cargo.lock")
HC_BINARYEN_VERSION=132.0.0
HC_RUSTC_WEB_VERSION=1.96

HC_WASM_BINDGEN_DIR="$HC_CACHE/wasm-bindgen-cli-$HC_WASM_BINDGEN_VERSION"
# Cuts the app's wasm into a main module and a chunk per page that has its own code (the
# library cargo-leptos uses for `#[lazy]`; see src/routes/split.rs).
HC_WASM_SPLIT_VERSION=0.2.4
HC_WASM_SPLIT_DIR="$HC_CACHE/wasm-split-cli-$HC_WASM_SPLIT_VERSION"
HC_BINARYEN_DIR="$HC_CACHE/binaryen-$HC_BINARYEN_VERSION"
HC_DEBIAN_RUSTC="$HC_CACHE/rustc-web-$HC_RUSTC_WEB_VERSION"
# Where package-app finds wasm-bindgen, wasm-split-cli and wasm-opt (prepended to PATH by the Makefile).
HC_TOOL_PATH="$HC_BINARYEN_DIR/node_modules/.bin:$HC_WASM_BINDGEN_DIR/bin:$HC_WASM_SPLIT_DIR/bin"
HC_CHROMIUM=${HC_CHROMIUM:-/usr/bin/chromium}
# Firefox's WebDriver server, for the cross-engine journeys (tests/engines reads the same path).
HC_GECKODRIVER_VERSION=0.37.1
HC_GECKODRIVER_DIR="$HC_CACHE/geckodriver-$HC_GECKODRIVER_VERSION"

# Debian's rustc-web runs only with its own LLVM libraries on the library path.
debian_rustc_env() {
  local usr="$HC_DEBIAN_RUSTC/root/usr"
  printf 'RUSTC=%s\n' "$usr/bin/rustc"
  printf 'LD_LIBRARY_PATH=%s\n' "$usr/lib/x86_64-linux-gnu:$usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
}

debian_rustc_works() {
  [ -x "$HC_DEBIAN_RUSTC/root/usr/bin/rustc" ] &&
    env $(debian_rustc_env) "$HC_DEBIAN_RUSTC/root/usr/bin/rustc" --version >/dev/null 2>&1
}

rustup_has_wasm32() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# The wasm's standard library is built from source (build-std), so that a panic aborts at
# once (issue 23): the source comes with rustup's rust-src component, or with Debian's route.
rustup_has_rust_src() {
  [ -f "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library/Cargo.lock" ]
}

# Real photographs for the picture tests and benchmarks (never shipped as content): Debian's
# gnome-backgrounds (4096 px WebP) and scikit-image's sample photographs (PNG, JPEG).
HC_PHOTOS_DIR="$HC_CACHE/photos-gnome-backgrounds-43.1-scikit-image-0.26.0"
# cargo fuzz (libFuzzer), for make fuzz; built with the project's stable Rust (RUSTC_BOOTSTRAP
# lets it pass the sanitizer flags).
HC_CARGO_FUZZ_VERSION=0.13.2
HC_CARGO_FUZZ_DIR="$HC_CACHE/cargo-fuzz-$HC_CARGO_FUZZ_VERSION"
# cargo-deny: the licence of every crate checked against deny.toml (make test-licences).
HC_CARGO_DENY_VERSION=0.20.2
HC_CARGO_DENY_DIR="$HC_CACHE/cargo-deny-$HC_CARGO_DENY_VERSION"
