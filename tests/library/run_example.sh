#!/usr/bin/env bash
# tests/library/run_example.sh -- installs the built coopstat into a temporary prefix, builds the example program of
# docs/library.md from the page's own code blocks against the installed package, runs it on data/cooperation.csv
# and compares what it prints with expected.out (and with the output the page shows).
#
#   bash tests/library/run_example.sh BUILD_DIR SOURCE_DIR CXX_COMPILER [COMPILER_LAUNCHER] [LINKER_FLAGS]
set -euo pipefail

build_dir=$1
source_dir=$2
compiler=$3
launcher=${4:-}
linker_flags=${5:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
page=$source_dir/docs/library.md

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first block fenced as ```LANG on the page.
code_block() {
    awk -v fence="\`\`\`$1" '$0 == fence { inside = 1; next } inside && $0 == "```" { exit } inside' "$page"
}

cmake --install "$build_dir" --prefix "$work/prefix" >"$work/install.log"

# Installed headers include only installed headers (internals stay under src/) and the standard library's.
if grep -n '#include <[a-zA-Z0-9_]*/' "$work"/prefix/include/coopstat/*.hpp; then
    echo "an installed header includes a third-party header" >&2
    exit 1
fi
for header in "$work"/prefix/include/coopstat/*.hpp; do
    for included in $(sed -n 's/^#include "\(.*\)"$/\1/p' "$header"); do
        [[ -f $work/prefix/include/$included ]] ||
            { echo "$(basename "$header") includes $included, which is not installed" >&2; exit 1; }
    done
done

mkdir "$work/example"
code_block cpp >"$work/example/top_partners.cpp"
code_block cmake >"$work/example/CMakeLists.txt"
cmake -S "$work/example" -B "$work/example/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$work/prefix" \
    -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" \
    -DCMAKE_EXE_LINKER_FLAGS="$linker_flags" >"$work/configure.log" || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/example/build" >"$work/build.log" || { cat "$work/build.log"; exit 1; }

status=0
"$work/example/build/top_partners" "$source_dir/data/cooperation.csv" >"$work/out" 2>"$work/err" || status=$?
[[ $status == 0 ]] || { echo "top_partners exited with $status" >&2; cat "$work/err" >&2; exit 1; }
diff -u "$here/expected.out" "$work/out"
diff -u /dev/null "$work/err"
code_block text | diff -u "$here/expected.out" - || { echo "docs/library.md shows another output" >&2; exit 1; }
