#!/bin/sh
# make bench: throughput figures for the article path. Uses the kremlin-ua
# articles from ../shared/raw when present (about 3.5 MB of real text),
# else the sample article; then classify and train at scale beside
# fastText and scikit-learn (tools/bench_scale.sh). Prints figures; never
# fails on speed.
set -e
BIN=$1
mkdir -p build/bench
cc -std=c11 -O2 -g -o build/bench/bench tests/bench/bench.c build/libparley.a \
    -lsvm -llinear -lgsl -lgslcblas -lutf8proc -ljansson -lstemmer -lz -lm -pthread
raw=../shared/raw/kremlin-ua/articles.jsonl
if [ -f "$raw" ]; then input=$raw; else input=corpus/samples/xinhua-2022-02-11-shoigu-wallace.txt; fi
echo "bench: input $input"
build/bench/bench models/default corpus/actors.tsv "$input"
sh tools/bench_scale.sh "$BIN" "${BENCH_STATEMENTS:-1000000}"
