#!/usr/bin/env bash
# `make scale`: Buurtplein behind nginx on loopback, with 1 and then 3 instances on one
# database, under a mixed load of reads and writes by 20 signed-in residents (wrk and
# scripts/scale_mix.lua); prints req/s, p50, p99 and errors per run. The 3-instance run
# kills one instance (SIGKILL) at a third of its time. After each run the database is
# checked: no overlapping reservations that hold the room, no activity over its capacity, no
# ballot over its budget, and every write the portal acknowledged is there. Exits non-zero
# when one of these fails.
#
#   SCALE_DB=postgres (default)  a fresh database bp_scale on SCALE_PG_URL
#                                (postgres://root@127.0.0.1:5432), made with psql
#   SCALE_DB=sqlite              a fresh SQLite file (WAL) shared by the instances
#   SCALE_SECONDS=60             load per run (two runs; setup adds about 15 s each)
#   SCALE_CONNECTIONS=16         concurrent connections of wrk (one per wrk thread)
#   SCALE_PORT=3200              nginx; the instances listen on 3201, 3202, 3203
#   SCALE_BUILD=0                use the release build in target/ without building
# Everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
DB_KIND=${SCALE_DB:-postgres}
DURATION=${SCALE_SECONDS:-60}
CONNECTIONS=${SCALE_CONNECTIONS:-16}
PORT=${SCALE_PORT:-3200}
PG_ADMIN=${SCALE_PG_URL:-postgres://root@127.0.0.1:5432}
BIN=$PWD/target/release/buurtplein
WORK=$PWD/target/scale
BASE="http://127.0.0.1:$PORT"
case "$DB_KIND" in postgres | sqlite) ;; *) echo "SCALE_DB is postgres or sqlite, not '$DB_KIND'" >&2; exit 2 ;; esac

