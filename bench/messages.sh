#!/usr/bin/env bash
# bench/messages.sh: messaging at scale through the real services (issue 12's benchmark).
#
#   bench/messages.sh                     # throwaway PostgreSQL, migrate, run bench/Messages
#   PA_BENCH_SUBSCRIBERS=200 PA_BENCH_PER_PAIR=20 PA_BENCH_ITERATIONS=200 bench/messages.sh
#
# Seeds a member with 500 conversations (one of them 10,000 messages long), a member with 5 and a conversation of 10 for
# the baselines, and PA_BENCH_SUBSCRIBERS members in DM pairs. Prints p50/p95 of the conversation list and of opening the
# big conversation (ConversationQueries), and of send → display through IMessageBroadcaster (each receiver re-asks its
# history when the event arrives), each with its baseline from the same run and the ratio. Only talks to 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

SUBSCRIBERS=${PA_BENCH_SUBSCRIBERS:-200}
PER_PAIR=${PA_BENCH_PER_PAIR:-20}
ITERATIONS=${PA_BENCH_ITERATIONS:-200}
WORK=$(mktemp -d /tmp/pa-messages-bench.XXXXXX)
chmod 755 "$WORK"
cleanup() { pg_stop "$WORK/pg"; rm -rf "$WORK"; }
trap cleanup EXIT

ensure_dotnet
ensure_postgres
PORT=$(free_port); DB=pa_messages_bench
bench_cluster "$WORK/pg" "$PORT" "$DB" -c shared_buffers=256MB -c max_connections=300
log "building and migrating"
dotnet_build build ProducersAvenue.Web -c Release -nologo -v q >/dev/null
app_command "$PORT" "$DB" migrate >/dev/null
log "building bench/Messages"
dotnet_build build bench/Messages -c Release -nologo -v q -o "$WORK/bench" >/dev/null
dotnet "$WORK/bench/MessagesBench.dll" "$(owner_cs "$PORT" "$DB")" "$(app_cs "$PORT" "$DB")" "$SUBSCRIBERS" "$PER_PAIR" "$ITERATIONS"
