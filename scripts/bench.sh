#!/usr/bin/env bash
# Prints Buurtplein's figures: release bundle sizes (raw, gzip, brotli, and what the server
# actually sends), and requests/s with p99 latency of the home page, the agenda of a busy
# buurt (1,000 extra activities) and sign-up writes, next to a bare axum route (/ping) of
# the same server, measured with wrk in one run on this machine; then a wave of 1,000
# sign-in attempts at once (scripts/signin_wave.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in wrk brotli curl; do
  command -v "$tool" >/dev/null || { as_root apt-get update; as_root apt-get install -y "$tool"; }
done

scripts/build.sh >/dev/null 2>&1 || scripts/build.sh

PORT=${BENCH_PORT:-3999}
DURATION=${BENCH_SECONDS:-10}
WORK=$(mktemp -d)
export DATABASE_URL="sqlite://$WORK/bench.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT"
export LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg LEPTOS_OUTPUT_NAME=buurtplein RUST_LOG=warn
./target/release/buurtplein demo >/dev/null
# A busy buurt: 1,000 more activities over the coming 90 days, 20 places each.
python3 - "$WORK/bench.db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
buurt, organiser = db.execute("SELECT buurt_id, user_id FROM memberships WHERE role = 'sociaal_werker' LIMIT 1").fetchone()
now = int(time.time())
rows = [(buurt, f"Bench-activiteit {i}", "Een activiteit om te meten.", now + 3600 + i * 7770, now + 7200 + i * 7770,
         "Ontmoetingsruimte", "iedereen", "ontmoeten", 20, "", None, organiser, now) for i in range(1000)]
db.executemany("INSERT INTO activities (buurt_id, title, description, starts_at, ends_at, place, audience, category, "
               "capacity, costs, signup_closes_min, organiser_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
db.commit()
PY
./target/release/buurtplein serve >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
# The server precompresses the bundle in the background at start; wait for it.
bundle=$(ls target/site/pkg/buurtplein.*.wasm target/site/pkg/buurtplein.*.js target/site/pkg/buurtplein.*.css)
for _ in $(seq 1 150); do
  ready=1
  for f in $bundle; do [ "$f.br" -nt "$f" ] || ready=0; done
  [ "$ready" = 1 ] && break
  sleep 0.2
done

echo
echo "== Release bundle (target/site/pkg, names carry a content hash; only pages with an island load JS and WASM)"
printf '%-34s %10s %10s %10s %12s\n' file raw gzip-9 brotli-11 "served(br)"
for f in $bundle; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  served=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/pkg/$(basename "$f")")
  printf '%-34s %10s %10s %10s %12s\n' "$(basename "$f")" "$raw" "$gz" "$br" "$served"
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

# Signed in as a resident: the agenda page (Leptos SSR, 40 of 1,000+ upcoming activities)
# and sign-up/withdraw requests, each a write transaction that serialises on SQLite.
jar="$WORK/cookies"
curl -s -c "$jar" -o /dev/null -H "Origin: http://127.0.0.1:$PORT" -H 'Accept: application/json' \
  --data 'identifier=Jan&password=zonnebloem-demo' "http://127.0.0.1:$PORT/api/inloggen"
cookie=$(awk '$6 == "buurtplein_sessie" {print $6 "=" $7}' "$jar")
ids=$(python3 -c "import sqlite3,sys; print(*sqlite3.connect(sys.argv[1]).execute(\"SELECT MIN(id), MAX(id) FROM activities WHERE title LIKE 'Bench-%'\").fetchone())" "$WORK/bench.db")
read -r first last <<<"$ids"
agenda_html=$(curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT/agenda")
cat >"$WORK/signup.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
wrk.headers["Origin"] = "http://127.0.0.1:$PORT"
wrk.headers["Cookie"] = "$cookie"
request = function()
  local path = math.random() < 0.5 and "/api/aanmelden-activiteit" or "/api/afmelden-activiteit"
  return wrk.format(nil, path, nil, "activity=" .. math.random($first, $last))
end
LUA
run_wrk_with() { # args... -> "req/s p99 non2xx"
  local out
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "$@")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out") $(awk '/Non-2xx/ {print $NF}' <<<"$out")"
}
read -r agenda_rps agenda_p99 agenda_bad < <(run_wrk_with -H "Cookie: $cookie" "http://127.0.0.1:$PORT/agenda")
read -r signup_rps signup_p99 signup_bad < <(run_wrk_with -s "$WORK/signup.lua" "http://127.0.0.1:$PORT")
printf '%-28s %12s %10s\n' "/agenda (1,000+ activities)" "$agenda_rps" "$agenda_p99"
printf '%-28s %12s %10s\n' "sign-up/withdraw (writes)" "$signup_rps" "$signup_p99"
echo "agenda page HTML (br): $agenda_html bytes; failed requests: agenda ${agenda_bad:-0}, sign-ups ${signup_bad:-0}"
signed=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM activity_signups s JOIN activities a ON a.id = s.activity_id WHERE a.title LIKE 'Bench-%'\").fetchone()[0])" "$WORK/bench.db")
echo "after the run: $signed sign-ups held by Jan on bench activities (never more than one per activity)"

