#!/usr/bin/env bash
# bench/ledger.sh: wallet-to-wallet transfers through the real money path at concurrency (issue 11's ledger benchmark).
#
#   bench/ledger.sh                       # throwaway PostgreSQL, migrate, run bench/Ledger
#   PA_BENCH_TRANSFERS=10000 PA_BENCH_WORKERS=64 PA_BENCH_WALLETS=1000 PA_BENCH_HOT=10 bench/ledger.sh
#
# Funds PA_BENCH_WALLETS wallets through cleared sales, then PA_BENCH_WORKERS workers make PA_BENCH_TRANSFERS transfers
# (half touching PA_BENCH_HOT hot wallets), each a transactions row and its balanced posting in one jobs-role unit of work.
# Prints transfers/s, p50, p95 and p95 as a multiple of a "SELECT 1" unit measured in the same run, then the books:
# negative balances, unbalanced postings, wallets that differ from their entries (all must be 0). Only talks to 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

TRANSFERS=${PA_BENCH_TRANSFERS:-10000}
WORKERS=${PA_BENCH_WORKERS:-64}
WALLETS=${PA_BENCH_WALLETS:-1000}
HOT=${PA_BENCH_HOT:-10}
WORK=$(mktemp -d /tmp/pa-ledger-bench.XXXXXX)
chmod 755 "$WORK"
cleanup() { pg_stop "$WORK/pg"; rm -rf "$WORK"; }
trap cleanup EXIT

ensure_dotnet
ensure_postgres
PORT=$(free_port); DB=pa_ledger_bench
bench_cluster "$WORK/pg" "$PORT" "$DB" -c shared_buffers=256MB -c max_connections=200
log "building and migrating"
dotnet_build build ProducersAvenue.Web -c Release -nologo -v q >/dev/null
app_command "$PORT" "$DB" migrate >/dev/null
log "building bench/Ledger"
dotnet_build build bench/Ledger -c Release -nologo -v q -o "$WORK/bench" >/dev/null
dotnet "$WORK/bench/LedgerBench.dll" "$(owner_cs "$PORT" "$DB")" "$(app_cs "$PORT" "$DB")" "$TRANSFERS" "$WORKERS" "$WALLETS" "$HOT"
