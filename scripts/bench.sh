#!/usr/bin/env bash
# Prints Buurtplein's figures: release bundle sizes (raw, gzip, brotli, and what the server
# actually sends), and requests/s with p99 latency of the home page next to a bare axum
# route (/ping) of the same server, measured with wrk in one run on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in wrk brotli curl; do
  command -v "$tool" >/dev/null || { as_root apt-get update; as_root apt-get install -y "$tool"; }
done

cargo leptos build --release >/dev/null 2>&1 || cargo leptos build --release

PORT=${BENCH_PORT:-3999}
DURATION=${BENCH_SECONDS:-10}
WORK=$(mktemp -d)
export DATABASE_URL="sqlite://$WORK/bench.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT"
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein RUST_LOG=warn
./target/release/buurtplein demo >/dev/null
./target/release/buurtplein serve >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
# The server precompresses the bundle in the background at start; wait for it.
for _ in $(seq 1 150); do
  [ target/site/pkg/buurtplein.wasm.br -nt target/site/pkg/buurtplein.wasm ] && [ -f target/site/pkg/buurtplein.css.gz ] && break
  sleep 0.2
done

echo
echo "== Release bundle (target/site/pkg)"
printf '%-18s %10s %10s %10s %12s\n' file raw gzip-9 brotli-11 "served(br)"
for f in target/site/pkg/buurtplein.wasm target/site/pkg/buurtplein.js target/site/pkg/buurtplein.css; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  served=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/pkg/$(basename "$f")")
  printf '%-18s %10s %10s %10s %12s\n' "$(basename "$f")" "$raw" "$gz" "$br" "$served"
done
home=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/")
echo "home page HTML (br): $home bytes"

run_wrk() { # path -> "req/s p99"
  local out
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$1")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$rps $p99"
}
echo
echo "== Requests (wrk -t2 -c32 -d${DURATION}s, server and wrk share $(nproc) cores)"
read -r ping_rps ping_p99 < <(run_wrk /ping)
read -r home_rps home_p99 < <(run_wrk /)
read -r signin_rps signin_p99 < <(run_wrk /inloggen)
printf '%-28s %12s %10s\n' route "req/s" p99
printf '%-28s %12s %10s\n' "/ping (bare axum)" "$ping_rps" "$ping_p99"
printf '%-28s %12s %10s\n' "/ (home, Leptos SSR)" "$home_rps" "$home_p99"
printf '%-28s %12s %10s\n' "/inloggen (form page)" "$signin_rps" "$signin_p99"
