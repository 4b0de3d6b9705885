#!/bin/sh
# Fails on functions the code never uses (they truncate, overflow or hide
# errors) and on compiler warnings.
bad=$(grep -nE '\b(atoi|atol|atof|sprintf|vsprintf|strcpy|strcat|strtok|gets)\s*\(' \
      lib/*.c lib/*.h tool/*.c tool/*.h train/*.c classify/*.c tests/unit/*.c 2>/dev/null)
if [ -n "$bad" ]; then
    echo "lint: forbidden functions:" >&2
    echo "$bad" >&2
    exit 1
fi
make --no-print-directory -s BUILD=build/lint BIN=build/lint/bin CFLAGS=-Werror all >/dev/null || {
    echo "lint: the build has warnings (see above)" >&2
    exit 1
}
echo "lint: ok"
