#!/usr/bin/env bash
# Shared bootstrap for run.sh and test.sh: install what is missing, run a project-local PostgreSQL 15.
# Sourced, not executed. Works as root (the server then runs as the `postgres` OS user) and as a normal user.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '\033[1;35m==>\033[0m %s\n' "$*" >&2; }

# `dotnet build` / `dotnet publish` with their arguments. Every build in the repository runs in one MSBuild process
# without node reuse (Directory.Build.rsp, decision 254): worker nodes died on loaded machines (MSB4166). A build that
# fails anyway is tried once more before the failure stands (a node killed from outside, a restore cut short).
dotnet_build() {
  dotnet "$@" && return 0
  log "the build failed; trying once more"
  dotnet "$@"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root to run: $*"; return 1; fi
}

apt_install() {
  log "installing $* (apt)"
  if [ -z "${PA_APT_UPDATED:-}" ]; then as_root apt-get update -qq >/dev/null; PA_APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { log "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }
}

ensure_postgres() {
  [ -x "$PG_BIN/initdb" ] || apt_install postgresql-15
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --home /var/lib/postgresql postgres; fi
}

# Chromium for the benchmarks (Lighthouse, circuits) and its headless shell for the browser tests (decision 233).
ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  [ -x /usr/bin/chromium-headless-shell ] || apt_install chromium-headless-shell
}

# Run a PostgreSQL server binary as the right OS user.
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# memory_dir <prefix> <MB>: a new directory on /dev/shm when that tmpfs has <MB> free, else under /tmp; prints its path.
memory_dir() {
  local prefix=$1 need=$2 base=/tmp
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pm /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')" -ge "$need" ] 2>/dev/null; then
    base=/dev/shm
  fi
  local dir
  dir=$(mktemp -d "$base/$prefix.XXXXXX")
  chmod 755 "$dir"
  echo "$dir"
}

# free_port: a TCP port nothing listens on.
free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# pg_start DIR PORT [extra server options]: initdb DIR when new, then start it (no-op when running).
pg_start() {
  local dir=$1 port=$2; shift 2
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_run "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  pg_run mkdir -p "$dir/sock"
  if pg_run "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then return 0; fi
  pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 $*" start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; exit 1; }
}

pg_stop() {
  local dir=$1
  [ -d "$dir/data" ] && pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_port DIR: the port a cluster in DIR was started on (from postmaster.pid).
pg_port() { sed -n 4p "$1/data/postmaster.pid" 2>/dev/null; }

# pg_roles PORT: the owner role (runs migrations and seeding past the forced RLS policies: BYPASSRLS), the app role
# and the jobs role (neither owns anything nor bypasses RLS). See docs/decisions/080.
pg_roles() {
  local port=$1
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pa_owner') THEN CREATE ROLE pa_owner LOGIN CREATEDB; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pa_app') THEN CREATE ROLE pa_app LOGIN NOBYPASSRLS; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pa_jobs') THEN CREATE ROLE pa_jobs LOGIN NOBYPASSRLS; END IF;
  ALTER ROLE pa_owner BYPASSRLS;
  ALTER ROLE pa_app NOBYPASSRLS;
  ALTER ROLE pa_jobs NOBYPASSRLS;
END $$;
SQL
}

# Connection strings for a database on a local cluster.
owner_cs() { echo "Host=127.0.0.1;Port=$1;Database=$2;Username=pa_owner"; }
app_cs() { echo "Host=127.0.0.1;Port=$1;Database=$2;Username=pa_app"; }

# bench_cluster DIR PORT DB [extra server options]: a throwaway cluster in DIR with the roles and an empty database DB
# owned by pa_owner (the benchmarks' start).
bench_cluster() {
  local dir=$1 port=$2 db=$3; shift 3
  log "throwaway PostgreSQL on port $port"
  pg_start "$dir" "$port" "$@"
  pg_roles "$port"
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE $db OWNER pa_owner"
}

# app_command PORT DB ARGS...: runs the built app's command line (migrate, seed, ...) against database DB; the app must
# have been built (dotnet_build build ProducersAvenue.Web -c Release).
app_command() {
  local port=$1 db=$2; shift 2
  (
    cd "$PA_ROOT/ProducersAvenue.Web"
    export ConnectionStrings__Default="$(app_cs "$port" "$db")" ConnectionStrings__Owner="$(owner_cs "$port" "$db")" Logging__LogLevel__Default=Warning
    dotnet bin/Release/net10.0/ProducersAvenue.Web.dll "$@"
  )
}
