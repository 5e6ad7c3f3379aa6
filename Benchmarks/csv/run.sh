#!/usr/bin/env bash
# CSV import time and peak memory on a generated episodes.csv (default 600,000 rows, about 30 MB), beside two
# yardsticks measured in the same run: cat (the disk/page-cache ceiling) and Python's csv module reading every record
# (a plain streaming CSV reader). Twitchless imports the file into a new SQLite database, all or nothing.
# Prints seconds, MB/s and peak RSS per row with the memory target beside it; never fails on a miss.
#
# Usage: Benchmarks/csv/run.sh [ROWS] [--no-build]
#   --no-build     do not build twitchless; without TWITCHLESS_BIN set, its row is skipped
#   TWITCHLESS_BIN use this binary instead of building one
#   RUNS           runs per tool, median reported (default 3)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROWS=600000 BUILD=1
while (($#)); do
    case "$1" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "error: unknown argument $1 (give a number of rows, or --no-build)" >&2; exit 2; }; ROWS="$1" ;;
    esac
    shift
done
RUNS="${RUNS:-3}"
TARGET_RSS_MB=64

if [[ ! -x /usr/bin/time ]]; then
    echo "Installing GNU time with apt-get..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2 \
        || { echo "error: GNU time is missing (apt-get install time)" >&2; exit 1; }
fi

BIN="${TWITCHLESS_BIN:-}"
if [[ -z "$BIN" && "$BUILD" == 1 ]]; then
    echo "Building the release binary..." >&2
    (cd "$ROOT" && swift build -c release --product twitchless 2>&1 | tail -n 1) >&2
    BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless"
fi
[[ -z "$BIN" || -x "$BIN" ]] || { echo "error: no twitchless binary at $BIN" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/twitchless-csv-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/generate_csv.py" "$WORK/files" "$ROWS"
FILE="$WORK/files/episodes.csv"
MB="$(awk -v b="$(stat -c %s "$FILE")" 'BEGIN { printf "%.1f", b / 1048576 }')"
echo "episodes.csv: $ROWS rows, $MB MB"

# measure NAME COMMAND...: runs it RUNS times under GNU time; prints the median seconds and the largest peak RSS.
measure() {
    local name="$1"; shift
    local times=() peak=0
    for _ in $(seq 1 "$RUNS"); do
        [[ "$name" == twitchless ]] && rm -f "$WORK/import.sqlite"*
        /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" \
            || { echo "error: $name failed:" >&2; cat "$WORK/stderr" >&2; exit 1; }
        read -r seconds kilobytes <"$WORK/time"
        times+=("$seconds")
        ((kilobytes > peak)) && peak="$kilobytes"
    done
    local median
    median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    echo "$name $median $peak"
}

printf '\n%-40s %9s %9s %10s   %s\n' tool seconds "MB/s" "peak MB" target
row() { # name seconds peak_kb target
    local rate rss
    rate="$(awk -v mb="$MB" -v s="$2" 'BEGIN { printf "%.1f", (s > 0) ? mb / s : 0 }')"
    rss="$(awk -v kb="$3" 'BEGIN { printf "%.1f", kb / 1024 }')"
    printf '%-40s %9s %9s %10s   %s\n' "$1" "$2" "$rate" "$rss" "$4"
}

read -r _ cat_s cat_kb <<<"$(measure cat cat "$FILE")"
row "cat (the ceiling)" "$cat_s" "$cat_kb" "-"
read -r _ py_s py_kb <<<"$(measure python-csv python3 -c 'import csv, sys
n = sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
print(n)' "$FILE")"
row "Python csv module (a streaming reader)" "$py_s" "$py_kb" "-"
if [[ -n "$BIN" ]]; then
    read -r _ tw_s tw_kb <<<"$(measure twitchless env TZ=UTC "$BIN" --database "$WORK/import.sqlite" import csv "$FILE")"
    verdict="peak < $TARGET_RSS_MB MB: $(awk -v kb="$tw_kb" -v t="$TARGET_RSS_MB" 'BEGIN { print (kb / 1024 < t) ? "ok" : "MISSED" }')"
    row "twitchless import csv (SQLite)" "$tw_s" "$tw_kb" "$verdict"
    echo
    echo "twitchless against the Python csv module: $(awk -v a="$tw_s" -v b="$py_s" 'BEGIN { printf "%.2f", a / b }') times its time (the import also checks, plans and writes every row)"
fi
