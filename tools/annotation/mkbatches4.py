# k12-k17: a third round of kremlin-ua documents not yet used anywhere (not in
# k1-k11, not in the held-out gold g1-g2). Half are ranked by the density of
# openness words (offers, readiness, ceasefires, exchanges: concessions are
# still the rarest label), half are a seeded shuffle of the rest, so the round
# is not only concession-rich documents. Every sentence of a chosen document
# is labelled, whatever it says.
import json, re, random, sys, glob
sys.path.insert(0, '/work/main/tools')
from corpus_split import split
RAW = '/work/shared/raw'
arts = [json.loads(l) for l in open(RAW + '/kremlin-ua/articles.jsonl')]
sps = [json.loads(l) for l in open(RAW + '/kremlin-ua/speeches.jsonl')]
spids = {a['id'] for a in sps}
done = set()
for p in glob.glob('/work/annot/batches/[kg]*.txt'):
    for l in open(p):
        if l.startswith('=== DOCUMENT'):
            done.add(l.split()[2])
print('documents already used', len(done), file=sys.stderr)
KW = re.compile(r'(?i)\b(ready to|readiness|willing|willingness|open to|compromise|offer(ed|s)?|propos(e|ed|al)|exchange of prisoners|prisoner exchange|humanitarian corridor|ceasefire|withdraw|lift(ed)? (the )?sanctions|concession|guarantee)')
pool = []
for a in arts + sps:
    if a['id'] in done or not (400 <= len(a['text']) <= 9000):
        continue
    ss = split(a['text'])
    if len(ss) > 60:
        continue
    pool.append((a, ss))
ranked = sorted(pool, key=lambda x: (-len(KW.findall(x[0]['text'])) / len(x[1]), x[0]['id']))
sel, n, used = [], 0, set()
for a, ss in ranked:
    sel.append((a, ss)); used.add(a['id']); n += len(ss)
    if n >= 1200:
        break
rest = [x for x in pool if x[0]['id'] not in used]
rest.sort(key=lambda x: x[0]['id'])
random.Random(20261128 + 4).shuffle(rest)
m = 0
for a, ss in rest:
    sel.append((a, ss)); m += len(ss)
    if m >= 1200:
        break
print('pool', len(pool), 'docs', len(sel), 'dense', n, 'shuffled', m, file=sys.stderr)
N = 6; tot = n + m; per = tot / N; out = [[] for _ in range(N)]; b = 0; cur = 0
for a, ss in sel:
    if cur >= per * (b + 1) and b < N - 1:
        b += 1
    out[b].append((a, ss)); cur += len(ss)
for i, ds in enumerate(out):
    k = 0
    with open('/work/annot/batches/k%d.txt' % (i + 12), 'w') as f:
        for a, ss in ds:
            kind = 'speech' if a['id'] in spids else 'article'
            f.write('\n=== DOCUMENT %s | %s | %s | %s\n' % (a['id'], a['date'], kind, a['title']))
            for j, (s, e, tag) in enumerate(ss):
                t = ('[speaker tag: %s] ' % tag) if tag else ''
                f.write('kua-%s-s%03d\t%s%s\n' % (a['id'], j + 1, t, a['text'][s:e])); k += 1
    print('k%d' % (i + 12), len(ds), 'docs', k, 'sentences', file=sys.stderr)
