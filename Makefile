# Health Center — every command a developer or CI needs. Run `make help` for the list.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
PORT ?= 8080
# Where the site is deployed: the sub-path (with its trailing slash) and the origin, used for
# every link and asset (PUBLIC_URL) and for canonical URLs, the sitemap and robots.txt (SITE_URL).
PUBLIC_URL ?= /
SITE_URL ?= http://127.0.0.1:$(PORT)
# The authored content, and where the site is built (the tests also build other copies).
CONTENT ?= content
DIST ?= dist
# The page shell: the HTML every page is written into (see docs/deploying.md, "The page shell").
PAGE_SHELL ?= index.html
# The app's files (package-app's output): the same for every content folder and public URL.
APP ?= target/app
# The stylesheets the app is packaged with.
STYLE ?= style
# The content with a real photograph for every picture (tests and benchmarks; never shipped).
PHOTO_CONTENT := target/content-photos
WASM := target/wasm32-unknown-unknown/release/health-center.wasm
SEARCH_WASM := target/wasm32-unknown-unknown/release/health_search_wasm.wasm

.PHONY: help setup setup-test dist build-app build-dist site photo-site serve check new-article test test-native test-licences test-size test-build test-html test-engines test-e2e bench bench-search bench-offline bench-scale bench-photos bench-drawings bench-picture-formats fuzz clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

setup: ## Install the build tools (wasm32 std, wasm-bindgen, wasm-opt) if missing
	@scripts/setup.sh build

setup-test: ## Install the build tools plus Chromium and the browser-test packages
	@scripts/setup.sh test

dist: setup build-dist ## Release build of the deployable site into dist/

build-dist: build-app site

build-app: ## The app alone (wasm, JS glue, CSS, bootstrap) into target/app; it holds no content
	@echo "==> cargo build --release (wasm32, hydrate)"
	@# Relocations kept in the final link: wasm-split-cli needs them to cut out each page's chunk.
	@# std's optimize_for_size: smaller sorting and string code in the app's std (-0.6 KB brotli);
	@# not for the search engine, whose ranking sorts long lists.
	@source scripts/wasm-env.sh && CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size cargo rustc --release --target wasm32-unknown-unknown --bin health-center --features hydrate -- -C link-args=--emit-relocs
	@echo "==> cargo build --release (wasm32, the search engine, loaded only when a reader searches)"
	@source scripts/wasm-env.sh && cargo build --release --target wasm32-unknown-unknown -p health-search-wasm --lib
	@echo "==> package-app: wasm-bindgen, wasm-opt -Oz, hashed names → $(APP)"
	@# Native (not wasm-env.sh, whose compiler settings are for wasm32): only the tools' PATH.
	@source scripts/versions.sh && PATH="$$HC_TOOL_PATH:$$PATH" \
		cargo run --quiet -p health-app-files --bin package-app -- --wasm "$(WASM)" --search-wasm "$(SEARCH_WASM)" --out "$(APP)" --style "$(STYLE)"