# What each page costs a phone on a first visit (empty cache), signed in as Jan, then
# Lighthouse on the eight pages of the budget. LIGHTHOUSE=0 skips Lighthouse (3 minutes).
read -r activity room proposal round <<<"$(python3 - "$WORK/bench.db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1]); now = int(time.time())
one = lambda sql, *a: db.execute(sql, a).fetchone()[0]
print(one("SELECT id FROM activities WHERE title NOT LIKE 'Bench-%' AND starts_at > ? AND cancelled_at IS NULL ORDER BY starts_at LIMIT 1", now),
      one("SELECT id FROM rooms ORDER BY id LIMIT 1"),
      one("SELECT id FROM proposals WHERE hidden_at IS NULL AND status IN ('ingediend', 'in_behandeling', 'geaccepteerd') ORDER BY id LIMIT 1"),
      one("SELECT id FROM vote_rounds WHERE starts_at <= ? AND ends_at > ? AND closed_at IS NULL ORDER BY id LIMIT 1", now, now))
PY
)"
budget_pages=(/ /agenda "/agenda/$activity" "/ontmoetingsruimte/$room" /meedoen "/meedoen/$proposal" "/meedoen/stemronde/$round" /groepen)
echo
echo "== Per page, first visit with an empty cache, signed in as a resident (KB transferred)"
node scripts/page_weights.mjs "http://127.0.0.1:$PORT" "$cookie" "${budget_pages[@]}" /agenda/mijn /ontmoetingsruimte \
  /meedoen/stemronde /meldingen /profiel /inloggen || echo "!! a page is over its budget"
if [ "${LIGHTHOUSE:-1}" != 0 ]; then
  echo
  echo "== Lighthouse 12.2.3, mobile preset, simulated throttling"
  scripts/lighthouse.sh "http://127.0.0.1:$PORT" "$cookie" "${budget_pages[@]}" || echo "!! a page misses the Lighthouse budget"
fi

