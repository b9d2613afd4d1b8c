#!/usr/bin/env bash
# bench/rls.sh: what Row Level Security costs the hot reads, measured in one run with RLS on and off.
#
#   bench/rls.sh                       # throwaway PostgreSQL, migrate, bulk seed (PA_BENCH_USERS / PA_BENCH_POSTS), measure
#   PA_BENCH_PG_PORT=55499 PA_BENCH_DB=pa_bench bench/rls.sh   # an already seeded database (pa_app / pa_owner on it)
#   PA_BENCH_READS="post" bench/rls.sh                           # only some of the reads: home profile post notifications
#
# Each read is the SQL the services send (same joins, predicates, probes and LIMIT as FeedService, CommentService and
# NotificationQueryService), one command per service call, each prefixed with the caller exactly as CallerInterceptor
# does ("CALL app_set_caller(...); SELECT ...": one implicit transaction). pgbench runs each read as pa_app (policies on)
# and as pa_owner (BYPASSRLS: policies off) for PA_BENCH_DURATION seconds each, PA_BENCH_CLIENTS clients, and prints
# mean latency, tps, the server's CPU time per read, and the on/off ratios of latency and CPU.
# The viewer is bulk member 1 (follows ~150 people); it gets PA_BENCH_NOTIFICATIONS notifications for the list.
# Only ever talks to 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$PA_ROOT"

USERS=${PA_BENCH_USERS:-5000}
POSTS=${PA_BENCH_POSTS:-100000}
DURATION=${PA_BENCH_DURATION:-10}
CLIENTS=${PA_BENCH_CLIENTS:-2}
NOTIFICATIONS=${PA_BENCH_NOTIFICATIONS:-2000}
WORK=$(mktemp -d /tmp/pa-rls-bench.XXXXXX)
chmod 755 "$WORK"
OWN_CLUSTER=""
cleanup() { if [ -n "$OWN_CLUSTER" ]; then pg_stop "$WORK/pg"; fi; rm -rf "$WORK"; }
trap cleanup EXIT

PGBENCH=$PG_BIN/pgbench
if [ -n "${PA_BENCH_PG_PORT:-}" ]; then
  PORT=$PA_BENCH_PG_PORT; DB=${PA_BENCH_DB:-pa_bench}
else
  ensure_dotnet; ensure_postgres
  PORT=$(free_port); DB=pa_rls_bench; OWN_CLUSTER=1
  bench_cluster "$WORK/pg" "$PORT" "$DB" -c shared_buffers=256MB
  log "building, migrating, seeding $USERS members and $POSTS posts"
  dotnet_build build ProducersAvenue.Web -c Release -nologo -v q >/dev/null
  app_command "$PORT" "$DB" migrate >/dev/null
  app_command "$PORT" "$DB" seed --users "$USERS" --posts "$POSTS" --follows-per-user 150 >/dev/null
fi
case "$PORT" in ''|*[!0-9]*) echo "PA_BENCH_PG_PORT must be a port number" >&2; exit 2 ;; esac