site: ## The site build alone: validate CONTENT (content/), write the site into DIST (dist/)
	@case "$(PUBLIC_URL)" in /*/|/) ;; *) echo "PUBLIC_URL must start and end with a slash, e.g. /health/ (got '$(PUBLIC_URL)')"; exit 2;; esac
	@echo "==> site build: $(CONTENT) → $(DIST) (site URL $(SITE_URL), public URL $(PUBLIC_URL))"
	@cargo run --quiet --profile site-build -p health-site --bin prerender -- --app "$(APP)" --content "$(CONTENT)" --dist "$(DIST)" --shell "$(PAGE_SHELL)" \
		--site-url "$(SITE_URL)" --public-url "$(PUBLIC_URL)"
	@node scripts/compress.mjs "$(DIST)/assets"

photo-site: ## The site from content/ with a real photograph for every picture, into target/dist-photos (tests)
	@$(MAKE) --no-print-directory $(PHOTO_CONTENT)/.complete
	@$(MAKE) --no-print-directory site CONTENT=$(PHOTO_CONTENT) DIST=target/dist-photos

$(PHOTO_CONTENT)/.complete: $(shell find content -type f) crates/content/src/bin/photo_content.rs
	@echo "==> photo-content: $(PHOTO_CONTENT), every picture a real photograph (cut from the set-up's photographs)"
	@rm -rf $(PHOTO_CONTENT) && cp -r content $(PHOTO_CONTENT)
	@source scripts/versions.sh && cargo run --quiet -p health-content --features build --bin photo-content -- \
		--content $(PHOTO_CONTENT) --photos "$$HC_PHOTOS_DIR/gnome"
	@touch $@

serve: dist ## Build, serve dist/ at http://127.0.0.1:$(PORT)/, and rebuild pages when content/ changes
	@node scripts/serve.mjs "$(DIST)" --port $(PORT) & server=$$!; trap 'kill $$server 2>/dev/null' EXIT INT TERM; \
		cargo run --quiet --profile site-build -p health-site --bin prerender -- --app "$(APP)" --content "$(CONTENT)" --dist "$(DIST)" --shell "$(PAGE_SHELL)" \
		--site-url "$(SITE_URL)" --public-url "$(PUBLIC_URL)" --watch

check: ## Check the content (content/): every problem at once, as file:line: what to do
	@cargo run --quiet -p health-content --features build --bin check-content -- "$(CONTENT)"

new-article: ## A new draft to fill in: make new-article CENTER=back-pain SLUG=my-topic [KIND=slideshow]
	@[ -n "$(CENTER)" ] && [ -n "$(SLUG)" ] || { echo "usage: make new-article CENTER=back-pain SLUG=my-topic [KIND=slideshow]"; exit 2; }
	@cargo run --quiet -p health-content --features build --bin new-article -- --content "$(CONTENT)" \
		--center "$(CENTER)" --slug "$(SLUG)" $(if $(filter slideshow,$(KIND)),--slideshow)

test: setup-test build-dist ## Install what is missing, build, and run every test
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-style
	@$(MAKE) --no-print-directory test-docs
	@$(MAKE) --no-print-directory test-licences
	@$(MAKE) --no-print-directory test-size
	@echo "==> the same site built for a sub-path (PUBLIC_URL=/health/), for the sub-path smoke test"
	@$(MAKE) --no-print-directory build-dist PUBLIC_URL=/health/ DIST=target/dist-health
	@echo "==> a second deploy (other styles, so other app files), for the offline update test"
	@rm -rf target/style-next && cp -r style target/style-next && echo ":root { --deploy: next; }" >> target/style-next/base.css
	@$(MAKE) --no-print-directory build-dist APP=target/app-next STYLE=target/style-next DIST=target/dist-next
	@echo "==> the site with a real photograph for every picture, for the picture tests"
	@$(MAKE) --no-print-directory photo-site
	@$(MAKE) --no-print-directory test-build
	@$(MAKE) --no-print-directory test-html
	@$(MAKE) --no-print-directory test-engines
	@$(MAKE) --no-print-directory test-e2e

test-native: ## Native tests: content crate, picture pipeline, data files, preferences, logic, pre-rendering
	@echo "==> cargo test (workspace: the app, the content crate, the site builder, the picture pipeline)"
	@cargo test --quiet --workspace --features prerender

test-build: ## The wasm holds no content (same app files for any content and sub-path); large centers; pages that do not grow with the site; the service worker's rules; the page shell; an incremental build, and make serve after saves, equal a fresh one
	@echo "==> one wasm for every content folder and every sub-path"
	@node tests/build/same-app.mjs
	@node tests/build/large-center.mjs
	@node tests/build/site-size.mjs
	@node tests/build/service-worker.mjs
	@node tests/build/shell.mjs
	@node tests/build/incremental.mjs
	@node tests/build/serve.mjs

test-style: ## Formatting (rustfmt.toml) and clippy's lints (Cargo.toml's [workspace.lints]), warnings as errors
	@echo "==> cargo fmt --check; cargo clippy on the pre-render build and the browser build (warnings are errors)"
	@cargo fmt --all -- --check || { echo "Formatting differs from rustfmt.toml: run cargo fmt --all (and rustfmt fuzz/fuzz_targets/*.rs)"; exit 1; }
	@rustfmt --edition 2024 --check fuzz/fuzz_targets/*.rs
	@cargo clippy --quiet --workspace --features prerender --all-targets -- -D warnings
	@cargo clippy --quiet --features hydrate --lib --bins -- -D warnings

test-docs: ## Every link between the project's Markdown files (README, docs/, …) leads to a file and heading that exist
	@echo "==> the guides' links"
	@node tests/docs/links.mjs

test-licences: ## Every crate of the app and the build: licence on deny.toml's allow-list, from the registry, one version each; report in target/licences.txt
	@echo "==> cargo deny: licences, sources, duplicate versions (report: target/licences.txt)"
	@source scripts/versions.sh && "$$HC_CARGO_DENY_DIR/bin/cargo-deny" --workspace --log-level error check licenses bans sources
	@source scripts/versions.sh && mkdir -p target && "$$HC_CARGO_DENY_DIR/bin/cargo-deny" --workspace list --layout license > target/licences.txt
	@echo "    $$(grep -c . target/licences.txt) licences, $$(tr ',' '\n' < target/licences.txt | grep -c '@') crate entries: target/licences.txt"

test-html: ## Every page of the shipped site and the photo site valid by the W3C Nu HTML Checker (0 errors)
	@echo "==> the W3C Nu HTML Checker over every page (the shipped site, the photo site, the sub-path site)"
	@node tests/html/validate.mjs "$(DIST)" target/dist-photos target/dist-health

test-size: ## First-load JS + wasm (brotli) must stay within bench/size-budget.json
	@node scripts/dist-bytes.mjs dist --budget bench/size-budget.json

test-engines: ## The reader journeys in Chromium, Firefox and WebKit (WebDriver), phone and desktop, against dist/
	@echo "==> cross-engine journeys (Chromium, Firefox ESR, WebKitGTK through WebDriver)"
	@source scripts/versions.sh && HC_GECKODRIVER="$$HC_GECKODRIVER_DIR/bin/geckodriver" node tests/engines/run.mjs --dist "$(DIST)"

test-e2e: ## Browser tests (Playwright + Chromium) against the built dist/
	@echo "==> Playwright end-to-end tests"
	@cd tests/e2e && status=0 && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node_modules/.bin/playwright test || status=$$?; \
		node summary.mjs || true; exit $$status

bench: ## Sizes, Lighthouse, the static-HTML floor, interaction timings
	@scripts/setup.sh bench
	@$(MAKE) --no-print-directory build-dist
	@node bench/run.mjs

bench-search: ## Search on 5,000 generated articles: bytes of a first and a later query, results time at 4x CPU
	@scripts/setup.sh bench
	@node bench/search.mjs

bench-offline: ## Reading offline: first-visit bytes with and without the service worker, what it keeps after 35 articles
	@scripts/setup.sh bench
	@$(MAKE) --no-print-directory build-dist
	@node bench/offline.mjs

bench-scale: ## The real build with 1,000, 5,000 and 50,000 generated articles: times, sizes, hydration
	@scripts/setup.sh bench
	@$(MAKE) --no-print-directory build-dist
	@node bench/scale.mjs

bench-photos: ## Photographs: encode times (shipped, 1,000 and 5,000 articles), dist size, Lighthouse and first-screen picture bytes
	@scripts/setup.sh bench
	@$(MAKE) --no-print-directory build-dist
	@$(MAKE) --no-print-directory photo-site
	@node bench/photos.mjs

fuzz: ## Coverage-guided fuzzing of every parser (JSON, Markdown, pictures, drawings, search), FUZZ_SECONDS each (default 60)
	@scripts/fuzz.sh

bench-drawings: ## The drawing cleaner on our drawings and Debian's icons: bytes before and after, refused, time per file
	@cargo run --quiet --release -p health-drawings --example bench -- content/images /usr/share/icons

bench-picture-formats: ## Which format to publish photographs in: bytes at SSIMULACRA2 70 and encode time (WebP, mozjpeg, AVIF)
	@scripts/setup.sh bench
	@command -v avifdec >/dev/null || apt-get install -y --no-install-recommends libavif-bin nasm >/dev/null
	@cd bench/picture-formats && CARGO_TARGET_DIR=../../target/picture-formats cargo build --release --quiet
	@source scripts/versions.sh && target/picture-formats/release/picture-formats "$$HC_PHOTOS_DIR/gnome" 1080 70

clean: ## Remove build output (keeps the tool cache in ~/.cache/health-center)
	rm -rf dist target tests/e2e/test-results tests/e2e/playwright-report
