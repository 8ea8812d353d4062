#!/usr/bin/env bash
# bench/network.sh -- time links and network on the bilateral pair table of issue 17: 250 countries × 250 partners ×
# 50 years × 10 fields (31,250,000 rows, about 1.1 GB, written once by bench/generate_pairs.py).
#
#   bash bench/network.sh [--runs K] [--coopstat PATH]
#
# Prints a markdown table of median wall time (hyperfine) and peak memory (GNU time) per command.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
RUNS=5
COOPSTAT=${COOPSTAT:-$REPO_DIR/build/coopstat}
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --coopstat) COOPSTAT=$2; shift 2 ;;
        *) echo "usage: bash bench/network.sh [--runs K] [--coopstat PATH]" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "network.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

FILE=$BENCH_DIR/data/pairs-250x50x10.csv
mkdir -p "$BENCH_DIR/data"
[ -s "$FILE" ] || python3 "$BENCH_DIR/generate_pairs.py" --output "$FILE"

COMMANDS=(
    "aggregate --by reporter,partner --per year"
    "links --per year"
    "network --per year"
    "network --per year --summary"
    "trend --by pair --measure weight"
)
echo "| command (on $(basename "$FILE"), $(nproc) cores) | median wall (s) | peak memory (MB) |"
echo "|---|---:|---:|"
for args in "${COMMANDS[@]}"; do
    # shellcheck disable=SC2086
    cmd="$COOPSTAT $args $FILE --format csv -o /dev/null 2>/dev/null"
    json=$(mktemp)
    hyperfine --shell=bash --style=none --warmup 1 --runs "$RUNS" --export-json "$json" "$cmd" >/dev/null
    median=$(python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json")
    rm -f "$json"
    # shellcheck disable=SC2086
    peak=$( { /usr/bin/time -f '%M' $COOPSTAT $args "$FILE" --format csv -o /dev/null 2>&1 >/dev/null; } | tail -1)
    echo "| \`coopstat $args\` | $median | $((peak / 1024)) |"
done
