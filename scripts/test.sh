#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (a fresh SQLite database per test, then the
# same on PostgreSQL), then the Playwright browser tests in Chromium against the release build
# with fresh demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "==> Rust tests"
# cargo-nextest (on these machines) runs each test in its own process, stops one that hangs
# and reports a test that only passed on its second try as flaky (.config/nextest.toml).
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --locked
else
  cargo test --workspace --locked
fi

echo "==> Rust tests on PostgreSQL (each test in a fresh database of its own)"
# The same suite again on PostgreSQL 15 at 127.0.0.1:5432 (trust auth), started here when it
# is not running. POSTGRES=0 skips this part.
if [ "${POSTGRES:-1}" != "0" ]; then
  if ! pg_isready -q -h 127.0.0.1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  fi
  # Test databases left over by an earlier run that was stopped halfway (not in use: another
  # run on this server may be going on).
  PG_ADMIN="${TEST_PG_URL:-postgres://root@127.0.0.1:5432/postgres}"
  for old in $(psql -X -At -d "$PG_ADMIN" -c "SELECT d.datname FROM pg_database d WHERE d.datname LIKE 'bp\_t\_%' \
      AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)"); do
    psql -X -q -d "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $old" 2>/dev/null || true
  done
  if cargo nextest --version >/dev/null 2>&1; then
    TEST_BACKEND=postgres cargo nextest run --workspace --locked
  else
    TEST_BACKEND=postgres cargo test --workspace --locked
  fi
fi

echo "==> Lints (clippy, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "==> Browser tests"
# A port of its own, so a `make run` on 3000 does not get in the way.
PORT=${E2E_PORT:-3100}
export DATABASE_URL="sqlite://target/e2e/buurtplein.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT"
export BASE_URL="http://127.0.0.1:$PORT"
# Every browser test signs people in from 127.0.0.1; the per-address limit of 20 at once is
# tested in the Rust tests, here it would only get in the way.
export SIGNIN_BURST=1000
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein
# Another server on the port (a `make run` or an earlier run left behind) would be tested
# instead of this build: refuse.
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "Port $PORT is in use by another program; stop it or set E2E_PORT." >&2
  exit 1
fi
rm -rf target/e2e && mkdir -p target/e2e/mail/{tmp,new,cur}
scripts/build.sh
./target/release/buurtplein demo > /dev/null
# A real SMTP server on loopback (aiosmtpd) keeps every mail the portal sends in a maildir,
# where the browser tests read the links out of them (end2end/tests/mailbox.ts).
SMTP_PORT=${E2E_SMTP_PORT:-2526}
export MAIL_DIR="$PWD/target/e2e/mail"
AIOSMTPD=(aiosmtpd)
command -v aiosmtpd > /dev/null || AIOSMTPD=(python3 -m aiosmtpd)
"${AIOSMTPD[@]}" -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAIL_DIR" > target/e2e/smtp.log 2>&1 &
SMTP=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break; sleep 0.1; done
SMTP_URL="smtp://127.0.0.1:$SMTP_PORT" MAIL_FROM="Buurtplein <buurtplein@example.nl>" PUBLIC_URL="$BASE_URL" \
  ./target/release/buurtplein serve > target/e2e/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER $SMTP 2>/dev/null || true' EXIT

set +e
(cd end2end && npx playwright test) 2>&1 | tee target/e2e/playwright.log
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  # CI shows the end of the output: put what went wrong there.
  echo
  echo "==> Server log (last 30 lines of target/e2e/server.log)"
  tail -n 30 target/e2e/server.log | cut -c1-300
  echo
  echo "==> Browser tests FAILED (full output: target/e2e/playwright.log)"
  grep -E '^\s+[0-9]+\) |^\s+Error: |^\s+(Expected|Received|Locator|Call log)|^\s+[0-9]+ (failed|flaky|passed)' \
    target/e2e/playwright.log | cut -c1-300 | head -n 60
  exit "$status"
fi
