# Buurtplein: `make run` serves the portal with demo data, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh) and skip what is present.

SHELL := /bin/bash
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run test bench scale setup build

## Serve the portal with the demo buurt at http://127.0.0.1:3000
run:
	scripts/run.sh

## Every test: Rust unit and integration tests, clippy, then browser tests in Chromium
test:
	scripts/test.sh

## Sizes and speed figures (release build, wrk)
bench:
	scripts/bench.sh

## 1 and then 3 instances behind nginx on one database (SCALE_DB=postgres|sqlite), mixed load,
## one instance killed; checks the guarantees in the database
scale:
	scripts/scale.sh

setup:
	scripts/setup.sh

## The release site: server binary and the islands' WebAssembly (target/site)
build: setup
	scripts/build.sh
