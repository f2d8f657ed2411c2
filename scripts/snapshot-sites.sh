#!/usr/bin/env bash
# Builds the three sites a refactor must leave byte for byte the same, into one folder:
#   scripts/snapshot-sites.sh target/before   (on the old commit)
#   scripts/snapshot-sites.sh target/after    (on the new one)
#   diff -r target/before target/after
# The sites: the shipped content, the photo content (a real photograph for every picture) and
# a generated site of 5,000 articles beside the shipped content (SNAPSHOT_ARTICLES to change).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/snapshot-sites.sh OUT-FOLDER}
articles=${SNAPSHOT_ARTICLES:-5000}
rm -rf "$out" && mkdir -p "$out"
make --no-print-directory build-dist DIST="$out/shipped"
make --no-print-directory "target/content-photos/.complete"
make --no-print-directory site CONTENT=target/content-photos DIST="$out/photos"
generated=target/snapshot-content-$articles
if [ ! -d "$generated" ]; then
  cargo run --quiet -p health-content --features build --bin generate-content -- \
    --from content --to "$generated" --articles "$articles"
fi
make --no-print-directory site CONTENT="$generated" DIST="$out/generated-$articles"
echo "snapshot-sites: $(find "$out" -type f | wc -l) files in $out"
