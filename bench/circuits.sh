#!/usr/bin/env bash
# bench/circuits.sh: open interactive sessions measured (issue 9) — managed heap per idle home-feed circuit, like-click
# latency as N grows, and how many circuits this machine holds before the click p95 passes 200 ms.
#
#   bench/circuits.sh                                          # publishes and starts the app itself against PA_BENCH_DB
#   PA_BENCH_STEPS=25,50,100,150,200,250,300 bench/circuits.sh
#   PA_BENCH_URL=http://localhost:5080 PA_BENCH_APP_PID=1234 bench/circuits.sh   # an app that is already running
#
# Opens N sessions in one headless Chromium (/usr/bin/chromium), each a browser context of its own signed in through the
# real login form as a different bulk member (member1001@bulk.producersavenue.test, member1002, …; each follows ~150
# members), idling on the home feed `/` until its circuit is interactive. Per step of N: the app's live managed heap after
# a full GC (dotnet-gcdump, which also counts the server's CircuitHost objects) against the same with no circuits — 15 s
# after the last session opened, and again when the sessions have idled 150 s (PA_BENCH_IDLE) — the
# app's CPU while the N circuits idle, and p50/p95 of click → updated count on a post's Like button, timed inside the page
# at PA_BENCH_CLICK_RATE clicks/s on random sessions. Pictures, audio and fonts are not fetched (static files, not circuit
# work). bench/Circuits (the driver) prints the table; Ctrl-C ends the ramp after the step under way and still prints it.
# Only ever talks to localhost.
#
# A running app (PA_BENCH_URL) must allow more sign-ins per minute than the default 10 per address
# (Accounts__SignInPostsPerWindow); without PA_BENCH_APP_PID there are no heap or CPU figures.
#
# Environment: PA_BENCH_URL, PA_BENCH_APP_PID, PA_BENCH_PG_PORT (55499), PA_BENCH_DB (pa_bench), PA_BENCH_STEPS
# (25,50,100,150,200), PA_BENCH_CLICKS (200 per step), PA_BENCH_CLICK_RATE (5 per second), PA_BENCH_SETTLE (15 s),
# PA_BENCH_IDLE (150 s: the heap is read again once Kestrel's keep-alive timeout has closed the tabs' idle HTTP connections),
# PA_BENCH_RENDERERS (12), PA_BENCH_OPEN_PARALLEL (4), PA_BENCH_FIRST_MEMBER (1001), PA_BENCH_PASSWORD, PA_BENCH_P95_LIMIT
# (200 ms), PA_BENCH_MIN_FREE_MB (3000), PA_BENCH_REPORTS (keep the dotnet-gcdump reports in this folder).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

PORT=${PA_BENCH_PG_PORT:-55499}
DB=${PA_BENCH_DB:-pa_bench}
WORK=$(mktemp -d /tmp/pa-circuits-bench.XXXXXX)
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

ensure_dotnet
ensure_chromium

log "installing dotnet-gcdump into $WORK/tools"
dotnet tool install dotnet-gcdump --version 10.0.750501 --tool-path "$WORK/tools" >/dev/null

if [ -z "${PA_BENCH_URL:-}" ]; then
  APP_PORT=$(free_port)
  PA_BENCH_URL="http://localhost:$APP_PORT"
  log "publishing the app (Release)"
  dotnet_build publish ProducersAvenue.Web -c Release -o "$WORK/app" -nologo -v q >/dev/null
  (
    cd "$WORK/app"
    # One sign-in per session from one address: the per-address limit on the sign-in form is raised for this run only.
    ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=pa_app;Maximum Pool Size=100" \
    ConnectionStrings__Owner="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=pa_owner" \
    Accounts__SignInPostsPerWindow=100000 \
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      exec dotnet ProducersAvenue.Web.dll --urls "$PA_BENCH_URL"
  ) >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  PA_BENCH_APP_PID=$APP_PID
  for _ in $(seq 1 60); do curl -fsS "$PA_BENCH_URL/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "$PA_BENCH_URL/health" >/dev/null || { echo "the app did not start:" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
fi
case "$PA_BENCH_URL" in
  http://localhost:*|http://127.0.0.1:*|http://localhost|http://127.0.0.1) ;;
  *) echo "PA_BENCH_URL must point at localhost" >&2; exit 2 ;;
esac

log "building bench/Circuits"
dotnet_build build bench/Circuits -c Release -nologo -v q -o "$WORK/bench" >/dev/null
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$WORK/bench/CircuitsBench.dll" "$PA_BENCH_URL" "${PA_BENCH_APP_PID:-0}" "$WORK/tools/dotnet-gcdump"
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$APP_PID" ] && grep -qE '^(fail|crit)' "$WORK/app.log"; then
  log "the app logged errors during the run:"
  grep -E -A3 '^(fail|crit)' "$WORK/app.log" | head -n 40 >&2
fi
