#!/bin/sh
# Scale-out on existing engines (docs/scale.md): classify is the map step
# (JSON lines in, JSON lines out) and --from-statements the reduce step.
#
# 1. GNU parallel: `parallel --pipe` cuts the articles into blocks, runs
#    classify -f jsonl on each (two at a time), and the report reduced from
#    its output equals a single run's, in every per-actor format.
# 2. Dask distributed: a LocalCluster of 2 worker processes maps classify
#    over partitions of the articles (tests/scale_dask.py, Debian's
#    python3-distributed under /usr/bin/python3); same equality.
#
# Input: the first 240 kremlin-ua articles when ../shared is beside the
# clone, else the test articles. Usage: scale_out.sh BIN
set -eu
BIN=${1:?usage: scale_out.sh BIN}
MODEL=models/default
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=../shared/raw/kremlin-ua/articles.jsonl
if [ -f "$src" ]; then head -n 240 "$src" > "$work/in.jsonl"; else cp tests/data/articles.jsonl "$work/in.jsonl"; fi
n=$(wc -l < "$work/in.jsonl")
for f in report json; do "$BIN/classify" -m "$MODEL" -f $f "$work/in.jsonl" > "$work/want.$f"; done

check() { # engine, mapped statements
    for f in report json; do
        "$BIN/classify" --from-statements -f $f "$2" > "$work/got.$f"
        cmp -s "$work/want.$f" "$work/got.$f" || {
            echo "scale-out: FAIL: the -f $f report reduced from $1 differs from one run" >&2
            diff "$work/want.$f" "$work/got.$f" | head -10 >&2
            exit 1
        }
    done
}

command -v parallel >/dev/null || { echo "scale-out: FAIL: GNU parallel is not installed (sh tools/deps.sh --test)" >&2; exit 1; }
classify=$(cd "$(dirname "$BIN/classify")" && pwd)/classify
parallel --will-cite --pipe --block 200k -j 2 --keep-order \
    "$classify -m $MODEL -j 1 -i articles -f jsonl" < "$work/in.jsonl" > "$work/parallel.jsonl"
check "GNU parallel --pipe" "$work/parallel.jsonl"
echo "scale-out: GNU parallel --pipe over $n articles reduces to the single run's report"

/usr/bin/python3 -c 'import distributed' 2>/dev/null ||
    { echo "scale-out: FAIL: python3-distributed is not installed (sh tools/deps.sh --test)" >&2; exit 1; }
/usr/bin/python3 tests/scale_dask.py "$classify" "$MODEL" "$work/in.jsonl" "$work/dask.jsonl"
check "Dask" "$work/dask.jsonl"
echo "scale-out: Dask LocalCluster (2 workers) over $n articles reduces to the single run's report"