owner_psql() { psql -h 127.0.0.1 -p "$PORT" -U pa_owner -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }
VIEWER=$(owner_psql -c "SELECT id FROM auth.users WHERE normalized_email = 'MEMBER1@BULK.PRODUCERSAVENUE.TEST'")
[ -n "$VIEWER" ] || { echo "no bulk member 1 in $DB: seed first (README: seed)" >&2; exit 1; }
# A followed author's profile, the viewer-visible post with the most comments, and notifications for the list.
AUTHOR=$(owner_psql -c "SELECT f.following_id FROM followers f JOIN user_profiles p ON p.user_id = f.following_id
  WHERE f.follower_id = '$VIEWER' AND p.profile_visibility = 'public' AND NOT p.is_banned ORDER BY p.followers_count DESC LIMIT 1")
POST=$(owner_psql -c "SELECT p.id FROM posts p JOIN user_profiles a ON a.user_id = p.user_id
  WHERE a.profile_visibility = 'public' AND NOT a.is_banned AND NOT p.is_hidden ORDER BY p.comments_count DESC LIMIT 1")
if [ "$(owner_psql -c "SELECT count(*) FROM notifications WHERE user_id = '$VIEWER'")" -lt "$NOTIFICATIONS" ]; then
  owner_psql -c "INSERT INTO notifications (user_id, type, title, actor_id, created_at)
    SELECT '$VIEWER', 'like', 'liked your post', f.follower_id, now() - (g * interval '1 minute')
    FROM generate_series(1, $NOTIFICATIONS) g
    JOIN LATERAL (SELECT follower_id FROM followers WHERE following_id = '$VIEWER' OFFSET (g % 100) LIMIT 1) f ON true"
fi
# VACUUM as autovacuum would have by now: the bulk seed leaves the visibility map empty (no index-only scans).
psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -qc "VACUUM ANALYZE"

# Each service call is one command that CallerInterceptor prefixes with the caller: "CALL app_set_caller(...); SELECT ...",
# which PostgreSQL runs as one implicit transaction. pgbench sends "\;"-joined statements the same way (one message).
CALL="CALL app_set_caller('$VIEWER', 'member', '')\\;"
# The SQL EF sends for each service call (captured from the services' commands, parameters written as literals). Posts
# are read through the view visible_posts (decision 132: the posts policy's rule, applied once), with their authors' and
# commenters' names from member_cards (decision 133); PostQueries.Rows' per-post probes; the mute and block tests of the
# feed and the comment tree.
ROWS="SELECT p.id, p.user_id, u.username, u.display_name, u.avatar_url, p.content, p.media_urls, p.link_url, p.link_preview,
  p.post_type, p.poll_options, p.poll_ends_at, p.likes_count, p.comments_count, p.is_pinned, p.is_hidden, p.hidden_reason, p.created_at,
  p.updated_at,
  COALESCE((SELECT 1 FROM post_likes AS p1 WHERE p1.post_id = p.id AND p1.user_id = '$VIEWER' LIMIT 1), 0) = 1 AS liked,
  (SELECT p2.option_index FROM poll_votes AS p2 WHERE p2.post_id = p.id AND p2.user_id = '$VIEWER' LIMIT 1) AS my_vote,
  app_is_connected('$VIEWER', p.user_id) AS connected
  FROM (SELECT * FROM visible_posts) AS p INNER JOIN member_cards AS u ON p.user_id = u.user_id"

# FeedService.HomeAsync: one command.
cat >"$WORK/home.sql" <<SQL
$CALL
$ROWS WHERE (p.user_id = '$VIEWER' OR p.user_id IN (SELECT f.following_id FROM followers AS f WHERE f.follower_id = '$VIEWER'))
  AND NOT (app_is_muted(p.user_id))
ORDER BY p.created_at DESC, p.id DESC LIMIT 21;
SQL
# The profile page: the profile row (ProfileService), then FeedService.ProfileAsync.
cat >"$WORK/profile.sql" <<SQL
$CALL
SELECT * FROM user_profiles WHERE user_id = '$AUTHOR' LIMIT 1;
$CALL
$ROWS WHERE p.user_id = '$AUTHOR' ORDER BY p.is_pinned DESC, p.created_at DESC, p.id DESC LIMIT 21;
SQL
# The post page: FeedService.GetAsync, then CommentService.TreeAsync (the comments through visible_comments, which checks
# the post's visibility once for the tree, decision 137).
cat >"$WORK/post.sql" <<SQL
$CALL
$ROWS WHERE p.id = '$POST' LIMIT 1;
$CALL
SELECT c.id, c.parent_comment_id, c.user_id, u.username, u.display_name, u.avatar_url, c.content, c.likes_count, c.is_hidden,
  c.hidden_reason, c.created_at,
  EXISTS (SELECT 1 FROM comment_likes AS c0 WHERE c0.comment_id = c.id AND c0.user_id = '$VIEWER') AS liked
FROM (SELECT * FROM visible_comments) AS c INNER JOIN member_cards AS u ON c.user_id = u.user_id
WHERE c.post_id = '$POST' AND NOT (app_is_muted(c.user_id)) AND NOT (app_blocked_with(c.user_id))
ORDER BY c.created_at, c.id;
SQL
# NotificationQueryService: ListAsync, then UnreadCountAsync.
cat >"$WORK/notifications.sql" <<SQL
$CALL
SELECT n.actor_avatar_url, n.actor_username, n.created_at, n.id, n.is_read, n.link_url, n.message, n.title, n.type, n.user_id
FROM notification_list AS n WHERE n.user_id = '$VIEWER' ORDER BY n.created_at DESC, n.id DESC LIMIT 21;
$CALL
SELECT count(*)::int FROM notifications AS n WHERE n.user_id = '$VIEWER' AND NOT (n.is_read);
SQL

# The server's CPU time: backends are children of the postmaster, so its reaped-children times (fields 16 and 17 of
# /proc/PID/stat, in clock ticks) grow by what every finished pgbench connection used. Unlike latency, CPU per read
# barely moves when other work shares the machine's cores.
POSTMASTER=$(head -n 1 "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -Atc "SHOW data_directory")/postmaster.pid")
TICKS=$(getconf CLK_TCK)
server_ticks() { awk '{ print $16 + $17 }' "/proc/$POSTMASTER/stat"; }

# run ROLE SCRIPT -> "mean_ms tps server_cpu_ms_per_read"
run() {
  local before after out
  before=$(server_ticks)
  out=$("$PGBENCH" -h 127.0.0.1 -p "$PORT" -U "$1" -n -M simple -c "$CLIENTS" -j "$CLIENTS" -T "$DURATION" -f "$WORK/$2.sql" "$DB" 2>/dev/null)
  sleep 0.5   # let the postmaster reap the backends
  after=$(server_ticks)
  awk -v ticks=$((after - before)) -v hz="$TICKS" '/latency average/ {lat=$4} /^tps/ {tps=$3}
    /number of transactions actually processed/ {n=$NF}
    END {printf "%.2f %.0f %.3f", lat, tps, (n > 0 ? ticks * 1000 / hz / n : 0)}' <<<"$out"
}

echo "RLS bench: $DB on port $PORT, viewer $VIEWER, $CLIENTS clients, ${DURATION}s per run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-15s %13s %13s %8s %8s %7s %15s %15s %7s\n' read "off: mean ms" "on: mean ms" "off: tps" "on: tps" ratio \
  "off: cpu ms/read" "on: cpu ms/read" "cpu ratio"
for q in ${PA_BENCH_READS:-home profile post notifications}; do
  run pa_app "$q" >/dev/null   # warm-up
  read -r off_ms off_tps off_cpu <<<"$(run pa_owner "$q")"
  read -r on_ms on_tps on_cpu <<<"$(run pa_app "$q")"
  ratio=$(awk -v a="$on_ms" -v b="$off_ms" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  cpu_ratio=$(awk -v a="$on_cpu" -v b="$off_cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-15s %13s %13s %8s %8s %6sx %15s %15s %6sx\n' "$q" "$off_ms" "$on_ms" "$off_tps" "$on_tps" "$ratio" "$off_cpu" "$on_cpu" "$cpu_ratio"
done
