#!/usr/bin/env bash
# The server with ten thousand people's years on one PostgreSQL: throughput and latency of the Today page and of
# POST /api/v1/episodes (wrk, 64 connections, a random person per request) against the same server with one person.
#
# One person's years are logged through the JSON API (Benchmarks/scale/fill_person.py: per year 365 check-ins,
# 400 episodes, 700 foods, 500 supplement intakes; 2 medicines; a trial), then copied on the server to the other
# people (clone_people.sql; a trial for one in ten). The two databases take turns three times in one run, and the
# medians are printed beside the targets: throughput at least 80% of the one-person figure, p99 at most 1.5 times it,
# no errors. Never fails on a missed target; refuses to start a fill the disk can't hold.
#
# Usage: Benchmarks/scale/run.sh [PEOPLE] [SECONDS] [--no-build]   (default 10000 people, 20 s per route and round)
#   --no-build      use the release binary already built
#   --keep DIR      keep the filled PostgreSQL cluster in DIR, still running, for --reuse
#   --reuse DIR     measure again on a cluster an earlier run kept in DIR (with the same PEOPLE), filling nothing
#   TWITCHLESS_BIN  use this binary instead (and build nothing)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD=1
KEEP=""
REUSE=""
ARGS=()
while (($#)); do
    case "$1" in
        --no-build) BUILD=0 ;;
        --keep) KEEP="${2:?--keep takes a folder}"; shift ;;
        --reuse) REUSE="${2:?--reuse takes a folder}"; shift ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) ARGS+=("$1") ;;
    esac
    shift
done
PEOPLE="${ARGS[0]:-10000}"
DURATION="${ARGS[1]:-20}"
YEARS=2
ROUNDS=3
CONNECTIONS=64
BATCH=250
SAMPLE=20
[[ "$PEOPLE" =~ ^[0-9]+$ && "$PEOPLE" -ge 2 ]] || { echo "error: PEOPLE should be a whole number of at least 2, not '$PEOPLE'" >&2; exit 64; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 ]] || { echo "error: SECONDS should be a whole number of at least 1, not '$DURATION'" >&2; exit 64; }

if [[ -n "${TWITCHLESS_BIN:-}" ]]; then
    BIN="$TWITCHLESS_BIN"
else
    if [[ "$BUILD" == 1 ]]; then
        echo "Building the release binary..."
        (cd "$ROOT" && swift build -c release --product twitchless 2>&1 | tail -n 1)
    fi
    BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless"
