# Two commands set up everything on a fresh machine:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install what the tests need, run every suite, fail on any failure
# Each install step checks first, so a second run installs nothing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132.0.0
ESBUILD_VERSION := 0.25.12
# The wasm-bindgen CLI must equal the crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/tools/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
E2E := tests/e2e

.PHONY: help serve dist test lint test-native test-browser test-e2e check-data schema size screenshots \
	tools wasm-target trunk wasm-bindgen npm-tools browsers e2e-deps clean

help:
	@echo "make serve   build and serve on http://127.0.0.1:8080 (installs what is missing)"
	@echo "make test    run every test suite (installs what is missing)"
	@echo "make dist    release build into dist/"
	@echo "make size    measure dist/ (raw, gzip, brotli)"
	@echo "make screenshots  PNGs at 320-1920 px, light and dark, each of the story's languages, into screenshots/"
	@echo "make schema  regenerate data/schema/ from the Rust types"
	@echo "make bundle  what the wasm holds, by crate and view (twiggy)"
	@echo "make bench   our page vs TimelineJS 3.9.11 at 10-10,000 events (BENCH_SIZES, BENCH_RUNS: bench/bench.mjs)"
	@echo "make bench-languages  the first load with every language vs the story in its original alone"

# ---- tools -----------------------------------------------------------------------------------------

tools: wasm-target trunk wasm-bindgen npm-tools

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
		echo "installing trunk $(TRUNK_VERSION) (about 11 minutes, once)"; \
		cargo install trunk --version $(TRUNK_VERSION) --locked; \
	fi

# No --locked: the locked build wants a webpki-roots version the registry lacks (see the toolchain guide).
wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 5 minutes, once)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

# wasm-opt (binaryen) and esbuild, the release build's minifier (bin/postbuild.rs), from npm into tools/: in
# one install, since npm drops what a later --no-save install does not name.
npm-tools:
	@if ! wasm-opt --version 2>/dev/null | grep -q "version $(firstword $(subst ., ,$(BINARYEN_VERSION)))" || \
		[ "$$(esbuild --version 2>/dev/null)" != "$(ESBUILD_VERSION)" ]; then \
		npm install --prefix tools --no-save --no-package-lock --no-audit --no-fund binaryen@$(BINARYEN_VERSION) esbuild@$(ESBUILD_VERSION); \
	fi

browsers:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=ko | grep -q .; then \
		echo "installing Debian chromium, chromium-driver and CJK fonts"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; \
	fi

e2e-deps:
	@if [ ! -d $(E2E)/node_modules/@playwright/test ] || [ $(E2E)/package-lock.json -nt $(E2E)/node_modules/.package-lock.json ]; then \
		npm ci --prefix $(E2E) --no-audit --no-fund; \
	fi

# ---- build -------------------------------------------------------------------------------------------

check-data:
	@cargo run --quiet -p explainer-data --bin check-data -- data

dist: tools fetch check-data
	trunk build --release

serve: tools fetch check-data
	trunk serve

schema:
	UPDATE_SCHEMA=1 cargo test --quiet --test schema

size: dist
	@node tests/size.mjs dist

# PNGs of every width × theme × language of a few states into screenshots/, for checking by eye.
screenshots: dist e2e-deps
	@node $(E2E)/serve.mjs dist 4174 & server=$$!; trap "kill $$server" EXIT; sleep 0.5; \
	node $(E2E)/screenshots.mjs http://127.0.0.1:4174

# ---- benchmark ---------------------------------------------------------------------------------------

.PHONY: bench bench-deps bench-search bench-languages bundle

