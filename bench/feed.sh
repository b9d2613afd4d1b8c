#!/usr/bin/env bash
# bench/feed.sh: latency and throughput of every kind of page against a seeded database, signed in and signed out.
#
#   PA_BENCH_URL=http://localhost:5080 bench/feed.sh     # an app that is already running
#   bench/feed.sh                                         # publishes and starts the app itself against PA_BENCH_DB
#
# Signs in through the real login form (antiforgery token taken from the page) as a bulk member who follows
# ~150 people (`seed --users ... --follows-per-user 150`; member1@bulk.producersavenue.test by default), then runs
# wrk for PA_BENCH_DURATION against each page — /health, an unknown address (the layout alone), the landing page, the
# home feed (first and a deep page), explore, the busiest profile, the post with the most comments, the most used tag,
# and search for a common and a rare word — signed out and signed in, and prints p50, p95, requests/s and each page's
# requests/s as a share of the signed-out landing page's, measured in the same run. Requests ask for brotli/gzip like a
# browser. A page answering an unexpected status is reported and skipped. Only ever talks to localhost.
# Where the CPU goes: for each page, the app process's CPU time per request (rendering: the shell, the cards) and the
# PostgreSQL cluster's (the queries), read from /proc before and after the page's wrk run. The app's PID is known when the
# script starts the app; with PA_BENCH_URL set, give it as PA_BENCH_APP_PID.
#
# Environment: PA_BENCH_URL, PA_BENCH_PG_PORT (55499), PA_BENCH_DB (pa_bench), PA_BENCH_LOGIN, PA_BENCH_PASSWORD,
# PA_BENCH_DURATION (15s), PA_BENCH_CONNECTIONS (50), PA_BENCH_THREADS (2), PA_BENCH_COMMON (mix), PA_BENCH_RARE (theremin),
# PA_BENCH_BASELINE (/health), PA_BENCH_DEEP (a URL for a deep keyset page; default: /?before=<cursor 60 days ago>),
# PA_BENCH_APP_PID (the app's process, for its CPU time, when PA_BENCH_URL points at a running app).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

PORT=${PA_BENCH_PG_PORT:-55499}
DB=${PA_BENCH_DB:-pa_bench}
LOGIN=${PA_BENCH_LOGIN:-member1@bulk.producersavenue.test}
PASSWORD=${PA_BENCH_PASSWORD:-Demo-pass-2026}
DURATION=${PA_BENCH_DURATION:-15s}
CONNECTIONS=${PA_BENCH_CONNECTIONS:-50}
THREADS=${PA_BENCH_THREADS:-2}
COMMON=${PA_BENCH_COMMON:-mix}
RARE=${PA_BENCH_RARE:-theremin}
BASELINE=${PA_BENCH_BASELINE:-/health}
WORK=$(mktemp -d /tmp/pa-bench.XXXXXX)
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || apt_install wrk

if [ -z "${PA_BENCH_URL:-}" ]; then
  APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  PA_BENCH_URL="http://localhost:$APP_PORT"
  echo "publishing the app (Release) ..." >&2
  dotnet_build publish ProducersAvenue.Web -c Release -o "$WORK/app" -nologo -v q >/dev/null
  (
    cd "$WORK/app"
    ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=pa_app;Maximum Pool Size=100" \
    ConnectionStrings__Owner="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=pa_owner" \
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      exec dotnet ProducersAvenue.Web.dll --urls "$PA_BENCH_URL"
  ) >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 60); do curl -fsS "$PA_BENCH_URL/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "$PA_BENCH_URL/health" >/dev/null || { echo "the app did not start:" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
fi
case "$PA_BENCH_URL" in
  http://localhost:*|http://127.0.0.1:*|http://localhost|http://127.0.0.1) ;;
  *) echo "PA_BENCH_URL must point at localhost" >&2; exit 2 ;;
esac

