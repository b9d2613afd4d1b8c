#!/usr/bin/env bash
# bench/market.sh: the storefront's filters, sorts and search at marketplace scale, 50 concurrent callers.
#
#   bench/market.sh                                            # throwaway PostgreSQL, migrate, bulk seed, measure
#   PA_BENCH_PG_PORT=55499 PA_BENCH_DB=pa_bench bench/market.sh  # an already seeded database (pa_app / pa_owner on it)
#
# Seeds PA_BENCH_PRODUCTS products (200,000) and PA_BENCH_SERVICES services (50,000) sold by PA_BENCH_USERS members
# (`seed --products N --services N`), VACUUM ANALYZEs as autovacuum would have, then runs bench/Storefront: the real
# StorefrontQueries (the statement /market sends, Row Level Security on, as a signed-out visitor) from
# PA_BENCH_WORKERS workers (50) for PA_BENCH_DURATION seconds (10) per scenario, printing p50, p95, req/s and p95 as a
# multiple of a "SELECT 1" baseline through the same pool measured in the same run, and each call's CPU time split
# between the client (the app's side: EF, materialising rows) and the PostgreSQL cluster. PA_BENCH_STOREFRONT_CACHE sets
# the storefront's page cache lifetime in seconds (decision 128): 0 (the default) runs every call's statement; with it on
# the repeated pages are cache hits: whole pages for a signed-out visitor; with PA_BENCH_STOREFRONT_VIEWER=member each
# worker is a different signed-in member, whose pages name private sellers from that member's own kept view of them.
# Only ever talks to 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

USERS=${PA_BENCH_USERS:-20000}
PRODUCTS=${PA_BENCH_PRODUCTS:-200000}
SERVICES=${PA_BENCH_SERVICES:-50000}
DURATION=${PA_BENCH_DURATION:-10}
WORKERS=${PA_BENCH_WORKERS:-50}
WORK=$(mktemp -d /tmp/pa-market-bench.XXXXXX)
chmod 755 "$WORK"
OWN_CLUSTER=""
cleanup() { if [ -n "$OWN_CLUSTER" ]; then pg_stop "$WORK/pg"; fi; rm -rf "$WORK"; }
trap cleanup EXIT

ensure_dotnet
if [ -n "${PA_BENCH_PG_PORT:-}" ]; then
  PORT=$PA_BENCH_PG_PORT; DB=${PA_BENCH_DB:-pa_bench}
else
  ensure_postgres
  PORT=$(free_port); DB=pa_market_bench; OWN_CLUSTER=1
  bench_cluster "$WORK/pg" "$PORT" "$DB" -c shared_buffers=256MB -c max_connections=200
  log "building, migrating, seeding $USERS members, $PRODUCTS products and $SERVICES services"
  dotnet_build build ProducersAvenue.Web -c Release -nologo -v q >/dev/null
  app_command "$PORT" "$DB" migrate >/dev/null
  time app_command "$PORT" "$DB" seed --users "$USERS" --posts 0 --follows-per-user 10 --products "$PRODUCTS" --services "$SERVICES" >/dev/null
  psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -qc "VACUUM ANALYZE"
fi
case "$PORT" in ''|*[!0-9]*) echo "PA_BENCH_PG_PORT must be a port number" >&2; exit 2 ;; esac

psql -h 127.0.0.1 -p "$PORT" -U pa_owner -d "$DB" -Atc \
  "SELECT format('%s active products, %s active services', (SELECT count(*) FROM products WHERE status = 'active'), (SELECT count(*) FROM services WHERE status = 'active'))"
log "building bench/Storefront"
dotnet_build build bench/Storefront -c Release -nologo -v q -o "$WORK/bench" >/dev/null
# The postmaster's PID, so the benchmark can split each call's CPU between itself (EF, materialising) and PostgreSQL.
PG_DATA=$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -Atc "SHOW data_directory" 2>/dev/null || true)
POSTMASTER=$( [ -n "$PG_DATA" ] && head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || echo 0)
dotnet "$WORK/bench/StorefrontBench.dll" "$(app_cs "$PORT" "$DB");Maximum Pool Size=$((WORKERS + 10))" "$DURATION" "$WORKERS" "$POSTMASTER" \
  "${PA_BENCH_STOREFRONT_CACHE:-0}" "${PA_BENCH_STOREFRONT_VIEWER:-visitor}"
