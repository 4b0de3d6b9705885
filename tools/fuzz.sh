#!/bin/sh
# make fuzz: builds the libFuzzer targets in tests/fuzz with clang (ASan and
# UBSan) and runs each for FUZZ_SECONDS (default 60), or for FUZZ_RUNS
# executions when that is set, seeded from the test data; FUZZ_TARGETS
# picks some of them (default: corpus article model report). Needs clang with its runtime (Debian: clang, libclang-rt-14-dev or
# the clang package's own). Not part of make test: it is open-ended work.
set -e
secs=${FUZZ_SECONDS:-60}
out=build/fuzz
mkdir -p $out
srcs=$(ls lib/*.c)
for t in corpus article model report; do
    clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
        -o $out/fuzz_$t tests/fuzz/fuzz_$t.c $srcs \
        -lsvm -llinear -lgsl -lgslcblas -lutf8proc -ljansson -lstemmer -lz -lm -pthread
done
mkdir -p $out/seed-corpus $out/seed-article $out/seed-model $out/seed-report
cp tests/data/*.tsv tests/data/*.jsonl corpus/actors.tsv $out/seed-corpus/ 2>/dev/null || true
cp corpus/samples/*.txt $out/seed-article/
head -c 20000 models/default/vocab > $out/seed-model/vocab
head -c 4000 models/default/svm.model > $out/seed-model/svm
for a in tests/data/articles.jsonl tests/data/hostile.jsonl; do
    bin/classify -m models/default -f jsonl "$a" > $out/seed-report/$(basename "$a") 2>/dev/null || true
done
targets=${FUZZ_TARGETS:-corpus article model report}
for t in $targets; do
    if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS"; else limit="-max_total_time=$secs"; fi
    echo "fuzz: $t ($limit)"
    $out/fuzz_$t $limit -max_len=65536 $out/seed-$t >$out/$t.log 2>&1 ||
        { tail -40 $out/$t.log; exit 1; }
    grep -E "^Done|#[0-9]+ +DONE" $out/$t.log | tail -1
done
