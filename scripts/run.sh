#!/usr/bin/env bash
# Builds Buurtplein (release), fills ./data/buurtplein.db with the demo buurt the first time,
# and serves the portal at http://127.0.0.1:3000 until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export DATABASE_URL="${DATABASE_URL:-sqlite://data/buurtplein.db}"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein

scripts/build.sh
./target/release/buurtplein demo
echo "Buurtplein: http://$LEPTOS_SITE_ADDR  (stop with Ctrl+C)"
exec ./target/release/buurtplein serve