need=(wrk curl python3)
[ "$DB_KIND" = sqlite ] && need+=(sqlite3) || need+=(psql)
for tool in "${need[@]}"; do
  command -v "$tool" >/dev/null || { as_root apt-get update; as_root apt-get install -y "$tool"; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { as_root apt-get update; as_root apt-get install -y nginx; }
# The release site, as make bench builds it (SCALE_BUILD=0 takes the one in target/ as it is).
if [ "${SCALE_BUILD:-1}" != 0 ]; then
  scripts/setup.sh
  scripts/build.sh >/dev/null 2>&1 || scripts/build.sh
fi
[ -x "$BIN" ] && [ -d target/site/pkg ] || { echo "no release build in target/ (scripts/build.sh)" >&2; exit 1; }
if [ "$DB_KIND" = postgres ] && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi

rm -rf "$WORK" && mkdir -p "$WORK"
PIDS=()
NGINX_PID=""
stop_all() {
  [ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  NGINX_PID=""
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_all EXIT

# --- the database ----------------------------------------------------------------------
fresh_database() { # run directory -> sets DATABASE_URL
  if [ "$DB_KIND" = sqlite ]; then
    DB_FILE="$1/scale.db"
    DATABASE_URL="sqlite://$DB_FILE"
  else
    PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 "$PG_ADMIN/postgres" \
      -c "DROP DATABASE IF EXISTS bp_scale WITH (FORCE)" -c "CREATE DATABASE bp_scale"
    DATABASE_URL="$PG_ADMIN/bp_scale"
  fi
  export DATABASE_URL
}
sql() { # query -> rows, columns separated by |
  if [ "$DB_KIND" = sqlite ]; then sqlite3 -batch -noheader "$DB_FILE" "$1"
  else psql -X -q -A -t -v ON_ERROR_STOP=1 "$DATABASE_URL" -c "$1"; fi
}
sql_file() { # file of queries -> rows
  if [ "$DB_KIND" = sqlite ]; then sqlite3 -batch -noheader "$DB_FILE" <"$1"
  else psql -X -q -A -t -v ON_ERROR_STOP=1 "$DATABASE_URL" -f "$1"; fi
}

# --- nginx, the shape of deploy/nginx/buurtplein.conf ----------------------------------
# Own pid, logs and temp paths under target/scale, as the current user. The per-address
# limits are there but set far above the load (all of it comes from 127.0.0.1), so the
# figures are about the portal, not the proxy's limits.
write_nginx_conf() { # instances run-directory
  local dir=$2 servers="" i
  for i in $(seq 1 "$1"); do servers+="        server 127.0.0.1:$((PORT + i)) max_fails=1 fail_timeout=10s;"$'\n'; done
  local user=""
  [ "$(id -u)" -eq 0 ] && user="user root;"
  mkdir -p "$dir/nginx"
  cat >"$dir/nginx/nginx.conf" <<NGINX
$user
worker_processes 1;
daemon off;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    log_format scale '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_method';
    access_log $dir/nginx/access.log scale buffer=256k flush=1s;

    upstream buurtplein {
$servers        keepalive 32;
    }
    limit_req_zone \$binary_remote_addr zone=buurtplein_general:10m rate=100000r/s;
    map \$request_method \$buurtplein_signin_key { POST \$binary_remote_addr; default ""; }
    limit_req_zone \$buurtplein_signin_key zone=buurtplein_signin:10m rate=100000r/s;
    limit_req_status 429;

    server {
        listen 127.0.0.1:$PORT;
        gzip off;
        client_max_body_size 2m;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$remote_addr;
        proxy_set_header X-Forwarded-Proto \$scheme;
        proxy_connect_timeout 2s;
        proxy_read_timeout 30s;
        proxy_next_upstream error timeout;
        proxy_next_upstream_tries 3;
        proxy_next_upstream_timeout 5s;
        location / {
            limit_req zone=buurtplein_general burst=100000 nodelay;
            proxy_pass http://buurtplein;
        }
        location ~ ^/(api/)?(inloggen|aanmelden|aanmelden-namen|wachtwoord-vergeten|herstellen)\$ {
            limit_req zone=buurtplein_general burst=100000 nodelay;
            limit_req zone=buurtplein_signin burst=100000 nodelay;
            proxy_pass http://buurtplein;
        }
        location /pkg/ {
            root $PWD/target/site;
            gzip_static on;
            add_header Cache-Control "public, max-age=31536000, immutable";
            try_files \$uri @app;
        }
        location @app {
            limit_req zone=buurtplein_general burst=100000 nodelay;
            proxy_pass http://buurtplein;
        }
    }
}
NGINX
}

start_instances() { # count run-directory
  local i port
  for i in $(seq 1 "$1"); do
    port=$((PORT + i))
    LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
      LEPTOS_OUTPUT_NAME=buurtplein PUBLIC_URL="$BASE" TRUST_PROXY=true SIGNIN_BURST=1000 \
      PASSWORD_WORKERS=2 RUST_LOG=warn "$BIN" serve >"$2/instance-$port.log" 2>&1 &
    PIDS+=($!)
  done
  for i in $(seq 1 "$1"); do
    port=$((PORT + i))
    for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
    curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "instance on $port did not start:" >&2; cat "$2/instance-$port.log" >&2; exit 1; }
  done
  "$NGINX" -p "$2/nginx" -e "$2/nginx/error.log" -c "$2/nginx/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.1; done
  curl -sf "$BASE/health" >/dev/null || { echo "nginx did not start:" >&2; cat "$2/nginx/error.log" >&2; exit 1; }
}

# --- residents: the demo's 11 and 9 more who sign up with the demo's invite codes -------
post() { # jar path field=value... -> HTTP status
  local jar=$1 path=$2 args=()
  shift 2
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" -H "Origin: $BASE" -H 'Accept: application/json' "${args[@]}" "$BASE$path"
}
DEMO_RESIDENTS=(Kees Fatma Jan Riet Noor Daan Marieke Yusuf Lotte Henk Sanne)
NEW_RESIDENTS=(Ans Bram Carla Dirk Els Femke Gert Hanneke Iris)
sign_in_residents() { # run-directory demo-output -> $1/residents.lua
  local dir=$1 name status i=0 out="$1/residents.lua"
  mkdir -p "$dir/jars"
  echo "residents = {" >"$out"
  for name in "${DEMO_RESIDENTS[@]}"; do
    status=$(post "$dir/jars/$name" /api/inloggen "identifier=$name" "password=zonnebloem-demo")
    [ "$status" = 200 ] || { echo "signing in $name gave $status" >&2; exit 1; }
    add_resident "$dir" "$name" >>"$out"
  done
  # Invite codes with places left, one place each: "  ABCD-EFGH  Zonnebloemstraat 1 (1/4 used)".
  mapfile -t codes < <(python3 - "$2" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.match(r"\s+(\S+)\s+.*\((\d+)/(\d+) used\)\s*$", line)
    if m:
        print("\n".join([m.group(1)] * (int(m.group(3)) - int(m.group(2)))))
PY
)
  [ "${#codes[@]}" -ge "${#NEW_RESIDENTS[@]}" ] || { echo "the demo has too few invite places" >&2; exit 1; }
  for name in "${NEW_RESIDENTS[@]}"; do
    status=$(post "$dir/jars/$name" /api/aanmelden "code=${codes[$i]}" "display_name=$name" "age_band=35-54" \
      "password=zonnebloem-scale-$i" "email=")
    [ "$status" = 200 ] || { echo "signing up $name gave $status" >&2; exit 1; }
    add_resident "$dir" "$name" >>"$out"
    i=$((i + 1))
  done
  echo "}" >>"$out"
}
add_resident() { # run-directory name -> one Lua table entry
  local cookie id
  cookie=$(awk '$6 == "buurtplein_sessie" {print $7}' "$1/jars/$2")
  id=$(sql "SELECT id FROM users WHERE display_name = '$2'")
  [ -n "$cookie" ] && [ -n "$id" ] || { echo "no session or id for $2" >&2; exit 1; }
  echo "  { id = $id, cookie = \"buurtplein_sessie=$cookie\" },"
}

# --- what the load works on, found as a resident finds it: in the pages -----------------
page() { curl -s -H "Cookie: $FIRST_COOKIE" "$BASE$1"; }
discover() { # run-directory -> $1/targets.lua
  local dir=$1 activities room rounds round="" initiatives="" r budget max_per dates d
  FIRST_COOKIE=$(grep -o 'buurtplein_sessie=[^"]*' "$dir/residents.lua" | head -1)
  activities=$(page /agenda | { grep -o 'href="/agenda/[0-9]\+"' || true; } | grep -o '[0-9]\+' | sort -un | tr '\n' ',' || true)
  room=$(page /ontmoetingsruimte | { grep -o 'href="/ontmoetingsruimte/[0-9]\+' || true; } | grep -o '[0-9]\+' | head -1 || true)
  rounds=$(page /meedoen/stemronde | { grep -o 'href="/meedoen/stemronde/[0-9]\+"' || true; } | grep -o '[0-9]\+' | sort -un || true)
  for r in $rounds; do
    initiatives=$(page "/meedoen/stemronde/$r" | { grep -o 'name="stemmen\[[0-9]\+\]"' || true; } | grep -o '[0-9]\+' | sort -un | tr '\n' ',' || true)
    [ -n "$initiatives" ] && { round=$r; break; }
  done
  [ -n "$activities" ] && [ -n "$room" ] && [ -n "$round" ] || { echo "no activities, room or open round found" >&2; exit 1; }
  IFS='|' read -r budget max_per <<<"$(sql "SELECT vote_budget, max_per_option FROM vote_rounds WHERE id = $round")"
  # Lift the room's household quota, lead time and approval rules (as make bench does), so
  # nearly every request that fits the opening hours holds the room and requests compete.
  sql "UPDATE rooms SET quota_minutes_month = 44640, quota_future = 100000, lead_minutes = 0, book_ahead_days = 366, approval_over_minutes = NULL, approval_after = NULL WHERE id = $room" >/dev/null
  dates=""
  for d in $(seq 1 60); do dates+="\"$(date -d "+$d days" +%F)\","; done
  cat >"$dir/targets.lua" <<LUA
activities = { $activities }
room = $room
room_path = "/ontmoetingsruimte/$room"
dates = { $dates }
round = $round
initiatives = { $initiatives }
vote_budget = $budget
max_per_option = $max_per
origin = "$BASE"
LUA
  ROUND=$round
  echo "load: $(tr -cd ',' <<<"$activities" | wc -c) activities of the agenda page, room $room (rules lifted), round $round (budget $budget, at most $max_per per initiative)"
}

# --- the checks in the database ---------------------------------------------------------
counts_now() { # -> "sign-ups reservations voters"
  sql "SELECT (SELECT COUNT(*) FROM activity_signups), (SELECT COUNT(*) FROM reservations WHERE purpose LIKE 'Scale-%'), (SELECT COUNT(*) FROM round_voters WHERE round_id = $ROUND)" | tr '|' ' '
}
missing() { # acked-file "values-columns" "not-exists condition" -> acknowledged writes not found
  local file=$1 q
  [ -s "$file" ] || { echo 0; return; }
  q="$(dirname "$file")/check.sql"
  { echo "WITH acked($2) AS (VALUES"; sed '$!s/$/,/' "$file"; echo ") SELECT COUNT(*) FROM acked WHERE NOT EXISTS ($3);"; } >"$q"
  sql_file "$q"
}
FAILED=0
check_database() { # run-directory before-counts
  local dir=$1 overlaps over_capacity over_budget after s0 r0 v0 s1 r1 v1 m_s m_r m_b a_s a_r a_b
  overlaps=$(sql "SELECT COUNT(*) FROM reservations a JOIN reservations b ON a.room_id = b.room_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at WHERE a.status = 'bevestigd' AND b.status = 'bevestigd'")
  over_capacity=$(sql "SELECT COUNT(*) FROM activities a WHERE a.capacity IS NOT NULL AND (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') > a.capacity")
  over_budget=$(sql "SELECT COUNT(*) FROM (SELECT round_id, ballot, SUM(votes) AS total, MAX(votes) AS most FROM ballot_votes GROUP BY round_id, ballot) b JOIN vote_rounds r ON r.id = b.round_id WHERE b.total > r.vote_budget OR b.most > r.max_per_option")
  read -r s0 r0 v0 <<<"$2"
  read -r s1 r1 v1 <<<"$(counts_now)"
  a_s=$(wc -l <"$dir/acked_signups.txt"); a_r=$(wc -l <"$dir/acked_reservations.txt"); a_b=$(wc -l <"$dir/acked_ballots.txt")
  m_s=$(missing "$dir/acked_signups.txt" "user_id, activity_id" "SELECT 1 FROM activity_signups s WHERE s.user_id = acked.user_id AND s.activity_id = acked.activity_id")
  m_r=$(missing "$dir/acked_reservations.txt" "purpose" "SELECT 1 FROM reservations r WHERE r.purpose = acked.purpose")
  m_b=$(missing "$dir/acked_ballots.txt" "user_id" "SELECT 1 FROM round_voters v WHERE v.round_id = $ROUND AND v.user_id = acked.user_id")
  echo "database: overlapping reservations that hold the room $overlaps, activities over capacity $over_capacity, ballots over budget $over_budget (each must be 0)"
  printf '  %-22s %13s %12s %9s %9s\n' "acknowledged writes" acknowledged "in database" missing "new rows"
  printf '  %-22s %13s %12s %9s %9s\n' "activity sign-ups" "$a_s" "$((a_s - m_s))" "$m_s" "$((s1 - s0))"
  printf '  %-22s %13s %12s %9s %9s\n' "reservation requests" "$a_r" "$((a_r - m_r))" "$m_r" "$((r1 - r0))"
  printf '  %-22s %13s %12s %9s %9s\n' "ballots (voters)" "$a_b" "$((a_b - m_b))" "$m_b" "$((v1 - v0))"
  echo "  (a sign-up is one resident and activity, a ballot one voter: pressing again or changing a ballot adds no row;"
  echo "   new rows: all rows of that kind made during the run, also by requests that got no answer)"
  if [ "$overlaps" != 0 ] || [ "$over_capacity" != 0 ] || [ "$over_budget" != 0 ] || [ "$((m_s + m_r + m_b))" != 0 ] \
    || [ "$((r1 - r0))" -lt "$a_r" ]; then
    echo "!! an invariant does not hold, or an acknowledged write is missing"
    FAILED=1
  fi
}

# --- one run ----------------------------------------------------------------------------
run() { # instances kill(0/1)
  local n=$1 kill=$2 dir="$WORK/run-$1" before wrk_pid victim third
  mkdir -p "$dir"
  echo
  echo "== $n instance(s) behind nginx, $DB_KIND, ${DURATION}s, wrk -t$CONNECTIONS -c$CONNECTIONS$([ "$kill" = 1 ] && echo ", instance $((PORT + 2)) killed (SIGKILL) after $((DURATION / 3))s")"
  fresh_database "$dir"
  "$BIN" migrate >/dev/null
  "$BIN" demo >"$dir/demo.txt"
  write_nginx_conf "$n" "$dir"
  start_instances "$n" "$dir"
  sign_in_residents "$dir" "$dir/demo.txt"
  discover "$dir"
  { cat "$dir/residents.lua" "$dir/targets.lua"; echo "out_dir = \"$dir\""; cat scripts/scale_mix.lua; } >"$dir/mix.lua"
  before=$(counts_now)
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$dir/mix.lua" "$BASE" >"$dir/wrk.txt" 2>&1 &
  wrk_pid=$!
  if [ "$kill" = 1 ]; then
    third=$((DURATION / 3))
    sleep "$third"
    victim=${PIDS[1]}
    kill -KILL "$victim"
    date +%s >"$dir/kill_at"
    wait "$victim" 2>/dev/null || true
  fi
  wait "$wrk_pid" || { cat "$dir/wrk.txt"; exit 1; }
  cat "$dir/report.txt"
  kill -QUIT "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
  if [ "$kill" = 1 ]; then
    local kill_ms
    kill_ms=$(($(cat "$dir/kill_at") * 1000))
    awk -v k="$kill_ms" '{ t = $1 * 1000; moved += ($0 ~ /:[0-9]+, /); if ($2 >= 500 && t >= k) late5xx++ }
      END { printf "nginx: %d requests went to another instance after their first failed; %d answered 5xx from the kill on\n", moved, late5xx }' \
      "$dir/nginx/access.log"
  fi
  local limited
  limited=$(grep -c 'limiting requests' "$dir/nginx/error.log" || true)
  [ "$limited" = 0 ] || echo "!! nginx limited $limited requests (the limits should be far above this load)"
  check_database "$dir" "$before"
  stop_all
}

echo "Scale: Buurtplein $(git rev-parse --short HEAD 2>/dev/null), $(nproc) cores; wrk, nginx and the instances share them"
run 1 0
run 3 1
[ "$FAILED" = 0 ] || exit 1
