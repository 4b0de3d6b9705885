#!/bin/sh
# Installs the Debian packages Parley's build needs, when missing; with
# --test also those only the tests need (python3 reads the outputs back,
# chromium renders the HTML report, parallel and python3-distributed run
# the scale-out tests). As root it runs apt-get; otherwise it
# prints the command to run.
set -e
pkgs="gcc make libc6-dev libsvm-dev liblinear-dev libgsl-dev libcmocka-dev libutf8proc-dev libjansson-dev libstemmer-dev zlib1g-dev"
if [ "${1:-}" = --test ]; then
    pkgs="$pkgs chromium parallel python3-distributed"
    command -v python3 >/dev/null 2>&1 || pkgs="$pkgs python3"
fi
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || apt-get update
    apt-get install -y -qq --no-install-recommends $missing >/dev/null || apt-get install -y --no-install-recommends $missing
else
    echo "deps: missing packages:$missing" >&2
    echo "deps: run as root: apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi
