#!/usr/bin/env bash
# ./run.sh [--reset | --stop]: install what is missing, start the project-local PostgreSQL, migrate, seed, serve the app.
# Settings (environment): PA_URL (http://localhost:5080), PA_PG_PORT (55432), PA_DATA_DIR (/var/tmp/producers-avenue-<hash>).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$PA_ROOT"

RESET=0
STOP=0
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=1 ;;
    --stop) STOP=1 ;;
    *) echo "usage: ./run.sh [--reset | --stop]" >&2; exit 2 ;;
  esac
done

PA_DATA_DIR=${PA_DATA_DIR:-/var/tmp/producers-avenue-$(printf '%s' "$PA_ROOT" | md5sum | cut -c1-8)}
PA_PG_PORT=${PA_PG_PORT:-55432}
PA_URL=${PA_URL:-http://localhost:5080}
DB=producers_avenue

if [ "$STOP" -eq 1 ]; then
  log "stopping the PostgreSQL in $PA_DATA_DIR/pg (the app stops with Ctrl+C)"
  pg_stop "$PA_DATA_DIR/pg"
  exit 0
fi

ensure_dotnet
ensure_postgres
pg_start "$PA_DATA_DIR/pg" "$PA_PG_PORT"
PORT=$(pg_port "$PA_DATA_DIR/pg")
pg_roles "$PORT"
if [ "$RESET" -eq 1 ]; then
  log "dropping database $DB"
  psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -q -c "CREATE DATABASE $DB OWNER pa_owner"

log "building"
# For this machine's runtime only: without a runtime identifier every platform's native libraries (SkiaSharp's
# Windows and macOS builds among them) are copied too, ten times the size.
RID=$(dotnet --info | awk '/RID:/ { print $2; exit }')
dotnet_build publish ProducersAvenue.Web -c Release ${RID:+-r "$RID" --self-contained false} -o "$PA_DATA_DIR/app" -nologo -v q >/dev/null

export ConnectionStrings__Default="$(app_cs "$PORT" "$DB")"
export ConnectionStrings__Owner="$(owner_cs "$PORT" "$DB")"
export Storage__Local__Root="$PA_DATA_DIR/files"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# Sign-up and reset emails stay in the outbox (no SMTP here). Outside Development only admins can read them at
# /dev/mailbox; everyone else gets 404 (decision 030).
export Email__DevMailbox=${Email__DevMailbox:-true}
# The address members reach, for links in emails and where a processor sends buyers back (both default to another port).
export Notifications__PublicBaseUrl=${Notifications__PublicBaseUrl:-$PA_URL}
export Stripe__PublicBaseUrl=${Stripe__PublicBaseUrl:-$PA_URL}

log "migrating and seeding"
(cd "$PA_DATA_DIR/app" && dotnet ProducersAvenue.Web.dll migrate --seed-demo)

cat <<MSG

  Producers Avenue is starting at $PA_URL
  Demo logins (password: Demo-pass-2026):
    admin   admin@producersavenue.test
    seller  seller@producersavenue.test
    member  member@producersavenue.test
  Emails (sign in as admin first): $PA_URL/dev/mailbox
  PostgreSQL: port $PORT, data in $PA_DATA_DIR/pg; uploads in $PA_DATA_DIR/files
  Stop: Ctrl+C stops the app; ./run.sh --stop stops PostgreSQL.

MSG
cd "$PA_DATA_DIR/app"
exec dotnet ProducersAvenue.Web.dll --urls "$PA_URL"
