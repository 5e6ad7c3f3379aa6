#!/usr/bin/env bash
# Apple Health import throughput and peak memory on a generated export (default 1024 MiB):
# cat (the disk/page-cache ceiling), a libxml2 SAX pass that only counts elements (the bare
# tokenizer), bare zlib inflation of the zip's export.xml (Python's zipfile, 1 MB reads), healthkit-to-sqlite (PyPI),
# and twitchless on the export.xml and on the export.zip, with the zip row's ratio to bare inflation.
# Prints seconds, MB/s and peak RSS per tool with the targets beside them; never fails on a miss.
#
# Usage: Benchmarks/apple-health/run.sh [SIZE_MB] [--seed N] [--no-build]
#   --no-build     do not build twitchless; without TWITCHLESS_BIN set, its rows are skipped
#   TWITCHLESS_BIN use this binary instead of building one
#   RUNS           runs per fast tool, median reported (default 3; healthkit-to-sqlite runs once)
# The export is cached under ${TMPDIR:-/tmp}/twitchless-ah-bench/ by size, seed and generator version.
# Databases go to a temporary folder there too: on disk, healthkit-to-sqlite's wall time is mostly
# fsync waits and varies from run to run; TMPDIR=/dev/shm puts the export and every database in RAM.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIZE=1024 SEED=1 BUILD=1
while (($#)); do
    case "$1" in
        --no-build) BUILD=0 ;;
        --seed) SEED="$2"; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "error: unknown argument $1" >&2; exit 2; }; SIZE="$1" ;;
    esac
    shift
done
RUNS="${RUNS:-3}"
TARGET_RSS_MB=64
TARGET_X_HK=25

# --- Prerequisites ---------------------------------------------------------------------------
apt_install() {
    echo "Installing $* with apt-get..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >&2
}
[[ -x /usr/bin/time ]] || apt_install time || { echo "error: GNU time is missing (apt-get install time)" >&2; exit 1; }
command -v xml2-config >/dev/null && command -v gcc >/dev/null || apt_install gcc libxml2-dev \
    || { echo "error: gcc and libxml2-dev are needed for the libxml2 pass" >&2; exit 1; }
if ! command -v healthkit-to-sqlite >/dev/null; then
    echo "Installing healthkit-to-sqlite with pip..." >&2
    python3 -m pip install --quiet healthkit-to-sqlite >&2 \
        || echo "warning: could not install healthkit-to-sqlite; its row will be skipped" >&2
fi

# --- twitchless binary -------------------------------------------------------------------------
BIN="${TWITCHLESS_BIN:-}"
if [[ -z "$BIN" && "$BUILD" == 1 ]]; then
    echo "Building the release binary..." >&2
    (cd "$ROOT" && swift build -c release --product twitchless 2>&1 | tail -n 1) >&2
    BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/twitchless"
fi
[[ -z "$BIN" || -x "$BIN" ]] || { echo "error: no twitchless binary at $BIN" >&2; exit 1; }

# --- The export, generated once per size, seed and generator version ---------------------------
CACHE="${TMPDIR:-/tmp}/twitchless-ah-bench"
mkdir -p "$CACHE"
VERSION="$(sha256sum "$HERE/generate_export.py" | cut -c1-10)"
BASE="$CACHE/export-${SIZE}MB-seed${SEED}-$VERSION"
XML="$BASE.xml" ZIP="$BASE.zip"
if [[ -s "$XML" && -s "$ZIP" && -s "$BASE.json" ]]; then
    echo "Reusing $XML" >&2
else
    # Drop exports of the same size and seed from older generator versions: they are big.
    rm -f "$CACHE/export-${SIZE}MB-seed${SEED}-"*
    echo "Generating a ${SIZE} MiB export (seed $SEED)..." >&2
    python3 "$HERE/generate_export.py" "$SIZE" "$XML" --seed "$SEED" --zip "$ZIP" 2>"$BASE.json.part"
    mv "$BASE.json.part" "$BASE.json"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/twitchless-ah-run.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home"
