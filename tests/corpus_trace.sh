#!/bin/sh
# Every corpus row traces to its raw record: rebuilding corpus/data from the
# annotations and ../shared/raw must give the committed files exactly (same
# ids, sources with offsets, actors, labels and source text). Needs python3
# and ../shared/raw; skipped (and says so) when either is missing.
set -u
if ! command -v python3 >/dev/null 2>&1 || [ ! -d ../shared/raw ]; then
    echo "corpus: trace check skipped (needs python3 and ../shared/raw)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/gold"
PARLEY_CORPUS_OUT=$tmp/data PARLEY_GOLD_OUT=$tmp/gold python3 tools/corpus_build.py 2>/dev/null ||
    { echo "corpus: rebuild failed" >&2; exit 1; }
cp corpus/gold/sample.tsv "$tmp/gold/" # written by hand, not built
if diff -r corpus/data "$tmp/data" >/dev/null && diff -r corpus/gold "$tmp/gold" >/dev/null; then
    echo "corpus: every row traces to its raw record and annotation"
else
    echo "corpus: corpus/data differs from a rebuild from annotations and raw records:" >&2
    { diff -r corpus/data "$tmp/data"; diff -r corpus/gold "$tmp/gold"; } | head -20 >&2
    exit 1
fi
