#!/usr/bin/env bash
# make fuzz: coverage-guided fuzzing (cargo fuzz, libFuzzer with AddressSanitizer) of every
# parser that reads what a contributor or a network gives, each for FUZZ_SECONDS (default 60),
# starting from a corpus made of our own content. Prints the inputs tried and the crashes
# found for each; a crash's input is kept in fuzz/artifacts/<target>/ (make it a regression
# test, see fuzz/README.md). Exit status 1 when any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-json_reader markdown picture_probe svg_cleaner search_query}

if [ ! -x "$HC_CARGO_FUZZ_DIR/bin/cargo-fuzz" ]; then
  echo "==> Installing cargo-fuzz $HC_CARGO_FUZZ_VERSION into $HC_CARGO_FUZZ_DIR (takes minutes the first time)"
  cargo install cargo-fuzz --version "$HC_CARGO_FUZZ_VERSION" --locked --root "$HC_CARGO_FUZZ_DIR"
fi
export PATH="$HC_CARGO_FUZZ_DIR/bin:$PATH"
# The sanitizer flags are unstable options: the stable compiler takes them with this set.
export RUSTC_BOOTSTRAP=1

# The corpus: our own content, the data files the site build writes, real photographs.
corpus=target/fuzz-corpus
seed() { # target, files...
  local target=$1
  shift
  mkdir -p "$corpus/$target"
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "$corpus/$target/$(sha256sum "$file" | cut -c1-16)"
  done
  return 0
}
seed markdown $(find content -name '*.md')
seed svg_cleaner $(find content -name '*.svg') $(find /usr/share/icons -name '*.svg' 2>/dev/null | head -100)
seed json_reader $(find content -name '*.json') $(find dist/content -name '*.json' 2>/dev/null | head -200)
# Photographs cut to their first 64 KB: headers, profiles and the first scans.
mkdir -p "$corpus/picture_probe"
for photo in $(find "$HC_PHOTOS_DIR" -type f \( -name '*.jpg' -o -name '*.png' -o -name '*.webp' \) 2>/dev/null); do
  head -c 65536 "$photo" > "$corpus/picture_probe/$(basename "$photo")"
done
mkdir -p "$corpus/search_query"
for query in sciatica "back pain myths" sciatia '"heat or cold" -ice' "Dolor de espalda" "ÉTÉ  café"; do
  printf '%s' "$query" > "$corpus/search_query/$(printf '%s' "$query" | sha256sum | cut -c1-16)"
done

echo "==> cargo fuzz build (release, AddressSanitizer, debug assertions)"
cargo fuzz build --fuzz-dir fuzz -O --debug-assertions

printf '\n| target | seconds | inputs tried | crashes |\n|---|---:|---:|---:|\n' > target/fuzz-report.md
crashed=0
for target in $targets; do
  echo "==> fuzzing $target for $seconds s"
  log=target/fuzz-$target.log
  status=0
  cargo fuzz run --fuzz-dir fuzz -O --debug-assertions "$target" "$corpus/$target" -- \
    -max_total_time="$seconds" -max_len=262144 -print_final_stats=1 > "$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=0
  if [ "$status" != 0 ]; then
    crashes=1
    crashed=1
    grep -E 'panicked|ERROR: AddressSanitizer|SUMMARY|Test unit written' "$log" | head -5 || true
  fi
  printf '| %s | %s | %s | %s |\n' "$target" "$seconds" "${runs:-?}" "$crashes" >> target/fuzz-report.md
done
cat target/fuzz-report.md
exit $crashed
