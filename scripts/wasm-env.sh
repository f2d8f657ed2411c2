# Sourced by the Makefile's wasm recipes only: puts the build tools on PATH, builds the
# wasm's std from source, and, where rustup has no std source (rust-src), points cargo at
# Debian's rustc-web, which comes with its own. Native
# `cargo test` never sources this file, so it never sees these variables.
# shellcheck shell=bash
. "$(dirname "${BASH_SOURCE[0]}")/versions.sh"
export PATH="$HC_TOOL_PATH:$PATH"
# Every reader downloads the wasm; nobody reads its panic messages (panic = "abort", and the
# app shows its own errors). Without the file:line of each panic site and with Debug output
# compiled out, every page type's first load is 4.0 KB (brotli) lighter (issue 23). Both are
# unstable compiler options, hence RUSTC_BOOTSTRAP, for this build only: they are years old
# and used by size-minded wasm builds, and make test checks the app built with them. The app
# itself never formats with Debug (`{:?}`); a panic in the console names no location.
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-Zlocation-detail=none -Zfmt-debug=none"
if [ "${HC_USE_DEBIAN_RUSTC:-0}" = 1 ] || ! rustup_has_rust_src; then
  if ! debian_rustc_works; then
    echo "error: no standard library source for the wasm build. Run: scripts/setup.sh build" >&2
    return 1
  fi
  while IFS= read -r assignment; do export "$assignment"; done < <(debian_rustc_env)
  # rust-lld lives in usr/bin.
  export PATH="$PATH:$HC_DEBIAN_RUSTC/root/usr/bin"
fi
# The wasm's std is built from source with the app (cargo's build-std, which stable cargo
# accepts with RUSTC_BOOTSTRAP), so that a panic aborts at once: no panic machinery and no
# message formatting in the binary. Every page type's first load is 12.8 KB (brotli) lighter
# (issue 23). The app never relies on unwinding or on a panic hook (`panic = "abort"`
# already). The first wasm build of a clone takes about a minute longer.
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="$RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort"
