#!/bin/sh
# classify -j 4 and train's cross-validation (its folds run on threads),
# built with ThreadSanitizer (make tsan): any data race between the threads
# fails the test. Input: the first 200 kremlin-ua articles when ../shared
# is beside the clone, else the test articles repeated; and 800 corpus
# statements, which train also cross-validates with both solvers.
set -eu
BIN=${1:?usage: tsan.sh BIN}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=../shared/raw/kremlin-ua/articles.jsonl
if [ -f "$src" ]; then head -n 200 "$src" > "$work/a.jsonl"
else for i in 1 2 3 4 5 6 7 8; do cat tests/data/articles.jsonl; done > "$work/a.jsonl"; fi
head -n 801 corpus/data/kremlin-ua.tsv > "$work/l.tsv"
cut -f1,3,5 "$work/l.tsv" > "$work/s.tsv"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
for input in "$work/a.jsonl" "$work/s.tsv"; do
    if ! "$BIN/classify" -m models/default -j 4 -f jsonl "$input" > "$work/out" 2> "$work/err"; then
        echo "tsan: FAIL on $(basename "$input"):" >&2
        head -40 "$work/err" >&2
        exit 1
    fi
done
for solver in liblinear libsvm; do
    if ! "$BIN/train" -q --solver $solver --cv 4 --cv-only "$work/l.tsv" > "$work/out" 2> "$work/err"; then
        echo "tsan: FAIL in train --cv 4 --solver $solver:" >&2
        head -40 "$work/err" >&2
        exit 1
    fi
done
echo "tsan: classify -j 4 and train --cv 4 (both solvers) ran without a data race ($(wc -l < "$work/a.jsonl") articles, 800 statements)"
