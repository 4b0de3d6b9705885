#!/bin/sh
# make valgrind: the CLI golden tests (tests/cli) with both programs under
# valgrind's memcheck. Each program is replaced by a wrapper that runs it
# under memcheck, logging to a file, and exits 99 on any memory error or
# definite/indirect leak; the golden files then fail on the exit status,
# and the logs name the error and the command. ("Possibly lost" blocks are
# not shown: a case that pipes into `head` ends classify with SIGPIPE
# before it frees anything.) Usage: valgrind.sh BIN
set -u
BIN=${1:?usage: valgrind.sh BIN}
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)" >&2; exit 1; }
real=$(cd "$BIN" && pwd)
wrap=$(mktemp -d)
logs=$(mktemp -d)
trap 'rm -rf "$wrap"' EXIT
for p in train classify; do
    cat > "$wrap/$p" <<WRAP
#!/bin/sh
echo "\$\$ $p \$*" >> "$logs/commands"
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \\
    --errors-for-leak-kinds=definite,indirect \\
    --log-file="$logs/$p.%p.log" "$real/$p" "\$@"
WRAP
    chmod +x "$wrap/$p"
done
# Cases that depend on where the binary is or what it is called cannot run
# through a wrapper (under valgrind /proc/self/exe is valgrind itself):
# they look for the model and the actor dictionary beside the executable,
# or copy it under another name.
skip="classify-from-elsewhere classify-sample-default messages-program-name"
cases=$(ls tests/cli/cases | grep -vxF "$(echo $skip | tr ' ' '\n')")
sh tests/cli/run.sh "$wrap" $cases
rc=$?
bad=$(find "$logs" -type f -name '*.log' -size +0 | head -20)
if [ -n "$bad" ]; then
    echo "valgrind: memcheck reported errors (logs kept in $logs):" >&2
    for f in $bad; do
        pid=${f##*.[a-z]*.}
        pid=${pid%.log}
        grep "^$pid " "$logs/commands" >&2 || true
        head -20 "$f" >&2
    done
    exit 1
fi
rm -rf "$logs"
[ $rc = 0 ] && echo "valgrind: $(echo "$cases" | wc -l) CLI cases clean under memcheck (not run: $skip)"
exit $rc
