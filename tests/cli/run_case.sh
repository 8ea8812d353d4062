#!/usr/bin/env bash
# Runs one golden case. tests/cli/cases/NAME/cmd is a shell command line, run from the repository root
# with `coopstat` on PATH, $CASE_TMP an empty scratch folder, no standard input, and pipefail on.
# Its standard output, standard error and exit code must equal expected.out, expected.err and expected.rc.
#
#   bash tests/cli/run_case.sh build/coopstat tests/cli/cases/NAME
#   COOPSTAT_UPDATE_GOLDEN=1 bash tests/cli/run_case.sh …   # rewrite the expected files; review the diff
set -u
binary=$(realpath "$1")
case_dir=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/bin" "$scratch/case"
ln -s "$binary" "$scratch/bin/coopstat"

(cd "$root" && env -u NO_COLOR PATH="$scratch/bin:$PATH" CASE_TMP="$scratch/case" LC_ALL=C.UTF-8 \
  bash -o pipefail -c "$(cat "$case_dir/cmd")" >"$scratch/out" 2>"$scratch/err" </dev/null)
echo $? >"$scratch/rc"
# Paths under the scratch folder differ on every run: write them as $CASE_TMP.
sed -i "s|$scratch/case|\$CASE_TMP|g" "$scratch/out" "$scratch/err"

if [ "${COOPSTAT_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$scratch/out" "$case_dir/expected.out"
  cp "$scratch/err" "$case_dir/expected.err"
  cp "$scratch/rc" "$case_dir/expected.rc"
  exit 0
fi

status=0
for stream in out err rc; do
  if ! diff -u --label "expected.$stream" --label "actual $stream" "$case_dir/expected.$stream" "$scratch/$stream"; then
    status=1
  fi
done
exit $status
