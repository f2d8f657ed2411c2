#!/usr/bin/env bash
# Installs every tool the project builds and tests with, into a per-user cache keyed by
# version, so that a second run (or a fresh clone on the same machine) installs nothing.
#
#   scripts/setup.sh build   tools for the wasm build (wasm32 std, wasm-bindgen, wasm-opt)
#   scripts/setup.sh test    the build tools plus Chromium, Firefox, WebKit, their drivers and the npm test packages
#   scripts/setup.sh bench   the build tools plus Chromium and the benchmark's npm packages
#
# It never changes the system's Rust toolchain except through `rustup target add`, the
# ordinary way; where rustup cannot reach its server it uses Debian's rustc-web instead.
set -euo pipefail

mode=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/versions.sh
. "$root/scripts/versions.sh"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
skip() { printf '    %s\n' "$*"; }
die() {
  printf '\033[31merror:\033[0m %s\n' "$1" >&2
  [ -n "${2:-}" ] && printf '       %s\n' "$2" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed." "$2"; }

need cargo "Install Rust with rustup (https://rustup.rs), then run this again."
need rustup "Install Rust with rustup (https://rustup.rs), then run this again."
need npm "Install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)."
# libwebp (the pictures' encoder) and mimalloc (the site build's allocator) are C, built by cargo.
need cc "Install a C compiler (Debian: apt-get install gcc)."
mkdir -p "$HC_CACHE"

# --- 1. The wasm32 standard library -------------------------------------------------------
install_debian_rustc() {
  local dir="$HC_DEBIAN_RUSTC" debs
  need apt-get "Without apt-get, install the wasm32 target with: rustup target add wasm32-unknown-unknown"
  need dpkg "Without dpkg, install the wasm32 target with: rustup target add wasm32-unknown-unknown"
  step "Downloading Debian's rustc-web $HC_RUSTC_WEB_VERSION with its std source into $dir"
  debs=$(mktemp -d)
  local pkgs=(rustc-web libstd-rust-web-dev libstd-rust-web-1.96 rust-web-src rust-web-llvm libllvm22 lld-22)
  if ! (cd "$debs" && apt-get download "${pkgs[@]}" >/dev/null 2>&1); then
    skip "package lists look stale; running apt-get update"
    apt-get update >/dev/null || die "apt-get update failed." "Run it as root, or install the wasm32 target with rustup."
    (cd "$debs" && apt-get download "${pkgs[@]}") ||
      die "Could not download ${pkgs[*]}." "They come from Debian 12's bookworm-security; or use: rustup target add wasm32-unknown-unknown"
  fi
  rm -rf "$dir.partial" && mkdir -p "$dir.partial"
  for f in "$debs"/*.deb; do dpkg -x "$f" "$dir.partial/root"; done
  rm -rf "$debs" "$dir" && mv "$dir.partial" "$dir"
}

step "the standard library's source (the wasm's std is built from it)"
if [ "${HC_USE_DEBIAN_RUSTC:-0}" = 1 ]; then
  debian_rustc_works && skip "using Debian's rustc-web in $HC_DEBIAN_RUSTC (HC_USE_DEBIAN_RUSTC=1)" || install_debian_rustc
elif rustup_has_rust_src; then
  skip "rustup has rust-src"
elif debian_rustc_works; then
  skip "using the cached Debian rustc-web in $HC_DEBIAN_RUSTC (rustup could not fetch rust-src earlier)"
else
  skip "trying: rustup component add rust-src (60 s at most)"
  if timeout 60 rustup component add rust-src; then
    skip "installed with rustup"
  else
    skip "rustup could not download rust-src here; falling back to Debian's rustc-web"
    install_debian_rustc
  fi
fi

# --- 2. Cargo-installed tools -------------------------------------------------------------
cargo_tool() { # name version dir binary extra-args...
  local name=$1 version=$2 dir=$3 bin=$4
  shift 4
  if [ -x "$dir/bin/$bin" ]; then
    skip "$name $version is in $dir"
    return
  fi
  step "Installing $name $version into $dir (takes minutes the first time)"
  cargo install "$name" --version "$version" --root "$dir" "$@" ||
    die "cargo install $name $version failed." "Check that crates.io is reachable, then run this again."
}

step "wasm-bindgen CLI (must equal the wasm-bindgen crate in Cargo.lock: $HC_WASM_BINDGEN_VERSION)"
# Without --locked: its lock file names a webpki-roots release that not every registry copy has.
cargo_tool wasm-bindgen-cli "$HC_WASM_BINDGEN_VERSION" "$HC_WASM_BINDGEN_DIR" wasm-bindgen

step "wasm-split-cli $HC_WASM_SPLIT_VERSION (cuts the app into a main module and a chunk per page)"
cargo_tool wasm_split_cli_support "$HC_WASM_SPLIT_VERSION" "$HC_WASM_SPLIT_DIR" wasm-split-cli --features build-binary

# --- 3. wasm-opt from npm's binaryen (Debian's is too old for current rustc) ------------------
step "wasm-opt (npm binaryen $HC_BINARYEN_VERSION)"
if [ -x "$HC_BINARYEN_DIR/node_modules/.bin/wasm-opt" ]; then
  skip "binaryen $HC_BINARYEN_VERSION is in $HC_BINARYEN_DIR"
else
  mkdir -p "$HC_BINARYEN_DIR"
  npm install --no-audit --no-fund --silent --prefix "$HC_BINARYEN_DIR" "binaryen@$HC_BINARYEN_VERSION" ||
    die "npm could not install binaryen@$HC_BINARYEN_VERSION." "Check that the npm registry is reachable."
fi

[ "$mode" = build ] && exit 0

# --- 4a. rustfmt and clippy: make test checks formatting and lints ------------------------
step "rustfmt and clippy"
if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
  skip "$(cargo fmt --version), $(cargo clippy --version)"
else
  timeout 120 rustup component add rustfmt clippy ||
    die "rustup could not install rustfmt and clippy." "Run: rustup component add rustfmt clippy"
fi

# --- 4. Chromium for the browser tests ----------------------------------------------------
step "Chromium"
if [ -x "$HC_CHROMIUM" ]; then
  skip "$("$HC_CHROMIUM" --version 2>/dev/null || echo "$HC_CHROMIUM")"
else
  [ "$(id -u)" = 0 ] || die "Chromium is missing at $HC_CHROMIUM." "Run: sudo apt-get install -y chromium chromium-driver (or set HC_CHROMIUM to a Chromium binary)."
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null ||
    die "apt-get install chromium failed." "Install Chromium and set HC_CHROMIUM to its path."
fi
if [ "$mode" = test ]; then
  # The print test renders the article's PDF handout to images (pdftoppm) and reads its text (pdftotext).
  step "poppler-utils (pdftoppm, pdftotext)"
  if command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    skip "$(pdftoppm -v 2>&1 | head -1)"
  else
    [ "$(id -u)" = 0 ] || die "pdftoppm is missing." "Run: sudo apt-get install -y poppler-utils"
    apt-get install -y --no-install-recommends poppler-utils >/dev/null ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends poppler-utils >/dev/null; } ||
      die "apt-get install poppler-utils failed." "Install poppler-utils (pdftoppm, pdftotext)."
  fi
fi

# --- 4a. Firefox, WebKit and their WebDriver servers, for the cross-engine journeys ----------
# Debian's Firefox ESR and WebKitGTK (with WebKitWebDriver, the GTK bindings the suite's WebKit
# window is written with, and Xvfb: WebKitGTK has no headless mode); geckodriver from the crate
# registry. Playwright cannot drive these builds: tests/engines speaks WebDriver to them.
install_engines() {
  step "Firefox ESR, WebKitGTK, WebKitWebDriver, Xvfb (the cross-engine journeys)"
  local missing=()
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -f /usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib ] || missing+=(gir1.2-webkit2-4.1)
  /usr/bin/python3 -c 'import gi' 2>/dev/null || missing+=(python3-gi)
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb xauth)
  if [ ${#missing[@]} = 0 ]; then
    skip "$(/usr/bin/firefox-esr --version 2>/dev/null); WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
  else
    [ "$(id -u)" = 0 ] || die "Missing: ${missing[*]}." "Run: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; } ||
      die "apt-get install ${missing[*]} failed." "Firefox ESR comes from Debian's security archive; WebKitGTK from main."
  fi
  step "geckodriver $HC_GECKODRIVER_VERSION (Firefox's WebDriver server)"
  cargo_tool geckodriver "$HC_GECKODRIVER_VERSION" "$HC_GECKODRIVER_DIR" geckodriver --locked
}

# --- 4b. Real photographs for the picture tests and benchmarks ------------------------------
# Fetched, not committed: 4096 px WebP pictures from Debian's gnome-backgrounds and the sample
# photographs in scikit-image's wheel. Only pictures are kept.
fetch_photos() {
  step "Real photographs (gnome-backgrounds 43.1, scikit-image 0.26.0)"
  if [ -f "$HC_PHOTOS_DIR/.complete" ]; then
    skip "already in $HC_PHOTOS_DIR"
    return
  fi
  need apt-get "The photographs come from Debian's gnome-backgrounds package."
  need pip3 "The sample photographs come from the scikit-image wheel (pip download)."
  local work
  work=$(mktemp -d)
  (cd "$work" && { apt-get download gnome-backgrounds=43.1-1 >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get download gnome-backgrounds=43.1-1 >/dev/null; }; }) ||
    die "Could not download gnome-backgrounds." "It comes from Debian 12's main archive."
  dpkg -x "$work"/gnome-backgrounds_*.deb "$work/gb"
  pip3 download --quiet --no-deps --only-binary=:all: --python-version 3.11 scikit-image==0.26.0 -d "$work/sk" ||
    die "Could not download the scikit-image wheel." "Check that the Python package index is reachable."
  (cd "$work/sk" && python3 -m zipfile -e ./*.whl unpacked >/dev/null)
  rm -rf "$HC_PHOTOS_DIR" && mkdir -p "$HC_PHOTOS_DIR/gnome" "$HC_PHOTOS_DIR/skimage"
  # Pictures of at least 1 KB (the package also holds two 1-pixel placeholders).
  find "$work/gb/usr/share/backgrounds/gnome" -name '*.webp' -size +1k -exec cp {} "$HC_PHOTOS_DIR/gnome/" \;
  for name in astronaut.png coffee.png chelsea.png rocket.jpg retina.jpg motorcycle_left.png; do
    cp "$work/sk/unpacked/skimage/data/$name" "$HC_PHOTOS_DIR/skimage/"
  done
  cp "$work/gb/usr/share/doc/gnome-backgrounds/copyright" "$HC_PHOTOS_DIR/gnome/COPYRIGHT"
  rm -rf "$work"
  touch "$HC_PHOTOS_DIR/.complete"
}

# --- 4c. A Java runtime, for the W3C Nu HTML Checker (vnu.jar) --------------------------------
install_java() {
  step "Java runtime (the W3C Nu HTML Checker runs on it)"
  if command -v java >/dev/null 2>&1; then
    skip "$(java -version 2>&1 | head -1)"
    return
  fi
  [ "$(id -u)" = 0 ] || die "Java is not installed." "Run: sudo apt-get install -y --no-install-recommends default-jre-headless"
  apt-get install -y --no-install-recommends default-jre-headless >/dev/null 2>&1 ||
    { apt-get update >/dev/null && apt-get install -y --no-install-recommends default-jre-headless >/dev/null; } ||
    die "apt-get install default-jre-headless failed." "It comes from Debian 12's main archive (OpenJDK 17)."
}

# --- 5. npm packages of a tool folder, cached by the hash of its lock file -------------------
npm_folder() { # folder (relative to the project), description, [extra npm ci flags]
  local folder=$1 lock_hash modules
  step "npm packages for $folder ($2)"
  lock_hash=$(sha256sum "$root/$folder/package-lock.json" | cut -c1-16)
  modules="$HC_CACHE/$(basename "$folder")-$lock_hash"
  # .complete is written last: a folder emptied or cut short is installed again.
  if [ -f "$modules/.complete" ] && [ -d "$modules/node_modules" ]; then
    skip "already in $modules"
  else
    rm -rf "$modules.partial" && mkdir -p "$modules.partial"
    cp "$root/$folder/package.json" "$root/$folder/package-lock.json" "$modules.partial/"
    (cd "$modules.partial" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent ${3:-}) ||
      die "npm ci failed for $folder." "Check that the npm registry is reachable."
    touch "$modules.partial/.complete"
    rm -rf "$modules" && mv "$modules.partial" "$modules"
  fi
  ln -sfn "$modules/node_modules" "$root/$folder/node_modules"
}

case "$mode" in
  test) fetch_photos; install_engines; npm_folder tests/e2e "Playwright, axe-core"; npm_folder tests/engines "selenium-webdriver"
        # --ignore-scripts: vnu-jar's install script would download a Java runtime from
        # outside the registries; install_java provides Debian's.
        install_java; npm_folder tests/html "W3C Nu HTML Checker" --ignore-scripts
        step "cargo-deny $HC_CARGO_DENY_VERSION (the crates' licences and sources)"
        cargo_tool cargo-deny "$HC_CARGO_DENY_VERSION" "$HC_CARGO_DENY_DIR" cargo-deny --locked ;;
  bench) fetch_photos; npm_folder bench "Lighthouse, Playwright" ;;
esac
