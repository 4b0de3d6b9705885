#!/bin/sh
# Every long option that --help lists is documented in the program's man
# page (docs/man), so the two never drift apart.
# Usage: man_options.sh BIN
set -u
BIN=$1
bad=0
for p in classify train; do
    page=docs/man/parley-$p.1
    text=$(sed 's/\\-/-/g' "$page")
    for opt in $("$BIN/$p" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        case "$text" in
        *"$opt"*) ;;
        *) echo "man: $page does not document $opt" >&2; bad=1 ;;
        esac
    done
done
[ $bad = 0 ] && echo "man: every --help option is in the man pages"
exit $bad