# Ontmoetingsruimte: a year of reservations in the demo room (four mornings an hour, Monday
# to Saturday), then the week view (Leptos SSR) with it, and concurrent reservation requests
# for random afternoon hours (many overlap: contention), each a BEGIN IMMEDIATE transaction
# that re-checks overlap, opening hours, closed days and quota. The household quota, lead
# time and approval rules are lifted for the run so the figure is about the overlap guarantee.
room_info=$(python3 - "$WORK/bench.db" <<'PY'
import sqlite3, sys, datetime
from zoneinfo import ZoneInfo
db = sqlite3.connect(sys.argv[1])
room, buurt = db.execute("SELECT id, buurt_id FROM rooms ORDER BY id LIMIT 1").fetchone()
staff = db.execute("SELECT user_id FROM memberships WHERE role = 'sociaal_werker' AND buurt_id = ?", (buurt,)).fetchone()[0]
db.execute("UPDATE rooms SET quota_minutes_month = 44640, quota_future = 1000000, lead_minutes = 0, book_ahead_days = 366, "
           "approval_over_minutes = NULL, approval_after = NULL, approval_private = 0 WHERE id = ?", (room,))
tz = ZoneInfo("Europe/Amsterdam")
taken = db.execute("SELECT starts_at, ends_at FROM reservations WHERE room_id = ? AND status = 'bevestigd'", (room,)).fetchall()
today = datetime.date.today()
rows, dates = [], []
for d in range(1, 366):
    day = today + datetime.timedelta(days=d)
    if day.isoweekday() == 7:
        continue
    dates.append(day.isoformat())
    for hour in (9, 10, 11, 12):
        s = int(datetime.datetime(day.year, day.month, day.day, hour, tzinfo=tz).timestamp())
        e = s + 3600
        if any(a < e and s < b for a, b in taken):
            continue
        rows.append((room, staff, f"Bench-reservering {day} {hour}", s, e, 'bevestigd', 'terugkerend', int(datetime.datetime.now().timestamp())))
db.executemany("INSERT INTO reservations (room_id, user_id, purpose, starts_at, ends_at, status, kind, created_at) "
               "VALUES (?,?,?,?,?,?,?,?)", rows)
db.commit()
print(room, len(rows), (today + datetime.timedelta(days=14)).isoformat(), " ".join(dates[:300]))
PY
)
read -r room_id year_rows week_date room_dates <<<"$room_info"
room_url="/ontmoetingsruimte/$room_id?week=$week_date"
week_html=$(curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$room_url")
lua_dates=$(printf '"%s",' $room_dates)
cat >"$WORK/reserve.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
wrk.headers["Origin"] = "http://127.0.0.1:$PORT"
wrk.headers["Cookie"] = "$cookie"
local dates = { $lua_dates }
request = function()
  local d = dates[math.random(#dates)]
  local h = math.random(13, 20)
  local body = string.format("room=$room_id&date=%s&from=%02d:00&to=%02d:00&purpose=Bench&access=open&people=4", d, h, h + math.random(1, 2))
  return wrk.format(nil, "/api/ruimte-reserveren", nil, body)
end
LUA
read -r week_rps week_p99 week_bad < <(run_wrk_with -H "Cookie: $cookie" "http://127.0.0.1:$PORT$room_url")
count_bench() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM reservations WHERE purpose = 'Bench' AND status = 'bevestigd'\").fetchone()[0])" "$WORK/bench.db"; }
before=$(count_bench)
read -r reserve_rps reserve_p99 reserve_bad < <(run_wrk_with -s "$WORK/reserve.lua" "http://127.0.0.1:$PORT")
after=$(count_bench)
confirmed_per_s=$(python3 -c "print(round(($after - $before) / $DURATION, 1))")
overlaps=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM reservations a JOIN reservations b ON a.room_id = b.room_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at WHERE a.status = 'bevestigd' AND b.status = 'bevestigd'\").fetchone()[0])" "$WORK/bench.db")
echo
echo "== Ontmoetingsruimte (a year of reservations: $year_rows inserted)"
printf '%-36s %12s %10s\n' route "req/s" p99
printf '%-36s %12s %10s\n' "week view SSR (a year of bookings)" "$week_rps" "$week_p99"
printf '%-36s %12s %10s\n' "reservation requests (contention)" "$reserve_rps" "$reserve_p99"
echo "week view HTML (br): $week_html bytes; failed week views: ${week_bad:-0}"
echo "reservation requests: $((after - before)) confirmed in ${DURATION}s = $confirmed_per_s confirmed reservations/s; refused (taken): ${reserve_bad:-0}"
echo "overlapping confirmed reservations after the run: $overlaps (must be 0)"

# Stemronde: closing a round of 100,000 residents with 10 votes each (1,000,000 votes):
# count, store the results, erase the voter→ballot link, rewrite the ballots shuffled;
# then a recount from the stored ballots, and the cost of one ballot change.
echo
echo "== Stemronde (100,000 residents, 1,000,000 votes)"
cargo run --release -q -p server --example bench_votes -- 100000 10

# A crowd at the sign-in door: peak memory, busy answers and a resident's wait.
scripts/signin_wave.sh
