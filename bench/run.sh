#!/usr/bin/env bash
# bench/run.sh -- time coopstat against wc, GNU datamash, Miller and DuckDB on one
# generated cooperation CSV, after checking that they all compute the same sums.
#
#   bash bench/run.sh [--rows N] [--runs K] [--seed S] [--coopstat PATH]
#
# Prints one markdown table and writes it, with the tool versions, to
# bench/results-N.md.  See bench/README.md for what is measured and the caveats.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
DATA_DIR=$BENCH_DIR/data
NODE_DIR=$BENCH_DIR/.node

ROWS=1000000
RUNS=5
SEED=1
COOPSTAT=${COOPSTAT:-$REPO_DIR/build/coopstat}

# Byte-order sorting everywhere, so every tool's output sorts the same way.
export LC_ALL=C
# Python prints partner names: make that UTF-8 whatever the locale says.
export PYTHONIOENCODING=utf-8

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

usage() {
    cat <<EOF
usage: bash bench/run.sh [--rows N] [--runs K] [--seed S] [--coopstat PATH]

  --rows N         data rows in the generated file (default $ROWS)
  --runs K         timed runs of each command, after one warm-up run (default $RUNS)
  --seed S         generator seed (default $SEED)
  --coopstat PATH  the coopstat binary (default \$COOPSTAT or build/coopstat)
EOF
}

