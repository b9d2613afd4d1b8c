#!/usr/bin/env bash
# ./test.sh [dotnet test args...]: the same bootstrap as run.sh on a throwaway PostgreSQL cluster, then every test.
# Ends with the line "N passed, N failed" counted from the test results; exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$PA_ROOT"

ensure_dotnet
ensure_postgres
ensure_chromium

WORK=$(mktemp -d /tmp/pa-test.XXXXXX)
chmod 755 "$WORK"
PORT=$(free_port)
cleanup() { pg_stop "$WORK/pg"; rm -rf "$WORK"; }
trap cleanup EXIT

log "throwaway PostgreSQL on port $PORT"
pg_start "$WORK/pg" "$PORT" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400
pg_roles "$PORT"

export PA_TEST_PG_PORT=$PORT
export PA_TEST_ARTIFACTS=${PA_TEST_ARTIFACTS:-$PA_ROOT/artifacts}
mkdir -p "$PA_TEST_ARTIFACTS"

log "building"
dotnet build ProducersAvenue.sln -c Release -nologo -v q

log "testing"
set +e
dotnet test ProducersAvenue.sln -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
  --results-directory "$WORK/results" "$@"
status=$?
set -e

passed=0; failed=0; skipped=0
for trx in "$WORK"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
cp "$WORK"/results/*.trx "$PA_TEST_ARTIFACTS/" 2>/dev/null || true
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a crash before any result still fails

if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
