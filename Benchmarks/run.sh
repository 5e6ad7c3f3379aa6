#!/usr/bin/env bash
# End-to-end benchmark of the release twitchless binary on ten years of generated data.
# Prints wall time (ms) and peak RSS (MB) per run, with the targets; never fails on a missed target.
# Usage: Benchmarks/run.sh   (from anywhere; builds the release product first)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMPORT_RUNS=3
READ_RUNS=5
IMPORT_TARGET_MS=1000
READ_TARGET_MS=50
SAFETY_TARGET_MS=200
ANALYSIS_TARGET_MS=100

# GNU time gives wall time and peak RSS of the child alone.
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time (GNU time) is missing; installing it with apt-get..." >&2
    { apt-get update && apt-get install -y time; } >&2 \
        || { echo "error: could not install GNU time; install the 'time' package and rerun." >&2; exit 1; }
fi

echo "Building the release binary..."
(cd "$ROOT" && swift build -c release --product twitchless 2>&1 | tail -n 1)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless"
[[ -x "$BIN" ]] || { echo "error: no binary at $BIN" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/twitchless-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

python3 "$ROOT/Benchmarks/generate_ten_years.py" "$WORK/data" --end 2026-11-25 --seed 1

# A fixed "now", a throwaway home and clock zone, and no inherited database path for every run.
run_env=(env -u TWITCHLESS_DATABASE TWITCHLESS_NOW=2026-11-24T23:59:30+00:00 TZ=Europe/London
         HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share")
mkdir -p "$WORK/home"

# measure OUTFILE ARGS...: runs twitchless once, stdout to OUTFILE; sets MS and MB. Exits on failure.
measure() {
    local out="$1"; shift
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f '%e %M' -o "$WORK/time" "${run_env[@]}" "$BIN" "$@" >"$out" 2>"$WORK/stderr"; then
        echo "error: twitchless $* failed:" >&2; cat "$WORK/stderr" "$out" >&2; exit 1
    fi
    end=$(date +%s%N)
    read -r _ kb <"$WORK/time"
    MS=$(( (end - start) / 1000000 ))
    MB=$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
maximum() { printf '%s\n' "$@" | sort -n | tail -n 1; }
verdict() { if (( $1 < $2 )); then echo "ok"; else echo "MISSED"; fi; }

echo
echo "Data: $(($(wc -l <"$WORK/data/days.csv") - 1)) days, $(($(wc -l <"$WORK/data/episodes.csv") - 1)) episodes"
echo "Binary: $BIN"
echo "(Wall time from the shell clock in ms, including process start; peak memory from GNU time.)"
echo
printf '%-34s %10s %10s   %s\n' "command" "wall ms" "peak MB" "target"

# Import into a fresh, empty database each time.
times=(); mbs=()
for i in $(seq 1 "$IMPORT_RUNS"); do
    db="$WORK/import-$i.sqlite"
    measure "$WORK/import.out" --database "$db" import csv "$WORK/data/days.csv" "$WORK/data/episodes.csv"
    times+=("$MS"); mbs+=("$MB")
    printf '%-34s %10s %10s\n' "import csv (run $i)" "$MS" "$MB"
done
med=$(median "${times[@]}")
printf '%-34s %10s %10s   < %d ms: %s\n' "import csv median" "$med" "$(median "${mbs[@]}")" \
    "$IMPORT_TARGET_MS" "$(verdict "$med" "$IMPORT_TARGET_MS")"
echo "  importer said: $(tr '\n' ' ' <"$WORK/import.out")"

# Read commands on the last imported database.
DB="$WORK/import-$IMPORT_RUNS.sqlite"
bench_read() {
    local label="$1"; shift
    local times=() mbs=()
    for _ in $(seq 1 "$READ_RUNS"); do
        measure "$WORK/read.out" "$@" --database "$DB"
        times+=("$MS"); mbs+=("$MB")
    done
    local med max
    med=$(median "${times[@]}"); max=$(maximum "${times[@]}")
    local target=$READ_TARGET_MS
    case "$label" in check|report*) target=$SAFETY_TARGET_MS ;; "analyze triggers"|"trial report") target=$ANALYSIS_TARGET_MS ;; esac
    printf '%-34s %10s %10s   < %d ms: median %s, max %s  (runs: %s)\n' "$label median / max" "$med / $max" \
        "$(maximum "${mbs[@]}")" "$target" "$(verdict "$med" "$target")" \
        "$(verdict "$max" "$target")" "${times[*]}"
}
bench_read "today" today
bench_read "history --days 365" history --days 365

# Safety over the whole history: a profile and a medicine make every rule run.
measure "$WORK/setup.out" profile --birth 1985-05-05 --sex female --time-zone Europe/London --database "$DB"
measure "$WORK/setup.out" medicine add levothyroxine --schedule 07:00 --start 2020-01-01 --database "$DB"
bench_read "check" check
bench_read "report (90 days)" report --output "$WORK/report.html"
bench_read "report (10 years)" report --from 2016-11-27 --to 2026-11-24 --output "$WORK/report-10y.html"

# today --json once, checked to be valid JSON.
measure "$WORK/today.json" today --json --database "$DB"
if python3 -m json.tool "$WORK/today.json" >/dev/null; then ok="valid JSON"; else ok="NOT valid JSON"; fi
printf '%-34s %10s %10s   %s\n' "today --json (once)" "$MS" "$MB" "$ok, $(wc -c <"$WORK/today.json") bytes"

# Trigger analysis end to end, and the same models timed in statsmodels (if installed) for comparison.
bench_read "analyze triggers" analyze triggers --json
if python3 -c "import statsmodels" 2>/dev/null; then
    python3 "$ROOT/Benchmarks/statsmodels_triggers.py" "$WORK/data/days.csv" "$WORK/data/episodes.csv"
fi

# A finished six-block trial over the ten-year data: set up with the clock at its start, then timed.
env -u TWITCHLESS_DATABASE TWITCHLESS_NOW=2026-01-01T12:00:00+00:00 TZ=Europe/London HOME="$WORK/home" \
    "$BIN" trial start --product Bench --blocks 6 --seed 1 --start 2026-01-02 --database "$DB" >/dev/null 2>&1 \
    || { env -u TWITCHLESS_DATABASE TWITCHLESS_NOW=2026-01-01T12:00:00+00:00 TZ=Europe/London HOME="$WORK/home" \
            "$BIN" supplement add Bench --elemental 100 --database "$DB" >/dev/null
         env -u TWITCHLESS_DATABASE TWITCHLESS_NOW=2026-01-01T12:00:00+00:00 TZ=Europe/London HOME="$WORK/home" \
            "$BIN" trial start --product Bench --blocks 6 --seed 1 --start 2026-01-02 --database "$DB" >/dev/null; }
bench_read "trial report" trial report --json

# Food search in-process: the index is built once, then each search should take well under a millisecond.
echo
(cd "$ROOT" && swift build -c release --product twitchless-bench 2>&1 | tail -n 1 >/dev/null)
"$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless-bench" "$WORK/data"
measure "$WORK/search.out" food search pumpkin seeds
printf '%-34s %10s %10s   %s\n' "food search (whole command)" "$MS" "$MB" "includes parsing the USDA tables"