bench-deps:
	@if [ ! -d bench/node_modules/@knight-lab/timelinejs ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then \
		npm ci --prefix bench --no-audit --no-fund; \
	fi

# Our page against TimelineJS 3.9.11 on the same story at several sizes; builds into bench/out/ and
# target/bench (never dist/), writes bench/out/results.md. Options (BENCH_SIZES, BENCH_RUNS, BENCH_REF…):
# see bench/bench.mjs. A missed target is reported, not a failure.
bench: tools browsers e2e-deps bench-deps
	BENCH_COMMAND="make bench" node bench/bench.mjs

# Search latency per keystroke on the pages make bench built (the real story and 10,000 events).
bench-search: e2e-deps
	node bench/search.mjs bench/out/dist-10 bench/out/dist-10000

# The first load with every language against a copy of the story in its original alone (bench/languages.mjs).
bench-languages: dist
	node bench/languages.mjs

# What the wasm bundle holds, by crate and by view (needs twiggy: cargo install twiggy), and the framework's
# floor: the smallest Yew app, rendered as ours is (bench/floor), built the same way.
bundle: dist
	@command -v twiggy >/dev/null || cargo install twiggy
	@node bench/bundle.mjs
	@node bench/floor.mjs

# ---- tests -------------------------------------------------------------------------------------------

# Runs every suite even when one fails, prints each runner's summary, and fails if any failed.
test: tools browsers e2e-deps check-data
	@failed=""; \
	$(MAKE) --no-print-directory lint || failed="$$failed lint"; \
	$(MAKE) --no-print-directory test-native || failed="$$failed native"; \
	$(MAKE) --no-print-directory test-browser || failed="$$failed browser"; \
	$(MAKE) --no-print-directory test-e2e || failed="$$failed e2e"; \
	if [ -n "$$failed" ]; then echo "FAILED suites:$$failed"; exit 1; fi; \
	echo "All suites passed: lint, native, browser, e2e."

# The style gate: rustfmt, and clippy with every warning an error, natively and for the browser.
lint:
	cargo fmt --check
	cargo clippy --quiet --workspace --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown -p explainer -p explainer-model --all-targets -- -D warnings

# The engine's tests hold for any valid story in data/: run them once more with another (its own target dir).
test-native:
	cargo test --workspace --quiet
	STORY_DATA=tests/fixtures/japanese-english CARGO_TARGET_DIR=target/anystory cargo test --workspace --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: dist fixture-dists target/e2e-dist/index.html
	node tests/size.mjs target/e2e-dist --check
	for dist in $(FIXTURE_STORIES:%=target/fixture-dist/%) $(IMPORTED:%=target/fixture-dist/imported-%); do node tests/size.mjs $$dist --languages >/dev/null || exit 1; done
	cd $(E2E) && npx playwright test

# The e2e specs read the engine on fixture stories, whatever story data/ holds: the first story's frozen copy
# (tests/fixtures/seoul-beijing) built like dist/ into target/e2e-dist/, and the other shapes
# (specs/stories.spec.ts) into target/fixture-dist/<name>/ under their own paths. They have a target directory
# of their own (so dist/ is not rebuilt), and a story is built again only when it or the engine changed.
# Stories imported from TimelineJS (tests/import/timeline.json and .csv) by `story import`, then built as
# any story is: target/imported/<json|csv>/ and target/fixture-dist/imported-<json|csv>/
# (specs/imported.spec.ts).
FIXTURE_STORIES := one-language korean-english japanese-english
IMPORTED := json csv
ENGINE := $(shell find src crates styles assets -type f) index.html Cargo.toml Cargo.lock Trunk.toml build.rs Makefile
.PHONY: fixture-dists fetch
fixture-dists: tools fetch $(FIXTURE_STORIES:%=target/fixture-dist/%/index.html) $(IMPORTED:%=target/fixture-dist/imported-%/index.html)

# The crates the build needs, from Cargo.lock (the post-build step runs offline).
fetch:
	cargo fetch --locked --quiet

.SECONDEXPANSION:
$(FIXTURE_STORIES:%=target/fixture-dist/%/index.html): target/fixture-dist/%/index.html: $(ENGINE) $$(wildcard tests/fixtures/$$*/*.json)
	STORY_DATA=tests/fixtures/$* CARGO_TARGET_DIR=target/fixtures trunk build --release --dist target/fixture-dist/$* --public-url /$*/

$(IMPORTED:%=target/imported/%/article.json): target/imported/%/article.json: tests/import/timeline.% $(wildcard tests/import/images/*) $(ENGINE)
	cargo run --quiet --bin story -- import tests/import/timeline.$* --lang en --out target/imported/$* --force

$(IMPORTED:%=target/fixture-dist/imported-%/index.html): target/fixture-dist/imported-%/index.html: target/imported/%/article.json
	STORY_DATA=target/imported/$* CARGO_TARGET_DIR=target/fixtures trunk build --release --dist target/fixture-dist/imported-$* --public-url /imported-$*/

target/e2e-dist/index.html: $(ENGINE) $(wildcard tests/fixtures/seoul-beijing/*.json)
	STORY_DATA=tests/fixtures/seoul-beijing CARGO_TARGET_DIR=target/fixtures trunk build --release --dist target/e2e-dist

clean:
	rm -rf dist target/dist target/fixture-dist target/e2e-dist target/imported $(E2E)/test-results
