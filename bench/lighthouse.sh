#!/usr/bin/env bash
# bench/lighthouse.sh: first load on a phone — Lighthouse's default mobile run (performance only) of the landing page,
# explore and a demo member's public profile, against the published app (Release, Production) on a demo-seeded
# throwaway PostgreSQL.
#
#   bench/lighthouse.sh                          # publish, seed, run each page PA_LH_RUNS times, print the median run
#   PA_LH_RUNS=5 PA_LH_PAGES="/ /explore" bench/lighthouse.sh
#   PA_BENCH_URL=http://localhost:5080 bench/lighthouse.sh   # an app that is already running (./run.sh)
#
# Lighthouse 12.2.3 (the newest that runs on Node 20) is installed with `npm ci` into bench/lighthouse/ from the
# committed package.json and lockfile, and drives /usr/bin/chromium headless (CHROME_PATH). Its default mobile
# configuration: a Moto G Power-sized screen, 4x CPU slowdown and a simulated slow 4G connection. For every page it
# prints the performance score, LCP, FCP, TBT, CLS and the bytes transferred, from the median run by score; the JSON
# reports stay in PA_LH_OUT (a temporary folder by default). Signed out, no theme cookie: a first visit.
# Only ever talks to localhost.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

RUNS=${PA_LH_RUNS:-3}
PAGES=${PA_LH_PAGES:-"/ /explore /u/nova_beats"}
WORK=$(mktemp -d /tmp/pa-lighthouse.XXXXXX)
chmod 755 "$WORK"
OUT=${PA_LH_OUT:-$WORK/reports}
mkdir -p "$OUT"
APP_PID=""
OWN_CLUSTER=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$OWN_CLUSTER" ]; then pg_stop "$WORK/pg"; fi
  rm -rf "$WORK/pg" "$WORK/app" "$WORK/files"
  [ -n "${PA_LH_OUT:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

command -v node >/dev/null || { log "node and npm are required (apt-get install -y nodejs npm)"; exit 1; }
ensure_chromium

LH_DIR=$PA_ROOT/bench/lighthouse
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ] || [ "$LH_DIR/package-lock.json" -nt "$LH_DIR/node_modules/.package-lock.json" ]; then
  log "installing Lighthouse into bench/lighthouse (npm ci)"
  (cd "$LH_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
LIGHTHOUSE=$LH_DIR/node_modules/.bin/lighthouse

if [ -z "${PA_BENCH_URL:-}" ]; then
  ensure_dotnet
  ensure_postgres
  PG_PORT=$(free_port); DB=pa_lighthouse; OWN_CLUSTER=1
  bench_cluster "$WORK/pg" "$PG_PORT" "$DB"

  log "publishing the app (Release)"
  RID=$(dotnet --info | awk '/RID:/ { print $2; exit }')
  dotnet_build publish ProducersAvenue.Web -c Release ${RID:+-r "$RID" --self-contained false} -o "$WORK/app" -nologo -v q >/dev/null

  export ConnectionStrings__Default="$(app_cs "$PG_PORT" "$DB")"
  export ConnectionStrings__Owner="$(owner_cs "$PG_PORT" "$DB")"
  export Storage__Local__Root="$WORK/files"
  export ASPNETCORE_ENVIRONMENT=Production
  export Logging__LogLevel__Default=Warning
  log "migrating and seeding the demo community"
  (cd "$WORK/app" && dotnet ProducersAvenue.Web.dll migrate --seed-demo >"$WORK/migrate.log" 2>&1) \
    || { tail -n 30 "$WORK/migrate.log" >&2; exit 1; }

  APP_PORT=$(free_port)
  PA_BENCH_URL="http://localhost:$APP_PORT"
  (cd "$WORK/app" && exec dotnet ProducersAvenue.Web.dll --urls "$PA_BENCH_URL") >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 60); do curl -fsS "$PA_BENCH_URL/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "$PA_BENCH_URL/health" >/dev/null || { log "the app did not start"; tail -n 30 "$WORK/app.log" >&2; exit 1; }
fi
case "$PA_BENCH_URL" in
  http://localhost:*|http://127.0.0.1:*|http://localhost|http://127.0.0.1) ;;
  *) log "PA_BENCH_URL must point at localhost"; exit 2 ;;
esac

# Warm the server (JIT, caches) so the runs measure the page, not the first request after start.
for page in $PAGES; do
  for _ in 1 2 3; do curl -fsS -o /dev/null -H 'Accept-Encoding: br, gzip' "$PA_BENCH_URL$page" || { log "$page does not answer 200"; exit 1; }; done
done

log "Lighthouse $("$LIGHTHOUSE" --version), mobile, performance; $RUNS run(s) per page; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %5s %9s %9s %8s %7s %10s\n' page score LCP FCP TBT CLS bytes
for page in $PAGES; do
  name=$(printf '%s' "$page" | tr -c 'A-Za-z0-9' '_')
  for run in $(seq 1 "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium "$LIGHTHOUSE" "$PA_BENCH_URL$page" --quiet --only-categories=performance \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      --output=json --output-path="$OUT/$name-$run.json" >/dev/null 2>"$OUT/$name-$run.log" \
      || { log "Lighthouse failed on $page"; tail -n 20 "$OUT/$name-$run.log" >&2; exit 1; }
  done
  # The median run by performance score, and its metrics.
  median=$(for f in "$OUT/$name"-*.json; do printf '%s %s\n' "$(jq '.categories.performance.score' "$f")" "$f"; done \
    | sort -n | awk '{ a[NR] = $2 } END { print a[int((NR + 1) / 2)] }')
  jq -r --arg page "$page" '[
      $page,
      (.categories.performance.score * 100 | round | tostring),
      ((.audits["largest-contentful-paint"].numericValue / 1000 * 10 | round) / 10 | tostring) + " s",
      ((.audits["first-contentful-paint"].numericValue / 1000 * 10 | round) / 10 | tostring) + " s",
      (.audits["total-blocking-time"].numericValue | round | tostring) + " ms",
      ((.audits["cumulative-layout-shift"].numericValue * 1000 | round) / 1000 | tostring),
      ((.audits["total-byte-weight"].numericValue / 1024 | round | tostring) + " KB")
    ] | @tsv' "$median" | awk -F'\t' '{ printf "%-16s %5s %9s %9s %8s %7s %10s\n", $1, $2, $3, $4, $5, $6, $7 }'
done
[ -z "${PA_LH_OUT:-}" ] || log "reports in $OUT"
