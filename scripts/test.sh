#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (a fresh SQLite database per test), then
# the Playwright browser tests in Chromium against the release build with fresh demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "==> Rust tests"
cargo test --workspace --locked

echo "==> Browser tests"
export DATABASE_URL="sqlite://target/e2e/buurtplein.db"
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein
rm -rf target/e2e
cargo leptos build --release
./target/release/buurtplein demo > /dev/null
cargo leptos end-to-end --release
