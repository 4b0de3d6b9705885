#!/bin/sh
# The output formats, read back by other programs (issue: reports):
#
# 1. hostile text (tabs, quotes, line breaks, control characters, markup,
#    formula-like fields) in every field of tests/data/hostile.jsonl: the TSV
#    (unescaped as documented) and the CSV (Python's csv module) give back
#    exactly the fields of the JSONL output; every statement carries its
#    article's date, title, url and other fields; the HTML has no element or
#    attribute an article could smuggle in, and links only http(s); the JSON
#    parses and its counts add up.
# 2. map/reduce on real articles: classify -f jsonl over shards, then
#    --from-statements over the shards in another order, equals one run over
#    the whole input byte for byte in every per-actor format, and the
#    per-statement formats equal --from-statements over the whole; a
#    --min-confidence given at the merge decides as one run with it.
# 3. threads: -j N gives the bytes of -j 1.
#
# Usage: report_formats.sh BIN
set -eu
BIN=${1:-bin}
MODEL=models/default
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for f in jsonl tsv csv html json md report; do
    "$BIN/classify" -m "$MODEL" -f "$f" tests/data/hostile.jsonl > "$work/h.$f"
done
# the TSV output read back as statements gives the same texts and actors
"$BIN/classify" -m "$MODEL" -i statements -f jsonl "$work/h.tsv" > "$work/back.jsonl"
python3 - "$work" tests/data/hostile.jsonl <<'EOF'
import csv, html.parser, json, sys
work, src = sys.argv[1], sys.argv[2]
arts = {a['id']: a for a in map(json.loads, open(src, encoding='utf-8'))}
rows = [json.loads(l) for l in open(work + '/h.jsonl', encoding='utf-8')]
bad = []
def check(what, ok):
    if not ok: bad.append(what)

# metadata carried through to every statement
for r in rows:
    a = arts[r['doc']]
    for k in ('date', 'title', 'url'):
        check('jsonl %s of %s:%s' % (k, r['doc'], r['start']), r.get(k) == a.get(k))
    extra = {k: v for k, v in a.items() if k not in ('id', 'date', 'title', 'url', 'text', 'speaker')}
    check('jsonl meta of %s:%s' % (r['doc'], r['start']), r.get('meta', {}) == extra)
    check('jsonl text is the article span', a['text'].encode()[r['start']:r['end']].decode() == r['text'])

cols = ['doc', 'id', 'date', 'title', 'url', 'start', 'end', 'actor', 'label', 'confidence',
        'uncertain', 'how', 'targets', 'text']
def want(r):
    return [r['doc'], r.get('id', ''), r.get('date', ''), r.get('title', ''), r.get('url', ''),
            str(r['start']), str(r['end']), r['actor'], r['label'], '%.3f' % r['confidence'],
            '1' if r['uncertain'] else '0', r['how'], '; '.join(r.get('targets', [])), r['text']]

