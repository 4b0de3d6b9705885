# k18-k22 and dk2: a round of kremlin-ua first-person speeches (issue 10),
# the genre nearest to UN debates that the corpus held least of (12
# addresses of 128). The speeches not used before (not in k1-k17, the
# double annotation or the held-out gold g1-g2) in a seeded shuffle, each
# cut to a contiguous excerpt of at most 50 sentences at a seeded place
# (batchlib.excerpt), until about 1,500 sentences; every sentence of an
# excerpt is labelled, whatever it says. A seeded ~11% of the excerpts is
# cut again as dk2, the double annotation, labelled blind by another
# annotator (corpus/annotations/d-kua2.tsv). The excerpts' bounds are
# written to kua-excerpts.tsv (corpus/annotations/kua-excerpts.tsv).
import glob, json, random, re, sys
sys.path.insert(0, '/work/main/tools/annotation')
sys.path.insert(0, '/work/main/tools')
import batchlib
from batchlib import OUT, RAW
from corpus_split import split  # kremlin-ua's spans (corpus_build.kua_rows)
rng = random.Random(20261207)
done = set()
for p in glob.glob('/work/main/corpus/annotations/*.tsv'):
    for line in open(p, encoding='utf-8'):
        m = re.match(r'kua-(.+)-s\d+\t', line)
        if m:
            done.add(m.group(1))
sps = [json.loads(l) for l in open(RAW + '/kremlin-ua/speeches.jsonl', encoding='utf-8')]
pool = sorted((d for d in sps if d['id'] not in done), key=lambda d: d['id'])
rng.shuffle(pool)
sel, n = [], 0
for d in pool:
    ex = batchlib.excerpt(split(d['text']), 50, rng)
    sel.append((d, ex)); n += len(ex)
    if n >= 1500:
        break
print('pool', len(pool), 'documents', len(sel), 'sentences', n, file=sys.stderr)


def write(name, items):
    k = 0
    with open('%s/%s.txt' % (OUT, name), 'w') as f:
        for d, ex in items:
            f.write('\n=== DOCUMENT %s | %s | speech | %s\n' % (d['id'], d['date'], d['title']))
            if ex and ex[0][0] > 0:
                f.write('(excerpt: sentences %d-%d of the document; earlier text not shown)\n'
                        % (ex[0][0] + 1, ex[-1][0] + 1))
            for j, (s, e, tag) in ex:
                t = ('[speaker tag: %s] ' % tag) if tag else ''
                f.write('kua-%s-s%03d\t%s%s\n' % (d['id'], j + 1, t, d['text'][s:e])); k += 1
    print(name, len(items), 'docs', k, 'sentences', file=sys.stderr)


# the excerpts, for corpus_build.py: document, first and last sentence
with open('%s/kua-excerpts.tsv' % OUT, 'w') as f:
    for d, ex in sorted(sel, key=lambda x: x[0]['id']):
        if len(ex) < len(split(d['text'])):
            f.write('%s\t%d\t%d\n' % (d['id'], ex[0][0] + 1, ex[-1][0] + 1))
dbl = batchlib.double_sample(sel, rng)
for i, items in enumerate(batchlib.distribute(sel, 5, rng)):
    write('k%d' % (18 + i), items)
write('dk2', [sel[i] for i in dbl])
