#!/bin/sh
# Golden-file CLI tests. Each case is a directory tests/cli/cases/NAME with
#   cmd    one shell command, run from the repository top with $BIN (the
#          binaries), $TMP (a fresh directory) and $TINY (a small model
#          trained from tests/data/tiny.tsv at the start of the run)
#   code   expected exit status (default 0)
#   out    expected stdout, exactly (optional)
#   err    expected stderr, exactly (optional)
# Usage: run.sh BIN [--update] [CASE...]   (--update rewrites out/err/code)
set -u
BIN=${1:?usage: run.sh BIN [--update] [CASE...]}
shift
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
top=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TINY="$work/tiny"
"$BIN/train" -q --seed 1 -o "$TINY" tests/data/tiny.tsv || { echo "cli: cannot train the tiny model" >&2; exit 1; }
export BIN TINY
cases=${*:-$(ls tests/cli/cases)}
pass=0 failed=0
for name in $cases; do
    dir="tests/cli/cases/$name"
    TMP="$work/$name"
    mkdir -p "$TMP"
    export TMP
    (cd "$top" && sh -c "$(cat "$dir/cmd")") >"$TMP/.out" 2>"$TMP/.err"
    code=$?
    # temporary paths are not part of the expected output
    sed -i "s|$work|\$WORK|g" "$TMP/.out" "$TMP/.err"
    if [ $update = 1 ]; then
        cp "$TMP/.out" "$dir/out"
        cp "$TMP/.err" "$dir/err"
        echo $code >"$dir/code"
        continue
    fi
    want=$(cat "$dir/code" 2>/dev/null || echo 0)
    ok=1
    [ "$code" = "$want" ] || { echo "FAIL $name: exit $code, expected $want"; ok=0; }
    for s in out err; do
        [ -f "$dir/$s" ] || continue
        if ! cmp -s "$dir/$s" "$TMP/.$s"; then
            echo "FAIL $name: std$s differs:"
            diff "$dir/$s" "$TMP/.$s" | head -20
            ok=0
        fi
    done
    if [ $ok = 1 ]; then pass=$((pass + 1)); else failed=$((failed + 1)); fi
done
[ $update = 1 ] && { echo "cli: updated"; exit 0; }
echo "cli: $pass passed, $failed failed"
[ $failed = 0 ]
