#!/usr/bin/env bash
# The sign-in wave of `make bench`, also runnable alone after `scripts/build.sh`:
# a fresh demo server with the default limits (so its peak memory is this wave's), then
# 1,000 wrong sign-ins at once from 50 loopback addresses while the resident Jan signs in
# (scripts/signin_wave.py prints the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${WAVE_PORT:-3998}
WORK=$(mktemp -d)
export DATABASE_URL="sqlite://$WORK/wave.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT"
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein RUST_LOG=warn
unset SIGNIN_BURST
export PASSWORD_WORKERS=${WAVE_WORKERS:-$(nproc)}
./target/release/buurtplein demo >/dev/null
./target/release/buurtplein serve >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
echo
echo "== Sign-in wave (release build, default limits, $(nproc) cores, PASSWORD_WORKERS=$PASSWORD_WORKERS)"
python3 scripts/signin_wave.py "$PORT" "$SERVER" Jan zonnebloem-demo "${WAVE_ATTEMPTS:-1000}" "${WAVE_ADDRESSES:-50}"