fi
[[ -x "$BIN" ]] || { echo "error: no release binary at $BIN; run without --no-build" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/twitchless-scale-bench.XXXXXX")"
CLUSTER="${REUSE:-${KEEP:-$WORK}}/pg"
SERVER_PID=""
cleanup() {
    stop_server 2>/dev/null || true
    if [[ -n "$KEEP$REUSE" ]]; then
        echo "The filled cluster is still running in $CLUSTER (port $PORT): measure again with --reuse ${REUSE:-$KEEP}," \
            "stop it with scripts/test-postgres stop $CLUSTER"
    else
        "$ROOT/scripts/test-postgres" stop "$CLUSTER" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
source "$HERE/../server/lib.sh"

chmod 755 "$WORK"
if [[ -n "$REUSE" ]]; then
    PORT="$(cat "$CLUSTER/port" 2>/dev/null)" && [[ "$(cat "$CLUSTER/people" 2>/dev/null)" == "$PEOPLE" ]] \
        || { echo "error: $REUSE holds no cluster a run with --keep filled with $PEOPLE people" >&2; exit 1; }
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if ! runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$CLUSTER/data" status >/dev/null 2>&1; then
        echo "Starting the kept cluster in $CLUSTER..."
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/server.log" -w \
            -o "-p $PORT -k $CLUSTER -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    fi
else
    [[ -n "$KEEP" && -e "$CLUSTER" ]] && { echo "error: $CLUSTER exists already; --reuse it, or give --keep a new folder" >&2; exit 1; }
    mkdir -p "$(dirname "$CLUSTER")"; chmod 755 "$(dirname "$CLUSTER")"
    ADMIN_URL="$("$ROOT/scripts/test-postgres" start "$CLUSTER")"
    PORT="${ADMIN_URL##*:}"; PORT="${PORT%%/*}"
    echo "$PORT" >"$CLUSTER/port"
fi
PSQL_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql"
psql() { # DATABASE, then psql's own arguments
    local database="$1"; shift
    "$PSQL_BIN" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d "$database" "$@"
}
url() { echo "postgres://postgres@127.0.0.1:$PORT/$1"; }
if [[ -z "$REUSE" ]]; then
    # PostgreSQL's documented starting point for a database server: shared_buffers at a quarter of the memory (its
    # default, 128 MB, is sized to start anywhere, not to serve). Kept for --reuse in postgresql.auto.conf.
    BUFFERS_MB=$(( $(awk '/^MemTotal:/ { print $2 }' /proc/meminfo) / 4 / 1024 ))
    # max_wal_size at 16 GB (1 GB by default), so neither the fill nor the writes measured are cut into by
    # checkpoints forced by the volume of WAL rather than by time.
    psql postgres -c "ALTER SYSTEM SET shared_buffers = '${BUFFERS_MB}MB'" -c "ALTER SYSTEM SET max_wal_size = '16GB'"
    runuser -u postgres -- "$(dirname "$PSQL_BIN")/pg_ctl" -D "$CLUSTER/data" -w -m fast restart >/dev/null
    psql postgres -c "CREATE DATABASE one" -c "CREATE DATABASE many"

    # One person, logged through the API as a person would.
    echo "Logging one person's $YEARS years through the API..."
    start_server "$(url one)"
    sign_up
    python3 "$HERE/fill_person.py" "$BASE" "$TOKEN" --years "$YEARS"
    stop_server
    TEMPLATE="$(psql one -At -c "SELECT owner_id FROM users WHERE is_owner")"
    psql one -f "$HERE/clone_people.sql" -c "SELECT scale_sign_in('$TEMPLATE', 0, 0)" >/dev/null
    psql postgres -c "DROP DATABASE many" -c "CREATE DATABASE many TEMPLATE one"

    # A few copies tell how much disk a person takes; refuse a fill the disk can't hold, with room to spare.
    before="$(psql many -At -c "SELECT pg_database_size('many')")"
    psql many -At -c "SELECT scale_clone_people('$TEMPLATE', 1, $SAMPLE)" >/dev/null
    after="$(psql many -At -c "SELECT pg_database_size('many')")"
    per_person=$(( (after - before) / SAMPLE ))
    needed=$(( per_person * (PEOPLE - 1 - SAMPLE) * 13 / 10 + 2 * 1024 * 1024 * 1024 ))
    available=$(( $(df --output=avail -B1 "$CLUSTER" | tail -n 1) ))
    if (( needed > available )); then
        printf 'error: %s people need about %.1f GB of disk (%.1f MB each, with room for indexes and the write-ahead log), but only %.1f GB is free where PostgreSQL keeps its data (%s).\n' \
            "$PEOPLE" "$(awk -v b="$needed" 'BEGIN { print b / 1e9 }')" "$(awk -v b="$per_person" 'BEGIN { print b / 1e6 }')" \
            "$(awk -v b="$available" 'BEGIN { print b / 1e9 }')" "$CLUSTER" >&2
        echo "Ask for fewer people, or set TMPDIR to a folder on a bigger disk." >&2
        exit 1
    fi
    printf 'Copying the person to %s people (%.1f MB each, about %.1f GB in all)...\n' "$PEOPLE" \
        "$(awk -v b="$per_person" 'BEGIN { print b / 1e6 }')" "$(awk -v b="$per_person" -v n="$PEOPLE" 'BEGIN { print b * n / 1e9 }')"
    started=$SECONDS
    rows=0
    for (( first = SAMPLE + 1; first < PEOPLE; first += BATCH )); do
        last=$(( first + BATCH - 1 < PEOPLE - 1 ? first + BATCH - 1 : PEOPLE - 1 ))
        rows=$(( rows + $(psql many -At -c "SELECT scale_clone_people('$TEMPLATE', $first, $last)") ))
        printf '\r  %s of %s people, %s rows, %s s' "$((last + 1))" "$PEOPLE" "$rows" "$((SECONDS - started))"
    done
    echo
    psql many -c "VACUUM (ANALYZE)"
    psql one -c "VACUUM (ANALYZE)"
    echo "$PEOPLE" >"$CLUSTER/people"
fi
echo "PostgreSQL: shared_buffers $(psql postgres -At -c "SHOW shared_buffers"), max_wal_size $(psql postgres -At -c "SHOW max_wal_size"), fsync off (nothing here measures the disk)"
psql many -At -c "SELECT 'Stored: ' || (SELECT count(*) FROM users) || ' people, ' || (SELECT count(*) FROM episodes) || ' episodes, '
    || (SELECT count(*) FROM day_logs) || ' check-ins, ' || (SELECT count(*) FROM food_intakes) || ' foods, '
    || (SELECT count(*) FROM supplement_intakes) || ' supplement intakes, ' || (SELECT count(*) FROM medicines) || ' medicines, '
    || (SELECT count(*) FROM trials) || ' trials; ' || pg_size_pretty(pg_database_size('many'))"

# measure DATABASE PEOPLE ROUND CACHE: Today, then POST episodes, as random people, on a server given
# --cache-people CACHE; appends a line per route to $WORK/figures.
measure() {
    start_server "$(url "$1")" --cache-people "$4"
    wrk -t2 -c8 -d2s -s "$HERE/people.lua" "$BASE/" -- get "$2" / >/dev/null
    local mode; mode="$([[ "$4" == 0 ]] && echo uncached || echo shipped)"
    wrk_figures "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/people.lua" "$BASE/" -- get "$2" /)"
    echo "$1 today $mode $3 $RATE $P50 $P99 $ERRORS" >>"$WORK/figures"
    # Each route is warmed before it is measured: right after the Today pages have filled PostgreSQL's cache with
    # thousands of people's histories, the first writes find the indexes they change out of it.
    wrk -t2 -c8 -d2s -s "$HERE/people.lua" "$BASE" -- post "$2" 1 >/dev/null
    wrk_figures "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/people.lua" "$BASE" -- post "$2" 0)"
    echo "$1 episodes $mode $3 $RATE $P50 $P99 $ERRORS" >>"$WORK/figures"
    stop_server
    # The episodes just posted go (they are all before 2017), so every measurement starts from the same data and can
    # post at the same times: one person given 40,000 more episodes a round would no longer be the person the other
    # database holds 10,000 of.
    psql "$1" -c "DELETE FROM episodes WHERE started_at < 1500000000" -c "VACUUM (ANALYZE) episodes" >/dev/null
}

