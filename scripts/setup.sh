#!/usr/bin/env bash
# Installs what building and testing Buurtplein needs; skips whatever is already present.
# Safe to run again. Takes a few minutes on a fresh machine, seconds afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q ' 0\.2\.130'; then
  # A cheap profile: the tool only turns a small WebAssembly file into its JavaScript glue,
  # it need not be fast itself (about 2 minutes instead of 13 on 2 cores).
  say "Installing wasm-bindgen-cli 0.2.130 (about 2 minutes, once)"
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_DEBUG=false cargo install wasm-bindgen-cli --version 0.2.130 --force
fi

# The mail tests (server/tests/mail.rs) deliver to a real SMTP server on loopback: aiosmtpd.
# Debian's package installs the `aiosmtpd` command for the system Python.
if [ "${1:-}" != run ] && ! command -v aiosmtpd >/dev/null 2>&1 && ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  say "Installing aiosmtpd for the mail tests"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd
fi

# Only the browser tests need Chromium; `scripts/setup.sh run` (make run) leaves it out.
if [ "${1:-}" != run ] && ! command -v chromium >/dev/null 2>&1; then
  say "Installing Chromium for the browser tests"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# Playwright, axe-core and wasm-opt (npm binaryen; Debian's is too old to hydrate).
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/@playwright/test ] \
   || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "Installing npm packages for the browser tests"
  (cd end2end && npm ci --no-audit --no-fund)
fi
