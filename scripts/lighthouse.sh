#!/usr/bin/env bash
# Lighthouse 12.2.3 (the last that runs on Node 20) on each page, mobile preset with its
# default simulated throttling, signed in with the given session cookie; prints one table.
# Exits 1 when a page misses the budget: performance >= 95, accessibility 100, LCP <= 1.5 s,
# TBT <= 50 ms, CLS <= 0.05.
#
#   scripts/lighthouse.sh BASE_URL 'cookie=value' /path /path ...
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1 cookie=$2
shift 2
LH=target/lighthouse
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  echo "==> Installing lighthouse@12.2.3 (npm, once)" >&2
  mkdir -p "$LH"
  npm install --prefix "$LH" --no-audit --no-fund --no-save lighthouse@12.2.3 >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
i=0
for path in "$@"; do
  i=$((i + 1))
  "$LH/node_modules/.bin/lighthouse" "$base$path" --quiet --only-categories=performance,accessibility \
    --output=json --output-path="$out/$i.json" --extra-headers="{\"Cookie\": \"$cookie\"}" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/$i.log" \
    || { echo "lighthouse failed on $path:"; tail -5 "$out/$i.log"; }
done
python3 - "$out" "$@" <<'PY'
import json, os, sys
out, paths = sys.argv[1], sys.argv[2:]
print(f"{'page':34} {'perf':>5} {'a11y':>5} {'FCP s':>6} {'LCP s':>6} {'TBT ms':>7} {'CLS':>6} {'TTI s':>6}")
bad = 0
for i, path in enumerate(paths, 1):
    f = os.path.join(out, f"{i}.json")
    if not os.path.exists(f):
        print(f"{path[:34]:34} (no report)"); bad += 1; continue
    r = json.load(open(f))
    a = r["audits"]
    perf = round((r["categories"]["performance"]["score"] or 0) * 100)
    acc = round((r["categories"]["accessibility"]["score"] or 0) * 100)
    fcp = a["first-contentful-paint"]["numericValue"] / 1000
    lcp = a["largest-contentful-paint"]["numericValue"] / 1000
    tbt = a["total-blocking-time"]["numericValue"]
    cls = a["cumulative-layout-shift"]["numericValue"]
    tti = a["interactive"]["numericValue"] / 1000
    miss = perf < 95 or acc < 100 or lcp > 1.5 or tbt > 50 or cls > 0.05
    bad += miss
    print(f"{path[:34]:34} {perf:5d} {acc:5d} {fcp:6.2f} {lcp:6.2f} {tbt:7.0f} {cls:6.3f} {tti:6.2f}{'  OVER BUDGET' if miss else ''}")
print("(budget: performance >= 95, accessibility 100, LCP <= 1.5 s, TBT <= 50 ms, CLS <= 0.05)")
sys.exit(1 if bad else 0)
PY