gcc -O2 $(xml2-config --cflags) -o "$WORK/libxml2_count" "$HERE/libxml2_count.c" $(xml2-config --libs)

XML_BYTES=$(stat -c %s "$XML")
ZIP_BYTES=$(stat -c %s "$ZIP")
XML_MB=$(awk -v b="$XML_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')

# measure INPUT STDOUT CMD...: warms the page cache with INPUT, then runs CMD once under GNU time.
# Sets SECS (wall, from the shell clock), CPU (user + system s) and RSS (peak MiB); returns CMD's status.
measure() {
    local input="$1" out="$2"; shift 2
    cat "$input" >/dev/null
    local start end rc=0
    start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$WORK/time" "$@" >"$out" 2>"$WORK/stderr" || rc=$?
    end=$(date +%s%N)
    SECS=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    read -r RSS CPU < <(tail -n 1 "$WORK/time" | awk '{ printf "%.1f %.2f\n", $1 / 1024, $2 + $3 }')
    return $rc
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -n 1; }

declare -A MBPS PEAK
# bench NAME RUNS INPUT PREP CMD...: runs CMD RUNS times (PREP, a shell snippet, before each; stdout to
# $WORK/out, except for cat), prints a row with the median seconds and MB/s (export.xml MiB / wall
# seconds) and the largest peak RSS. A failing command gets a FAILED row and its stderr.
bench() {
    local name="$1" runs="$2" input="$3" prep="$4"; shift 4
    local out="$WORK/out" secs=() rss=() cpu=() i
    [[ "$name" == cat ]] && out=/dev/null
    for ((i = 1; i <= runs; i++)); do
        eval "$prep"
        if ! measure "$input" "$out" "$@"; then
            printf '%-28s %9s\n' "$name" "FAILED" ; sed 's/^/    /' "$WORK/stderr" | head -n 15; return 0
        fi
        secs+=("$SECS"); rss+=("$RSS"); cpu+=("$CPU")
    done
    local s m r c
    s=$(median "${secs[@]}"); r=$(maximum "${rss[@]}"); c=$(median "${cpu[@]}")
    m=$(awk -v mb="$XML_MB" -v s="$s" 'BEGIN { printf "%.1f", mb / s }')
    MBPS[$name]=$m PEAK[$name]=$r
    printf '%-28s %9s %9s %9s %9s   %s\n' "$name" "$s" "$m" "$r" "$c" "runs: ${secs[*]}${NOTE:+; $NOTE}"
}

echo
python3 - "$BASE.json" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
c = s["counts"]
print(f"Export: {s['mib']} MiB export.xml ({s['bytes']:,} bytes), zip {s['zip_bytes'] / 1048576:.1f} MiB; "
      f"{s['days']} days {s['first_day']}..{s['last_day']}, seed {s['seed']}")
print(f"        {s['top_level_records']:,} top-level Records, of which HeartRate {c['HKQuantityTypeIdentifierHeartRate']:,}, "
      f"StepCount {c['HKQuantityTypeIdentifierStepCount']:,}; "
      f"{sum(v for k, v in c.items() if k.startswith('Workout:')):,} Workouts, "
      f"{c.get('Correlation:HKCorrelationTypeIdentifierBloodPressure', 0):,} Correlations, {c['ActivitySummary']:,} ActivitySummaries")
EOF
echo "Files: $XML"
echo "       $ZIP"
echo "(MB/s is export.xml MiB over wall seconds, for the zip row too; page cache warmed before every run;"
echo " seconds are the median of the runs; peak RSS from GNU time, the largest of the runs;"
echo " cpu s is the median user + system time, which for a tool that waits on fsync is below its wall time.)"
echo
printf '%-28s %9s %9s %9s %9s   %s\n' "tool" "seconds" "MB/s" "peak MB" "cpu s" "notes"

NOTE="" bench cat "$RUNS" "$XML" : cat "$XML"
NOTE="" bench libxml2-sax-count "$RUNS" "$XML" : "$WORK/libxml2_count" "$XML"
[[ -n "${MBPS[libxml2-sax-count]:-}" ]] && echo "    ($(cat "$WORK/out") elements)"
# Bare zlib inflation of the zip's export.xml (Python's zipfile, 1 MB reads, nothing kept): the ceiling for reading XML
# out of the zip.
NOTE="" bench zlib-inflate-zipfile "$RUNS" "$ZIP" : python3 -c '
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    name = next(n for n in archive.namelist() if n.endswith("export.xml") and "export_cda" not in n)
    total = 0
    with archive.open(name) as entry:
        while chunk := entry.read(1 << 20):
            total += len(chunk)
print(total)' "$ZIP"
if command -v healthkit-to-sqlite >/dev/null; then
    NOTE="" bench healthkit-to-sqlite 1 "$XML" 'rm -f "$WORK/hk.db"' healthkit-to-sqlite --xml --silent "$XML" "$WORK/hk.db"
else
    echo "healthkit-to-sqlite          skipped (not installed)"
fi

tw_env=(env -u TWITCHLESS_DATABASE TWITCHLESS_NOW=2026-11-24T12:00:00+00:00 TZ=Europe/London
        HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share")
TW_ROWS=()
if [[ -n "$BIN" ]]; then
    for kind in xml zip; do
        file="$XML"; [[ $kind == zip ]] && file="$ZIP"
        NOTE="$( [[ $kind == zip ]] && echo "zip file $(awk -v b="$ZIP_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MiB")" \
            bench "twitchless ($kind)" "$RUNS" "$file" 'rm -f "$WORK"/bench.sqlite*' \
            "${tw_env[@]}" "$BIN" import apple-health "$file" --json --magnesium-from supplement \
            --database "$WORK/bench.sqlite"
        [[ -n "${MBPS[twitchless ($kind)]:-}" ]] && TW_ROWS+=("twitchless ($kind)") \
            && echo "    importer said: $(head -c 400 "$WORK/out" | tr '\n' ' ')"
    done
else
    echo "twitchless (xml, zip)        skipped: --no-build was given and TWITCHLESS_BIN is not set"
fi

# --- Targets, reported beside the figures; a miss is printed, not fatal ------------------------
echo
lib="${MBPS[libxml2-sax-count]:-}" hk="${MBPS[healthkit-to-sqlite]:-}" hkx=""
[[ -n "$hk" ]] && hkx=$(awk -v h="$hk" -v x=$TARGET_X_HK 'BEGIN { printf "%.1f", h * x }')
echo "Targets: MB/s >= libxml2's (${lib:-n/a}); MB/s >= ${TARGET_X_HK}x healthkit-to-sqlite's" \
     "(${hkx:-n/a}); peak < ${TARGET_RSS_MB} MB"
verdict() { awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? a >= b : a < b; print ok ? "ok" : "MISSED" }'; }
for row in "${TW_ROWS[@]}"; do
    m="${MBPS[$row]}" r="${PEAK[$row]}"
    line="  $row: $m MB/s, $r MB"
    [[ -n "$lib" ]] && line+="; vs libxml2 $(awk -v a="$m" -v b="$lib" 'BEGIN { printf "%.2fx", a / b }') $(verdict "$m" "$lib" ">=")"
    [[ -n "$hk" ]] && line+="; vs healthkit-to-sqlite $(awk -v a="$m" -v b="$hk" 'BEGIN { printf "%.1fx", a / b }') $(verdict "$m" "$hkx" ">=")"
    line+="; memory $(verdict "$r" "$TARGET_RSS_MB" "<")"
    echo "$line"
done
((${#TW_ROWS[@]})) || echo "  (no twitchless figures to compare)"
zlib="${MBPS[zlib-inflate-zipfile]:-}" zipped="${MBPS[twitchless (zip)]:-}"
if [[ -n "$zlib" && -n "$zipped" ]]; then
    echo "  twitchless (zip) against bare zlib inflation of the same entry: $(awk -v a="$zipped" -v b="$zlib" 'BEGIN { printf "%.2f", a / b }')" \
         "(target >= 0.9: $(awk -v a="$zipped" -v b="$zlib" 'BEGIN { print (a / b >= 0.9) ? "ok" : "MISSED" }'))"
fi
