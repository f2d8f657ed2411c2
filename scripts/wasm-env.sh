# Sourced by the Makefile's wasm recipes only: puts the build tools on PATH and, where rustup
# has no wasm32 target, points cargo at Debian's rustc-web with build-std. Native
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
if [ "${HC_USE_DEBIAN_RUSTC:-0}" = 1 ] || ! rustup_has_wasm32; then
  if ! debian_rustc_works; then
    echo "error: no wasm32 standard library. Run: scripts/setup.sh build" >&2
    return 1
  fi
  while IFS= read -r assignment; do export "$assignment"; done < <(debian_rustc_env)
  # Stable cargo accepts -Zbuild-std only with RUSTC_BOOTSTRAP; rust-lld lives in usr/bin.
  export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export PATH="$PATH:$HC_DEBIAN_RUSTC/root/usr/bin"
fi