parse_args() {
    while (($#)); do
        case $1 in
            --rows) ROWS=${2:?--rows needs a value}; shift 2 ;;
            --runs) RUNS=${2:?--runs needs a value}; shift 2 ;;
            --seed) SEED=${2:?--seed needs a value}; shift 2 ;;
            --coopstat) COOPSTAT=${2:?--coopstat needs a value}; shift 2 ;;
            --rows=*) ROWS=${1#*=}; shift ;;
            --runs=*) RUNS=${1#*=}; shift ;;
            --seed=*) SEED=${1#*=}; shift ;;
            --coopstat=*) COOPSTAT=${1#*=}; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; die "unknown argument: $1" ;;
        esac
    done
    [[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "--rows must be a whole number, 1 or more (got \"$ROWS\")"
    [[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a whole number, 1 or more (got \"$RUNS\")"
    [[ $SEED =~ ^[0-9]+$ ]] || die "--seed must be a whole number (got \"$SEED\")"
}

# ---------------------------------------------------------------------------
# Tools

# Run a command as root: apt-get needs it; use sudo only when we are not root.
as_root() {
    if ((EUID == 0)); then "$@"; else sudo "$@"; fi
}

# Install only what is missing, so a second run is offline and quick.
install_tools() {
    local missing=()
    command -v datamash >/dev/null || missing+=(datamash)
    command -v mlr >/dev/null || missing+=(miller)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    [[ -x /usr/bin/time ]] || missing+=(time)       # GNU time, for CPU seconds and peak RSS
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
    command -v python3 >/dev/null || missing+=(python3)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    fi
    # DuckDB comes from npm, into a git-ignored folder of its own.
    if [[ ! -f $NODE_DIR/node_modules/@duckdb/node-api/package.json ]]; then
        log "installing @duckdb/node-api into ${NODE_DIR#"$REPO_DIR"/}"
        mkdir -p "$NODE_DIR"
        npm install --prefix "$NODE_DIR" --no-audit --no-fund @duckdb/node-api >&2
    fi
    [[ -x $COOPSTAT ]] || die "no coopstat binary at $COOPSTAT: build it first (cmake -S . -B build && cmake --build build -j2) or pass --coopstat PATH"
}

# ---------------------------------------------------------------------------
# Data

# Make FILE with "$@" unless it exists and is newer than its sources: write to a
# temporary name and rename, so an interrupted run never leaves half a file behind.
make_file() {
    local file=$1; shift
    local source
    if [[ -s $file ]]; then
        local fresh=1
        for source in "$BENCH_DIR/generate.py" "${DEPENDS_ON[@]}"; do
            [[ $file -nt $source ]] || fresh=0
        done
        ((fresh)) && return 0
    fi
    log "writing ${file#"$REPO_DIR"/}"
    "$@" >"$file.tmp"
    mv "$file.tmp" "$file"
}

make_data() {
    mkdir -p "$DATA_DIR"
    CSV=$DATA_DIR/coop-$ROWS-seed$SEED.csv
    TSV=$DATA_DIR/coop-$ROWS-seed$SEED.tsv   # for datamash: no header, no quoting
    CHECK_DIR=$DATA_DIR/check-$ROWS-seed$SEED
    mkdir -p "$CHECK_DIR"
    DEPENDS_ON=()
    make_file "$CSV" python3 "$BENCH_DIR/generate.py" --rows "$ROWS" --seed "$SEED"
    # datamash cannot parse quoted CSV ("Korea, Republic of"): give it a TSV, made
    # once and untimed, by a tool that does parse CSV.
    DEPENDS_ON=("$CSV")
    make_file "$TSV" mlr --icsv --otsv --headerless-tsv-output cat "$CSV"
    local lines
    lines=$(wc -l <"$CSV")
    ((lines == ROWS + 1)) || die "$CSV has $lines lines, expected $((ROWS + 1)): delete it and run again"
}

# ---------------------------------------------------------------------------
# Verification: every tool must give the same sums before any of them is timed.

# CSV with a header row on stdin -> the same rows, tab-separated, header dropped.
csv_to_tsv() {
    python3 -c '
import csv, sys
rows = csv.reader(sys.stdin)
next(rows, None)
for row in rows:
    sys.stdout.write("\t".join(row) + "\n")'
}

# Compare one tool's "partner<TAB>sum" lines with coopstat aggregate's.
same_as_reference() {
    local what=$1 file=$2
    if ! cmp -s "$CHECK_DIR/partners.coopstat-aggregate.tsv" "$file"; then
        echo "run.sh: the per-partner sums differ between coopstat aggregate (<) and $what (>):" >&2
        diff "$CHECK_DIR/partners.coopstat-aggregate.tsv" "$file" | head -20 >&2 || true
        die "not timing tools that disagree (outputs are in ${CHECK_DIR#"$REPO_DIR"/})"
    fi
}

verify() {
    log "checking that every tool gives the same sums"
    local c=$CHECK_DIR

    # Per-partner sums, each as "partner<TAB>sum" sorted by partner in byte order.  The other tools
    # group names as written, so coopstat does too here (--raw-names); the timed runs resolve names
    # against the country table as users' runs do, and the grand totals below check they lose nothing.
    "$COOPSTAT" aggregate "$CSV" --by partner --stats sum --raw-names --format csv | csv_to_tsv | sort >"$c/partners.coopstat-aggregate.tsv"
    "$COOPSTAT" summary "$CSV" --section partners --top 0 --raw-names --format csv | csv_to_tsv | cut -f2,3 | sort >"$c/partners.coopstat-summary.tsv"
    datamash -s -g 1 sum 6 <"$TSV" | sort >"$c/partners.datamash.tsv"
    mlr --icsv --ocsv stats1 -a sum -f agreements -g partner "$CSV" | csv_to_tsv | sort >"$c/partners.mlr.tsv"
    node "$BENCH_DIR/duckdb_group.mjs" --mode group "$CSV" | sort >"$c/partners.duckdb.tsv"

    local n
    n=$(wc -l <"$c/partners.coopstat-aggregate.tsv")
    ((n > 0)) || die "coopstat aggregate printed no partners"
    same_as_reference "coopstat summary" "$c/partners.coopstat-summary.tsv"
    same_as_reference "datamash" "$c/partners.datamash.tsv"
    same_as_reference "mlr" "$c/partners.mlr.tsv"
    same_as_reference "DuckDB" "$c/partners.duckdb.tsv"

    # Grand totals.  awk sums the last column, which the generator never quotes: a
    # check that depends on no CSV parser at all.
    local -A total
    total[awk]=$(awk -F, 'NR > 1 { s += $NF } END { printf "%d\n", s }' "$CSV")
    total[coopstat-aggregate]=$("$COOPSTAT" aggregate "$CSV" --stats sum --format csv | sed -n 2p)
    total[coopstat-summary]=$("$COOPSTAT" summary "$CSV" --section overview --format csv |
        python3 -c 'import csv, sys; print(next(csv.DictReader(sys.stdin))["agreements"])')
    total[datamash]=$(datamash sum 6 <"$TSV")
    total[mlr]=$(mlr --icsv --ocsv --headerless-csv-output stats1 -a sum -f agreements "$CSV")
    total[duckdb]=$(node "$BENCH_DIR/duckdb_group.mjs" --mode total "$CSV" | cut -f2)
    total[sum-of-partners]=$(awk -F'\t' '{ s += $2 } END { printf "%d\n", s }' "$c/partners.coopstat-aggregate.tsv")

    local tool ok=1
    for tool in "${!total[@]}"; do
        [[ ${total[$tool]} == "${total[awk]}" ]] || ok=0
    done
    if ((!ok)); then
        for tool in "${!total[@]}"; do printf '  %-20s %s\n' "$tool" "${total[$tool]}" >&2; done
        die "the tools disagree on the grand total of agreements: not timing them"
    fi

    # coopstat summary must also have read every row.
    local summary_rows
    summary_rows=$("$COOPSTAT" summary "$CSV" --section overview --format csv |
        python3 -c 'import csv, sys; print(next(csv.DictReader(sys.stdin))["rows"])')
    [[ $summary_rows == "$ROWS" ]] || die "coopstat summary counted $summary_rows rows, expected $ROWS"

    TOTAL=${total[awk]}
    PARTNERS=$n
    log "all agree: $PARTNERS partners, $TOTAL agreements in $ROWS rows"
}

# ---------------------------------------------------------------------------
# Timing

# The commands, in table order: "tool|label|input file|command".  The command is a
# bash command line; the label is what the table shows (FILE for the data file).
define_commands() {
    local cs node_script
    cs=$(printf '%q' "$COOPSTAT")
    node_script=$(printf '%q' "$BENCH_DIR/duckdb_group.mjs")
    local csv tsv
    csv=$(printf '%q' "$CSV")
    tsv=$(printf '%q' "$TSV")
    # shellcheck disable=SC2034  # read by name, in time_list
    COMMANDS=(
        "wc|wc -l FILE|$CSV|wc -l $csv"
        "coopstat|coopstat summary FILE|$CSV|$cs summary $csv"
        "coopstat|coopstat aggregate FILE --by partner|$CSV|$cs aggregate $csv --by partner"
        "datamash|datamash -s -g 1 sum 6 < FILE.tsv|$TSV|datamash -s -g 1 sum 6 < $tsv"
        "Miller|mlr --icsv --ocsv stats1 -a sum -f agreements -g partner FILE|$CSV|mlr --icsv --ocsv stats1 -a sum -f agreements -g partner $csv"
        "DuckDB|node duckdb_group.mjs FILE (GROUP BY partner)|$CSV|node $node_script --mode group $csv"
    )
    # Start-up costs, reported apart so readers can subtract them from DuckDB's row.
    # shellcheck disable=SC2034
    STARTUP_COMMANDS=(
        "Node|node -e ''|-|node -e ''"
        "Node + DuckDB|node duckdb_group.mjs --mode load (load, connect, no query)|-|node $node_script --mode load"
    )
}

# Time one command.  hyperfine runs it bare, once to warm up and then RUNS times,
# for the wall time.  Then GNU time runs it RUNS times more for the CPU seconds and
# peak RSS, appending "user sys maxrss_kib" per run to a log; those count waited-for
# child processes too (datamash's sort).  The two passes are kept apart because
# starting /usr/bin/time costs several milliseconds of wall time on this VM, as
# much as `wc -l` itself, while the CPU and RSS it reports are the command's own.
time_command() {
    local id=$1 cmd=$2
    local json=$RESULT_DIR/$id.json timelog=$RESULT_DIR/$id.time
    hyperfine --shell=bash --style=basic --warmup 1 --runs "$RUNS" --export-json "$json" "$cmd" >&2
    : >"$timelog"
    local run
    for ((run = 0; run < RUNS; run++)); do
        # eval, not bash -c: a shell of its own would count in the peak RSS.
        eval "/usr/bin/time -a -o $(printf '%q' "$timelog") -f '%U %S %M' $cmd" >/dev/null
    done
    local lines
    lines=$(wc -l <"$timelog")
    ((lines == RUNS)) || die "expected $RUNS lines in $timelog, found $lines: did the command fail?"
}

# Time every command of one list (the name of an array of define_commands) and
# note each in the manifest that report() reads.
time_list() {
    local kind=$1
    local -n entries=$2
    local entry tool label input cmd
    for entry in "${entries[@]}"; do
        IFS='|' read -r tool label input cmd <<<"$entry"
        TIMED=$((TIMED + 1))
        log "timing: $label"
        time_command "$TIMED" "$cmd"
        printf '%s\t%s\t%s\t%s\t%s\n' "$kind" "$tool" "$label" "$input" "$TIMED" >>"$MANIFEST"
    done
}

run_benchmarks() {
    RESULT_DIR=$CHECK_DIR/timings
    rm -rf "$RESULT_DIR"
    mkdir -p "$RESULT_DIR"
    MANIFEST=$RESULT_DIR/manifest.tsv
    : >"$MANIFEST"
    TIMED=0
    # Other work on the machine skews everything: the report shows the load average.
    LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    time_list main COMMANDS
    time_list startup STARTUP_COMMANDS
}

# ---------------------------------------------------------------------------
# Report

versions() {
    # Name the commit only for the repository's own build: a binary elsewhere may
    # have been built from any version.
    local origin="built outside the repository"
    [[ $(realpath "$COOPSTAT") == "$REPO_DIR"/* ]] &&
        origin="repository HEAD $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "- coopstat: $("$COOPSTAT" --version), binary $COOPSTAT of $(date -r "$COOPSTAT" '+%Y-%m-%d %H:%M'), $origin"
    echo "- wc: $(wc --version | head -1)"
    echo "- datamash: $(datamash --version | head -1)"
    echo "- Miller: $(mlr --version)"
    echo "- DuckDB: $(node "$BENCH_DIR/duckdb_group.mjs" --mode version)"
    echo "- hyperfine: $(hyperfine --version)"
    # Debian's GNU time calls itself "UNKNOWN": ask dpkg instead.
    echo "- GNU time: $(dpkg-query -W -f '${Version}' time 2>/dev/null || /usr/bin/time --version 2>&1 | head -1)"
    echo "- Python (generator): $(python3 --version 2>&1)"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(uname -sr)"
}

# The table, from hyperfine's JSON and GNU time's logs: medians over the timed runs.
report() {
    local out=$BENCH_DIR/results-$ROWS.md
    local size
    size=$(stat -c %s "$CSV")
    {
        echo "## coopstat benchmark: $ROWS rows"
        echo
        echo "Data: \`bench/generate.py --rows $ROWS --seed $SEED\`, $size bytes ($(awk -v b="$size" 'BEGIN { printf "%.1f MB", b / 1e6 }')), $PARTNERS partners, $TOTAL agreements."
        echo "Each command: 1 warm-up run, $RUNS runs timed by hyperfine, $RUNS more under GNU time for CPU and RSS; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
        echo
        python3 - "$MANIFEST" "$RESULT_DIR" <<'PY'
import json, os, statistics, sys

manifest, result_dir = sys.argv[1], sys.argv[2]
rows = []
for line in open(manifest, encoding="utf-8"):
    kind, tool, label, path, ident = line.rstrip("\n").split("\t")
    with open(os.path.join(result_dir, ident + ".json")) as f:
        wall = json.load(f)["results"][0]["median"]
    runs = [l.split() for l in open(os.path.join(result_dir, ident + ".time"))]
    cpu = statistics.median(float(u) + float(s) for u, s, _ in runs)
    rss = max(int(k) for _, _, k in runs) / 1024
    size = os.path.getsize(path) if path != "-" else None
    rows.append(dict(kind=kind, tool=tool, label=label, wall=wall, cpu=cpu, rss=rss, size=size))

base = next(r["wall"] for r in rows if r["label"].startswith("coopstat aggregate"))

def table(kind, with_rate):
    head = "| tool | command | median wall s | median CPU s (user+sys) | peak RSS MiB |"
    rule = "|---|---|--:|--:|--:|"
    if with_rate:
        head += " MB/s | × coopstat aggregate |"
        rule += "--:|--:|"
    print(head)
    print(rule)
    for r in rows:
        if r["kind"] != kind:
            continue
        line = f"| {r['tool']} | `{r['label']}` | {r['wall']:.3f} | {r['cpu']:.2f} | {r['rss']:.1f} |"
        if with_rate:
            line += f" {r['size'] / 1e6 / r['wall']:.1f} | {r['wall'] / base:.2f} |"
        print(line)

table("main", True)
print()
print("Start-up costs, included in the DuckDB row above (subtract to compare the query alone):")
print()
table("startup", False)
PY
        echo
        echo "MB/s is the input file's size (10^6 bytes; the TSV for datamash) over the median wall time; the last column is"
        echo "the median wall time over \`coopstat aggregate\`'s. CPU seconds include child processes (datamash's sort) and"
        echo "all threads (DuckDB); peak RSS is the largest over the GNU time runs."
        echo
        echo "Versions:"
        echo
        versions
    } >"$out.tmp"
    mv "$out.tmp" "$out"
    echo
    cat "$out"
    log "written to ${out#"$REPO_DIR"/}"
}

main() {
    parse_args "$@"
    install_tools
    make_data
    verify
    define_commands
    run_benchmarks
    report
}

main "$@"
