#!/bin/sh
# Proves that `make model` reproduces the committed models/default byte for
# byte: same corpus, same flags, same seed -> same files. With liblinear the
# whole training, the C search and the calibration take about 30 seconds,
# so make test runs it in full.
# Usage: model_repro.sh BIN "FLAGS" CORPUS...
set -u
BIN=$1 FLAGS=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$BIN/train" -q $FLAGS -o "$tmp/model" "$@" >/dev/null || { echo "model: training failed" >&2; exit 1; }
if diff -r models/default "$tmp/model" >/dev/null; then
    echo "model: models/default reproduced byte for byte"
else
    echo "model: models/default differs from a fresh 'make model':" >&2
    diff -rq models/default "$tmp/model" >&2
    diff models/default/manifest "$tmp/model/manifest" >&2
    echo "model: run 'make model' and commit models/default" >&2
    exit 1
fi
