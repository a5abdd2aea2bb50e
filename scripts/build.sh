#!/usr/bin/env bash
# Builds the release site with plain cargo: the server binary, and the WebAssembly of the
# islands (wasm-bindgen, then wasm-opt from npm binaryen). The bundle's files get content
# hashes in their names (target/site/pkg/buurtplein.<hash>.{js,wasm,css}); the hashes go to
# target/release/hash.txt, beside the binary, where the server reads them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Leptos reads the bundle's name while compiling as well as at run time.
export LEPTOS_OUTPUT_NAME=buurtplein

SITE=target/site
NEW=target/site.new
WASM=target/wasm32-unknown-unknown/wasm-release/app.wasm

echo "==> Building the islands (WebAssembly)"
cargo build --locked -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate
echo "==> Building the server (release)"
cargo build --locked -p server --bin buurtplein --release

rm -rf "$NEW" && mkdir -p "$NEW/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$NEW/pkg" --out-name buurtplein "$WASM"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -o "$NEW/pkg/buurtplein.wasm" "$NEW/pkg/buurtplein_bg.wasm"
rm "$NEW/pkg/buurtplein_bg.wasm"
cp style/main.css "$NEW/pkg/buurtplein.css"
cp -r public/. "$NEW/"

hashes=""
for ext in js wasm css; do
  hash=$(sha256sum "$NEW/pkg/buurtplein.$ext" | cut -c1-16)
  mv "$NEW/pkg/buurtplein.$ext" "$NEW/pkg/buurtplein.$hash.$ext"
  hashes+="$ext: $hash"$'\n'
done
rm -rf "$SITE" && mv "$NEW" "$SITE"
printf '%s' "$hashes" > target/release/hash.txt
echo "==> Site in $SITE:"
ls -l "$SITE/pkg"
