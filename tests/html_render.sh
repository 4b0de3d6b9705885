#!/bin/sh
# The HTML report renders (issue: reports): classify -f html on the sample
# articles and the hostile ones, rendered by headless Chromium (Debian's
# chromium; tools/deps.sh --test installs it), must give a screenshot that is
# not blank: enough ink, and the colours of the label bars, so the inline SVG
# charts were drawn without any script (Chromium runs with JavaScript off).
#
# Usage: html_render.sh BIN [OUT.png [IN.jsonl]]
#   OUT.png keeps the screenshot; IN.jsonl renders those articles instead
#   (docs/report-kremlin-ua.png: IN is ../shared/raw/kremlin-ua/articles.jsonl,
#   PARLEY_SHOT_SIZE=1000,2000; the window size, default 1000,1200)
set -eu
BIN=${1:-bin}
KEEP=${2:-}
IN=${3:-}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    echo "html render: FAIL: chromium is not installed (sh tools/deps.sh --test installs it)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$IN" ]; then cp "$IN" "$work/in.jsonl"
else cat tests/data/articles.jsonl tests/data/hostile.jsonl > "$work/in.jsonl"; fi
"$BIN/classify" -m models/default -f html "$work/in.jsonl" > "$work/report.html"
# headless, no network, no profile left behind, a fixed window
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --disable-javascript \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --disable-features=Translate,MediaRouter --user-data-dir="$work/profile" \
    --window-size="${PARLEY_SHOT_SIZE:-1000,1200}" --screenshot="$work/shot.png" "file://$work/report.html" \
    > "$work/chromium.log" 2>&1 || {
    echo "html render: FAIL: chromium failed:" >&2
    tail -5 "$work/chromium.log" >&2
    exit 1
}
python3 - "$work/shot.png" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, w = 8, b'', 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        w, h, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
        assert depth == 8 and colour in (2, 6) and not interlace, 'unexpected PNG layout'
        bpp = 3 if colour == 2 else 4
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
raw, stride = zlib.decompress(idat), w * bpp
rows, prev, i = [], bytearray(stride), 0
for y in range(h):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    prev = line
ink, colours = 0, set()
for line in rows:
    for x in range(0, stride, bpp):
        r, g, b = line[x], line[x + 1], line[x + 2]
        if r < 200 or g < 200 or b < 200: ink += 1
        colours.add((r, g, b))
share = ink / (w * h)
# the label colours of lib/report_html.c: demand, concern, agreement
want = {'demand': (0xd5, 0x5e, 0x00), 'concern': (0xe6, 0x9f, 0x00), 'agreement': (0x00, 0x72, 0xb2)}
missing = [k for k, c in want.items() if c not in colours]
if share < 0.02 or missing:
    print('html render: FAIL: %dx%d screenshot, %.1f%% ink, bar colours missing: %s' % (w, h, 100 * share, missing))
    sys.exit(1)
print('html render: %dx%d screenshot, %.1f%% ink, %d colours, the label bars drawn' % (w, h, 100 * share, len(colours)))
EOF
if [ -n "$KEEP" ]; then cp "$work/shot.png" "$KEEP"; fi
