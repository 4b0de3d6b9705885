#!/bin/sh
# Proves that `make model` reproduces the committed models/default byte for
# byte: same corpus, same flags, same seed -> same files.
# Usage: model_repro.sh BIN "FLAGS" CORPUS...          full: retrains the
#                                                      whole corpus (minutes)
#        model_repro.sh --quick BIN "FLAGS" CORPUS...  make test: the
#   committed manifest names the current corpus (its FNV-1a checksum over
#   the corpus files, in order) and the flags of `make model`, and training
#   twice with those flags on a 1,200-statement part of the corpus gives the
#   same bytes both times (determinism), in seconds instead of minutes.
set -u
quick=0
if [ "${1:-}" = --quick ]; then quick=1; shift; fi
BIN=$1 FLAGS=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $quick = 0 ]; then
    # shellcheck disable=SC2086
    "$BIN/train" -q $FLAGS -o "$tmp/model" "$@" >/dev/null || { echo "model: training failed" >&2; exit 1; }
    if diff -r models/default "$tmp/model" >/dev/null; then
        echo "model: models/default reproduced byte for byte"
    else
        echo "model: models/default differs from a fresh 'make model':" >&2
        diff -rq models/default "$tmp/model" >&2
        echo "model: run 'make model' and commit models/default" >&2
        exit 1
    fi
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "model: quick check skipped (needs python3); run 'make check-model'"
    exit 0
fi
python3 - "$FLAGS" "$@" <<'PY' || exit 1
import sys
flags, files = sys.argv[1].split(), sys.argv[2:]
h = 0xcbf29ce484222325
for f in files:
    for b in open(f, 'rb').read():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
man = dict(l.rstrip('\n').split(' ', 1) for l in open('models/default/manifest') if ' ' in l)
want = {'corpus_checksum': 'fnv1a64:%016x' % h, 'seed': flags[flags.index('--seed') + 1],
        'C': flags[flags.index('-c') + 1], 'cv_folds': flags[flags.index('--cv') + 1]}
bad = [k for k in want if man.get(k) != want[k]]
if bad:
    for k in bad:
        print('model: manifest %s is %s, the corpus and flags of make model give %s'
              % (k, man.get(k), want[k]), file=sys.stderr)
    print("model: run 'make model' and commit models/default", file=sys.stderr)
    sys.exit(1)
PY
head -n 1201 corpus/data/kremlin-ua.tsv > "$tmp/part.tsv"
for run in 1 2; do
    # shellcheck disable=SC2086
    "$BIN/train" -q $FLAGS -o "$tmp/m$run" "$tmp/part.tsv" >/dev/null ||
        { echo "model: training failed" >&2; exit 1; }
done
if ! diff -r "$tmp/m1" "$tmp/m2" >/dev/null; then
    echo "model: two trainings with the same corpus and seed differ" >&2
    exit 1
fi
echo "model: models/default names the current corpus and flags; training is deterministic"
