#!/usr/bin/env bash
# Compares `coopstat network ARGS --format csv` with a table that tests/network/crosscheck.py computed without
# coopstat: the same columns, the same rows (in any order), every number within 1e-9 relative (or 1e-12 absolute,
# for values that are 0 in one and a rounding residue such as 1e-17 in the other), every empty cell empty.
#
#   bash tests/network/compare.sh build/coopstat tests/network/expected/network.csv tests/cli/fixtures/network.csv
set -euo pipefail
binary=$1
expected=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
(cd "$root" && "$binary" network "$@" --format csv 2>/dev/null) >"$actual"

# Rows sorted by their key columns (years and country, or years alone), the header first.
sorted() { head -1 "$1"; tail -n +2 "$1" | LC_ALL=C sort -t, -k1,1 -k2,2; }

paste -d '\n' <(sorted "$expected") <(sorted "$actual") | awk -F, '
  function abs(x) { return x < 0 ? -x : x }
  NR % 2 == 1 { split($0, want, ","); wanted = NF; line = $0; next }
  {
    row = (NR / 2) - 1
    if (NF != wanted) { printf "row %d: %d cells, expected %d\n%s\n%s\n", row, NF, wanted, line, $0; bad = 1; next }
    for (i = 1; i <= NF; ++i) {
      w = want[i]; g = $i
      numeric = (w ~ /^-?[0-9.]+(e-?[0-9]+)?$/ && g ~ /^-?[0-9.]+(e-?[0-9]+)?$/)
      if (numeric) {
        d = abs(w - g); m = abs(w) > abs(g) ? abs(w) : abs(g)
        if (d > 1e-9 * m && d > 1e-12) { printf "row %d column %d: %s, expected %s\n", row, i, g, w; bad = 1 }
      } else if (w != g) { printf "row %d column %d: \"%s\", expected \"%s\"\n", row, i, g, w; bad = 1 }
    }
  }
  END {
    if (NR % 2 == 1) { print "the tables have different numbers of rows"; bad = 1 }
    exit bad
  }'
rows=$(($(wc -l <"$expected") - 1))
[ "$rows" -eq $(($(wc -l <"$actual") - 1)) ] || { echo "$rows rows expected, $(($(wc -l <"$actual") - 1)) computed"; exit 1; }
echo "$rows rows agree"
