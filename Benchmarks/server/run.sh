#!/usr/bin/env bash
# Server latency under load, with wrk from Debian's packages: the static /health route (the ceiling), the Today page
# (a signed-in read) and POST /api/v1/episodes (a write), on SQLite and on PostgreSQL, 64 connections for 30 s each.
# Prints requests/s, p50 and p99 latency and errors beside the targets; never fails on a missed target.
# Usage: Benchmarks/server/run.sh [SECONDS]   (default 30; builds the release binary first)
#        ENGINES="postgresql" Benchmarks/server/run.sh   (one engine; default "sqlite postgresql")
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${1:-30}"
CONNECTIONS=64
READ_P99_MS=25
WRITE_P99_MS=50

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
echo "Building the release binary..."
(cd "$ROOT" && swift build -c release --product twitchless 2>&1 | tail -n 1)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/twitchless-server-bench.XXXXXX")"
SERVER_PID=""
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    "$ROOT/scripts/test-postgres" stop "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# start_server DATABASE: starts twitchless serve on a free port; sets SERVER_PID and BASE.
start_server() {
    local log="$WORK/server.log"
    env -u TWITCHLESS_DATABASE HOME="$WORK/home" TWITCHLESS_LOG_LEVEL=error "$BIN" serve --port 0 --database "$1" >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        BASE="$(grep -o 'http://[^ ]*' "$log" | head -n 1 || true)"
        [[ -n "$BASE" ]] && return 0
        sleep 0.1
    done
    echo "error: the server did not start:" >&2; cat "$log" >&2; exit 1
}

# sign_up: makes the owner account; sets COOKIE (the session) and TOKEN (an API token).
sign_up() {
    local jar="$WORK/jar" csrf
    rm -f "$jar"
    csrf="$(curl -s -c "$jar" "$BASE/setup" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
    curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/setup" --data-urlencode "csrf=$csrf" --data-urlencode "name=Bench" \
        --data-urlencode "email=bench@example.org" --data-urlencode "password=benchmark password"
    COOKIE="twitchless_session=$(awk '$6 == "twitchless_session" { print $7 }' "$jar")"
    csrf="$(curl -s -H "Cookie: $COOKIE" "$BASE/settings" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
    TOKEN="$(curl -s -H "Cookie: $COOKIE" "$BASE/settings/tokens" --data-urlencode "csrf=$csrf" --data-urlencode "name=bench" \
        | grep -o '<code>[^<]*</code>' | head -n 1 | sed 's/<code>//; s/<\/code>//')"
    [[ -n "$TOKEN" ]] || { echo "error: could not make an API token" >&2; exit 1; }
}

printf '\n%-10s %-22s %10s %9s %9s %8s   %s\n' engine route "req/s" "p50 ms" "p99 ms" errors target
report() { # engine route output target_ms
    local line; line="$(grep '^TWITCHLESS ' <<<"$3" | tail -n 1)"
    read -r _ requests socket status micros _ p50 p99 <<<"$line"
    local rate; rate="$(awk -v r="$requests" -v us="$micros" 'BEGIN { printf "%.0f", r / (us / 1e6) }')"
    local verdict="ceiling"
    if [[ "$4" != "-" ]]; then
        verdict="p99 < $4 ms: $(awk -v p="$p99" -v t="$4" 'BEGIN { print (p < t) ? "ok" : "MISSED" }'), errors: $([[ $((socket + status)) == 0 ]] && echo ok || echo MISSED)"
    fi
    printf '%-10s %-22s %10s %9s %9s %8s   %s\n' "$1" "$2" "$rate" "$p50" "$p99" "$((socket + status))" "$verdict"
}

for engine in ${ENGINES:-sqlite postgresql}; do
    if [[ "$engine" == sqlite ]]; then
        DATABASE="$WORK/bench.sqlite"
    else
        chmod 755 "$WORK"; DATABASE="$("$ROOT/scripts/test-postgres" start "$WORK/pg")"
    fi
    mkdir -p "$WORK/home"
    start_server "$DATABASE"
    sign_up
    # Warm up, then measure.
    wrk -t2 -c8 -d2s "$BASE/" -H "Cookie: $COOKIE" >/dev/null
    report "$engine" "GET /health" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/get.lua" "$BASE/health")" "-"
    report "$engine" "GET / (Today)" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/get.lua" "$BASE/" -- "Cookie: $COOKIE")" "$READ_P99_MS"
    report "$engine" "POST /api/v1/episodes" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/post_episode.lua" "$BASE" -- "$TOKEN")" "$WRITE_P99_MS"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
done
