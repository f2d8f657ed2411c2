# Health Center — every command a developer or CI needs. Run `make help` for the list.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
PORT ?= 8080

.PHONY: help setup setup-test dist build-dist serve test test-native test-size test-e2e bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

setup: ## Install the build tools (wasm32 std, wasm-bindgen, Trunk, wasm-opt) if missing
	@scripts/setup.sh build

setup-test: ## Install the build tools plus Chromium and the browser-test packages
	@scripts/setup.sh test

dist: setup build-dist ## Release build of the deployable site into dist/

build-dist:
	@echo "==> cargo build --release (wasm32)"
	@# Built here first because Trunk runs cargo offline, and build-std (the Debian route)
	@# may still need to fetch the standard library's own dependencies.
	@source scripts/wasm-env.sh && cargo build --release --target wasm32-unknown-unknown --bin health-center
	@echo "==> trunk build --release"
	@source scripts/wasm-env.sh && trunk build --release
	@node scripts/finish-dist.mjs dist

serve: dist ## Build, then serve dist/ at http://127.0.0.1:$(PORT)/
	@node scripts/serve.mjs dist --port $(PORT)

test: setup-test build-dist ## Install what is missing, build, and run every test
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-size
	@$(MAKE) --no-print-directory test-e2e

test-native: ## Native tests: content model, validation, preferences, logic
	@echo "==> cargo test"
	@cargo test --quiet

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
