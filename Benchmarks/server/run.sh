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

source "$HERE/lib.sh"

printf '\n%-10s %-22s %10s %9s %9s %8s   %s\n' engine route "req/s" "p50 ms" "p99 ms" errors target
report() { # engine route output target_ms
    wrk_figures "$3"
    local verdict="ceiling"
    if [[ "$4" != "-" ]]; then
        verdict="p99 < $4 ms: $(awk -v p="$P99" -v t="$4" 'BEGIN { print (p < t) ? "ok" : "MISSED" }'), errors: $([[ $ERRORS == 0 ]] && echo ok || echo MISSED)"
    fi
    printf '%-10s %-22s %10s %9s %9s %8s   %s\n' "$1" "$2" "$RATE" "$P50" "$P99" "$ERRORS" "$verdict"
}

for engine in ${ENGINES:-sqlite postgresql}; do
    if [[ "$engine" == sqlite ]]; then
        DATABASE="$WORK/bench.sqlite"
    else
        chmod 755 "$WORK"; DATABASE="$("$ROOT/scripts/test-postgres" start "$WORK/pg")"
    fi
    start_server "$DATABASE"
    sign_up
    # Warm up, then measure.
    wrk -t2 -c8 -d2s "$BASE/" -H "Cookie: $COOKIE" >/dev/null
    report "$engine" "GET /health" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/get.lua" "$BASE/health")" "-"
    report "$engine" "GET / (Today)" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/get.lua" "$BASE/" -- "Cookie: $COOKIE")" "$READ_P99_MS"
    report "$engine" "POST /api/v1/episodes" "$(wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s "$HERE/post_episode.lua" "$BASE" -- "$TOKEN")" "$WRITE_P99_MS"
    stop_server
done
