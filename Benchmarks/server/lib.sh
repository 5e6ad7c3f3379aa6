# Shell helpers the server benchmarks share; source it after setting ROOT, WORK and BIN.

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# start_server DATABASE [OPTION...]: starts twitchless serve on a free port with any further serve options; sets
# SERVER_PID and BASE.
start_server() {
    local log="$WORK/server.log" database="$1"
    shift
    mkdir -p "$WORK/home"
    env -u TWITCHLESS_DATABASE HOME="$WORK/home" TWITCHLESS_LOG_LEVEL=error "$BIN" serve --port 0 --database "$database" "$@" >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        BASE="$(grep -o 'http://[^ ]*' "$log" | head -n 1 || true)"
        [[ -n "$BASE" ]] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "error: the server did not start:" >&2; cat "$log" >&2; exit 1
}

# stop_server: stops the server start_server started, waiting for its graceful shutdown.
stop_server() {
    [[ -n "${SERVER_PID:-}" ]] || return 0
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
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

# wrk_figures OUTPUT: reads the line the benchmark Lua scripts print; sets RATE (requests/s), P50 and P99 (ms) and
# ERRORS (socket errors and answers of 400 or more).
wrk_figures() {
    local line requests socket status micros
    line="$(grep '^TWITCHLESS ' <<<"$1" | tail -n 1)"
    read -r _ requests socket status micros _ P50 P99 <<<"$line"
    RATE="$(awk -v r="$requests" -v us="$micros" 'BEGIN { printf "%.0f", r / (us / 1e6) }')"
    ERRORS=$((socket + status))
}
