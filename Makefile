# Health Center — every command a developer or CI needs. Run `make help` for the list.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
PORT ?= 8080
# Where the site is deployed: the sub-path (with its trailing slash) and the origin, used for
# every link and asset (PUBLIC_URL) and for canonical URLs, the sitemap and robots.txt (SITE_URL).
PUBLIC_URL ?= /
SITE_URL ?= http://127.0.0.1:$(PORT)
# The app reads the sub-path at compile time (src/paths.rs).
export HC_PUBLIC_URL := $(PUBLIC_URL)
# Where the site is built (the tests also build a sub-path copy elsewhere).
DIST ?= dist

.PHONY: help setup setup-test dist build-dist serve test test-native test-size test-e2e bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

setup: ## Install the build tools (wasm32 std, wasm-bindgen, Trunk, wasm-opt) if missing
	@scripts/setup.sh build

setup-test: ## Install the build tools plus Chromium and the browser-test packages
	@scripts/setup.sh test

dist: setup build-dist ## Release build of the deployable site into dist/

build-dist:
	@case "$(PUBLIC_URL)" in /*/|/) ;; *) echo "PUBLIC_URL must start and end with a slash, e.g. /health/ (got '$(PUBLIC_URL)')"; exit 2;; esac
	@echo "==> cargo build --release (wasm32, hydrate)"
	@# Built here first because Trunk runs cargo offline, and build-std (the Debian route)
	@# may still need to fetch the standard library's own dependencies.
	@source scripts/wasm-env.sh && cargo build --release --target wasm32-unknown-unknown --bin health-center --features hydrate
	@echo "==> trunk build --release (public URL $(PUBLIC_URL))"
	@source scripts/wasm-env.sh && trunk build --release --public-url "$(PUBLIC_URL)" --dist "$(DIST)"
	@node scripts/finish-dist.mjs "$(DIST)" "$(PUBLIC_URL)"
	@echo "==> pre-render every page (native, site URL $(SITE_URL))"
	@cargo run --quiet --features ssr --bin prerender -- "$(DIST)" public/content "$(SITE_URL)"
	@node scripts/compress.mjs "$(DIST)"

serve: dist ## Build, then serve dist/ at http://127.0.0.1:$(PORT)/
	@node scripts/serve.mjs dist --port $(PORT)

test: setup-test build-dist ## Install what is missing, build, and run every test
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-size
	@echo "==> the same site built for a sub-path (PUBLIC_URL=/health/), for the sub-path smoke test"
	@$(MAKE) --no-print-directory build-dist PUBLIC_URL=/health/ DIST=target/dist-health
	@$(MAKE) --no-print-directory test-e2e

test-native: ## Native tests: content model, validation, preferences, logic, pre-rendering
	@echo "==> cargo test"
	@cargo test --quiet
	@echo "==> cargo test --features ssr (pages rendered natively)"
	@cargo test --quiet --features ssr --test prerender

test-size: ## First-load JS + wasm (brotli) must stay within bench/size-budget.json
	@node scripts/dist-bytes.mjs dist --budget bench/size-budget.json

test-e2e: ## Browser tests (Playwright + Chromium) against the built dist/
	@echo "==> Playwright end-to-end tests"
	@cd tests/e2e && status=0 && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node_modules/.bin/playwright test || status=$$?; \
		node summary.mjs || true; exit $$status

bench: ## Sizes, Lighthouse, the static-HTML floor, interaction and scale timings
	@scripts/setup.sh bench
	@$(MAKE) --no-print-directory build-dist
	@node bench/run.mjs

clean: ## Remove build output (keeps the tool cache in ~/.cache/health-center)
	rm -rf dist target tests/e2e/test-results tests/e2e/playwright-report