# Sign in through the form: GET the page for the antiforgery cookie and token, POST the credentials.
JAR="$WORK/cookies"
sign_in() {
  local login=$1 page token handler
  rm -f "$JAR"
  page=$(curl -sS -c "$JAR" -b "$JAR" "$PA_BENCH_URL/Account/Login")
  token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  handler=$(printf '%s' "$page" | grep -o 'name="_handler"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -sS -o /dev/null -c "$JAR" -b "$JAR" -X POST "$PA_BENCH_URL/Account/Login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=${handler:-login}" \
    --data-urlencode "Input.Login=$login" --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "Input.RememberMe=false"
  read_cookie
  [ -n "$COOKIE" ]
}
read_cookie() {
  COOKIE=$(awk -F'\t' '$6 ~ /^\.AspNetCore\.Identity\.Application/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$JAR")
}
if ! sign_in "$LOGIN"; then
  echo "sign-in as $LOGIN failed (no identity cookie); set PA_BENCH_LOGIN/PA_BENCH_PASSWORD" >&2
  exit 1
fi
echo "signed in as $LOGIN" >&2

# A deep keyset page: the home feed after a cursor 60 days back (TimeCursor: "{UTC ticks}_{id as 32 hex digits}").
DEEP=${PA_BENCH_DEEP:-/?before=$(( $(date -u -d '60 days ago' +%s) * 10000000 + 621355968000000000 ))_ffffffffffffffffffffffffffffffff}

# wrk's Lua done() hook gives exact percentiles (microseconds) and the count of non-2xx/3xx answers.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P50 %.2f\nP95 %.2f\nRPS %.0f\nBAD %d\nN %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.timeout + summary.errors.connect, summary.requests))
end
LUA

# The pages that depend on the data: the member with the most followers, the visible post with the most comments, the
# most used tag.
owner_psql() { psql -h 127.0.0.1 -p "$PORT" -U pa_owner -d "$DB" -v ON_ERROR_STOP=1 -Atq -c "$1"; }
BUSY=$(owner_psql "SELECT username FROM user_profiles WHERE profile_visibility = 'public' AND NOT is_banned ORDER BY followers_count DESC LIMIT 1")
POST=$(owner_psql "SELECT p.id FROM posts p JOIN user_profiles a ON a.user_id = p.user_id
  WHERE a.profile_visibility = 'public' AND NOT a.is_banned AND NOT p.is_hidden ORDER BY p.comments_count DESC LIMIT 1")
TAG=$(owner_psql "SELECT slug FROM tags ORDER BY usage_count DESC LIMIT 1")

# CPU time in clock ticks: the app process (utime + stime), and the PostgreSQL cluster — the postmaster, its live
# children (the app's pooled backends) and the children it has reaped (cutime + cstime).
APP_CPU_PID=${PA_BENCH_APP_PID:-$APP_PID}
PG_DATA=$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -Atc "SHOW data_directory" 2>/dev/null || true)
POSTMASTER=$( [ -n "$PG_DATA" ] && head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
process_ticks() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" || echo 0; }
app_ticks() { process_ticks "$APP_CPU_PID"; }
db_ticks() {
  [ -n "$POSTMASTER" ] || { echo 0; return; }
  local total child
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$POSTMASTER/stat")
  for child in $(pgrep -P "$POSTMASTER"); do total=$(( total + $(process_ticks "$child") )); done
  echo "$total"
}

printf '%-28s %-4s %6s %9s %9s %8s %6s %9s %9s %9s\n' "page" "who" "status" "p50 ms" "p95 ms" "req/s" "errors" "÷ landing" \
  "app ms/r" "db ms/r"
landing_rps=""
# run LABEL PATH in|out [EXPECTED_STATUS]
run() {
  local label=$1 path=$2 who=$3 expected=${4:-200} status out p50 p95 rps bad ratio cookie=() app0 db0 app1 db1 requests app_ms db_ms
  if [ "$who" = "in" ]; then
    # The page once through the cookie jar, as a browser loads it: a sign-in cookie older than the security stamp's
    # validation interval (a minute, IdentityHostingExtensions) is checked and issued again, and a browser keeps the new
    # one. wrk does not: with the cookie of the sign-in, every request after the first minute repeated that check (the
    # user, its claims, the ban, a new cookie written) — work no browser causes, about 2 ms a page on this machine.
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" "$PA_BENCH_URL$path")
    read_cookie
    cookie=(-H "Cookie: $COOKIE")
  else
    status=$(curl -s -o /dev/null -w '%{http_code}' "$PA_BENCH_URL$path")
  fi
  if [ "$status" != "$expected" ]; then
    printf '%-28s %-4s %6s %9s %9s %8s %6s %9s %9s %9s\n' "$label" "$who" "$status" "-" "-" "-" "-" "-" "-" "-"
    return
  fi
  app0=$(app_ticks); db0=$(db_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/report.lua" -H "Accept-Encoding: br, gzip" "${cookie[@]}" "$PA_BENCH_URL$path")
  p50=$(printf '%s\n' "$out" | awk '$1 == "P50" { print $2 }')
  p95=$(printf '%s\n' "$out" | awk '$1 == "P95" { print $2 }')
  app1=$(app_ticks); db1=$(db_ticks)
  rps=$(printf '%s\n' "$out" | awk '$1 == "RPS" { print $2 }')
  requests=$(printf '%s\n' "$out" | awk '$1 == "N" { print $2 }')
  app_ms=$(awk -v t=$((app1 - app0)) -v n="$requests" -v ms="$TICK_MS" -v pid="$APP_CPU_PID" 'BEGIN { if (n > 0 && pid != "") printf "%.2f", t * ms / n; else print "-" }')
  db_ms=$(awk -v t=$((db1 - db0)) -v n="$requests" -v ms="$TICK_MS" -v pm="$POSTMASTER" 'BEGIN { if (n > 0 && pm != "") printf "%.2f", t * ms / n; else print "-" }')
  bad=$(printf '%s\n' "$out" | awk '$1 == "BAD" { print $2 }')
  if [ "$expected" != "200" ]; then bad=0; fi  # wrk counts the expected 404s as errors
  if [ -z "$landing_rps" ] && [ "$label" = "landing /" ]; then landing_rps=$rps; fi
  ratio=$(awk -v a="$rps" -v b="$landing_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  printf '%-28s %-4s %6s %9s %9s %8s %6s %9s %9s %9s\n' "$label" "$who" "$status" "$p50" "$p95" "$rps" "$bad" "$ratio" "$app_ms" "$db_ms"
}

run "landing /" "/" out
run "health $BASELINE" "$BASELINE" out
run "layout only (404)" "/no/such/page" out 404
run "explore" "/explore" out
run "explore" "/explore" in
run "home feed /" "/" in
run "home deep page" "$DEEP" in
run "profile @$BUSY" "/u/$BUSY" out
run "profile @$BUSY" "/u/$BUSY" in
run "post + comments" "/posts/$POST" out
run "post + comments" "/posts/$POST" in
run "tag #$TAG" "/tags/$TAG" out
run "tag #$TAG" "/tags/$TAG" in
run "search common ($COMMON)" "/search?q=$COMMON" out
run "search common ($COMMON)" "/search?q=$COMMON" in
run "search rare ($RARE)" "/search?q=$RARE" out
run "search rare ($RARE)" "/search?q=$RARE" in
echo "($CONNECTIONS connections, $THREADS threads, $DURATION per page)" >&2