printf '\n%-6s %-9s %-22s %-8s %10s %9s %9s %8s\n' round cache route people "req/s" "p50 ms" "p99 ms" errors
for round in $(seq 1 $ROUNDS); do
    for cache in 10000 0; do
        for database in one many; do
            measure "$database" "$([[ "$database" == one ]] && echo 1 || echo "$PEOPLE")" "$round" "$cache"
            tail -n 2 "$WORK/figures" | while read -r db route mode _ rate p50 p99 errors; do
                printf '%-6s %-9s %-22s %-8s %10s %9s %9s %8s\n' "$round" "$mode" \
                    "$([[ "$route" == today ]] && echo "GET / (Today)" || echo "POST /api/v1/episodes")" \
                    "$([[ "$db" == one ]] && echo 1 || echo "$PEOPLE")" "$rate" "$p50" "$p99" "$errors"
            done
        done
    done
done

echo
echo "Medians of $ROUNDS rounds, $PEOPLE people against one:"
python3 - "$WORK/figures" "$PEOPLE" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for mode, heading in (("uncached", "the same work (--cache-people 0), the targets"), ("shipped", "as shipped (the one person's page cached)")):
    print(f" {heading}:")
    for route, label in (("today", "GET / (Today)"), ("episodes", "POST /api/v1/episodes")):
        def median(database, column):
            return statistics.median(float(row[column]) for row in rows if row[0] == database and row[1] == route and row[2] == mode)
        errors = sum(int(row[7]) for row in rows if row[1] == route and row[2] == mode)
        if min(median("one", 4), median("many", 4), median("one", 6), median("many", 6)) <= 0:
            print(f"  {label:22} no request finished within a measurement: give it more SECONDS")
            continue
        throughput = median("many", 4) / median("one", 4)
        p99 = median("many", 6) / median("one", 6)
        print(f"  {label:22} {median('one', 4):8.0f} vs {median('many', 4):8.0f} req/s: {throughput:.2f} "
              f"(target >= 0.80: {'ok' if throughput >= 0.8 else 'MISSED'}); p99 {median('one', 6):.2f} vs {median('many', 6):.2f} ms: "
              f"{p99:.2f} (target <= 1.5: {'ok' if p99 <= 1.5 else 'MISSED'}); errors {errors} ({'ok' if errors == 0 else 'MISSED'})")
PY