def untsv(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s) and s[i + 1] in '\\tnr':
            out.append({'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}[s[i + 1]]); i += 2
        else:
            out.append(s[i]); i += 1
    return ''.join(out)

with open(work + '/h.tsv', encoding='utf-8', newline='') as f:
    lines = f.read().split('\n')
check('tsv ends with a newline', lines[-1] == '')
tsv = [[untsv(x) for x in l.split('\t')] for l in lines[:-1]]
check('tsv header', tsv[0] == cols)
check('tsv row count', len(tsv) - 1 == len(rows))
for got, r in zip(tsv[1:], rows):
    check('tsv row %s:%s %r' % (r['doc'], r['start'], got), got == want(r))
back = [json.loads(l) for l in open(work + '/back.jsonl', encoding='utf-8')]
check('tsv read back as statements', [(b['text'], b['actor']) for b in back] ==
      [(r['text'], r['actor']) for r in rows])

with open(work + '/h.csv', encoding='utf-8', newline='') as f:
    raw = f.read()
check('csv rows end in CRLF', raw.endswith('\r\n'))
table = list(csv.reader(raw.splitlines(keepends=True)))
check('csv header', table[0] == cols)
check('csv row count', len(table) - 1 == len(rows))
guard = tuple('=+-@\t\r')
for got, r in zip(table[1:], rows):
    exp = [("'" + x) if x[:1] in guard and x else x for x in want(r)]
    check('csv row %s:%s %r' % (r['doc'], r['start'], got), got == exp)

class Page(html.parser.HTMLParser):
    allowed = {'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'span', 'i',
               'table', 'tr', 'th', 'td', 'a', 'svg', 'rect', 'line', 'text', 'g', 'section', 'ol', 'li',
               'details', 'summary'}
    def handle_starttag(self, tag, attrs):
        check('html element <%s>' % tag, tag in self.allowed)
        for k, v in attrs:
            check('html attribute %s' % k, not k.startswith('on'))
            if k == 'href':
                check('html link %s' % v, v.startswith(('https://', 'http://', '#a')))
    def handle_data(self, data):
        check('html control character', not any(ord(c) < 32 and c not in '\n' or 0x7f <= ord(c) < 0xa0 for c in data))
page = open(work + '/h.html', encoding='utf-8').read()
Page().feed(page)
check('html says the title', 'Reprint, with &quot;quotes&quot;' in page)

rep = json.load(open(work + '/h.json', encoding='utf-8'))
check('json schema', rep['schema'] == 'parley-report' and rep['version'] == 1)
counted = sum(a['statements'] for a in rep['actors'])
check('json counts add up', counted == rep['statements'] - rep['left_out'] - rep['copies'])
check('json crosswalk', rep['labels'][0] == {'name': 'demand', 'cameo': ['10'], 'plover': ['REQUEST']})
for a in rep['actors']:
    check('json shares', abs(sum(x['count'] for x in a['labels'].values()) - a['statements']) == 0)

for fmt in ('md', 'report'):
    text = open('%s/h.%s' % (work, fmt), encoding='utf-8').read()
    check(fmt + ' has no control characters',
          not any(ord(c) < 32 and c != '\n' or 0x7f <= ord(c) < 0xa0 for c in text))
if bad:
    print('report formats: FAIL\n  ' + '\n  '.join(bad))
    sys.exit(1)
print('report formats: %d statements read back from tsv, csv and jsonl; html, json, md and report clean' % len(rows))
EOF

# map/reduce on real articles: the kremlin-ua collection when ../shared is
# beside the clone (CI), else the small sample in tests/data
src=../shared/raw/kremlin-ua/articles.jsonl
[ -f "$src" ] && head -n 300 "$src" > "$work/in.jsonl" || cp tests/data/articles.jsonl "$work/in.jsonl"
n=$(wc -l < "$work/in.jsonl")
split -n l/3 -d "$work/in.jsonl" "$work/part"
"$BIN/classify" -m "$MODEL" -f jsonl "$work/in.jsonl" > "$work/whole.jsonl"
for p in "$work"/part0?; do "$BIN/classify" -m "$MODEL" -f jsonl "$p" > "$p.jsonl"; done
gzip "$work/part01.jsonl" # a shard may come compressed
for f in report md html json tsv csv jsonl; do
    "$BIN/classify" --from-statements -f "$f" "$work/part02.jsonl" "$work/part00.jsonl" \
        "$work/part01.jsonl.gz" > "$work/merged.$f"
    if [ "$f" = tsv ] || [ "$f" = csv ] || [ "$f" = jsonl ]; then
        "$BIN/classify" --from-statements -f "$f" "$work/whole.jsonl" > "$work/want.$f"
    else
        "$BIN/classify" -m "$MODEL" -f "$f" "$work/in.jsonl" > "$work/want.$f"
    fi
    cmp -s "$work/want.$f" "$work/merged.$f" || {
        echo "report formats: FAIL: -f $f over 3 shards differs from one run"
        diff "$work/want.$f" "$work/merged.$f" | head -10
        exit 1
    }
done
# another minimum confidence at the merge decides as a single run with it
for p in 0.2 0.6123; do
    for f in report json; do
        "$BIN/classify" --from-statements --min-confidence $p -f $f "$work/part00.jsonl" \
            "$work/part01.jsonl.gz" "$work/part02.jsonl" > "$work/merged.$f"
        "$BIN/classify" -m "$MODEL" --min-confidence $p -f $f "$work/in.jsonl" > "$work/want.$f"
        cmp -s "$work/want.$f" "$work/merged.$f" || {
            echo "report formats: FAIL: --min-confidence $p at the merge differs from one run (-f $f)"
            diff "$work/want.$f" "$work/merged.$f" | head -10
            exit 1
        }
    done
done
echo "report formats: $n articles in 3 shards merge to the same bytes in all 7 formats, and with --min-confidence 0.2 or 0.6123 at the merge"

# threads: -j N writes what -j 1 writes, for articles and for statements
head -n 801 corpus/data/kremlin-ua.tsv | cut -f1,3,5 > "$work/st.tsv"
for j in 2 3 8; do
    for input in "$work/in.jsonl" "$work/st.tsv"; do
        "$BIN/classify" -m "$MODEL" -j 1 -f jsonl "$input" > "$work/j1.out"
        "$BIN/classify" -m "$MODEL" -j $j -f jsonl "$input" > "$work/jn.out"
        cmp -s "$work/j1.out" "$work/jn.out" || {
            echo "report formats: FAIL: -j $j differs from -j 1 on $(basename "$input")"
            exit 1
        }
    done
done
echo "report formats: -j 2, 3 and 8 write what -j 1 writes ($n articles, 800 statements)"
