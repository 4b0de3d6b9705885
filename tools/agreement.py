#!/usr/bin/env python3
"""Inter-annotator agreement on the doubly labelled sample: Cohen's kappa
and the confusion between the first annotation (corpus/annotations/u*.tsv,
k*.tsv, n*.tsv) and the independent second one (d-un.tsv, d-kua.tsv,
d-kua2.tsv for the speeches round, and d-news.tsv to d-news6.tsv for the
six news rounds).
Run from the repository top: python3 tools/agreement.py"""
import glob, collections
L = ['demand', 'concern', 'concession', 'agreement', 'none']

def load(paths):
    d = {}
    for p in paths:
        for line in open(p, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            d[f[0]] = f[1:]
    return d

first = load(sorted(glob.glob('corpus/annotations/u?.tsv') + glob.glob('corpus/annotations/k?.tsv') +
                   glob.glob('corpus/annotations/k[12]?.tsv') +
                   glob.glob('corpus/annotations/n?.tsv') + glob.glob('corpus/annotations/n[1234]?.tsv')))
second = load(['corpus/annotations/d-un.tsv', 'corpus/annotations/d-kua.tsv',
               'corpus/annotations/d-kua2.tsv',
               'corpus/annotations/d-news.tsv', 'corpus/annotations/d-news2.tsv',
               'corpus/annotations/d-news3.tsv', 'corpus/annotations/d-news4.tsv',
               'corpus/annotations/d-news5.tsv', 'corpus/annotations/d-news6.tsv'])

def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[l] * cb[l] for l in L) / (n * n)
    return po, (po - pe) / (1 - pe)

for name, pref in (('UNSC', 'unsc-'), ('kremlin-ua', 'kua-'), ('news', 'news-'), ('all', '')):
    ids = [i for i in second if i.startswith(pref)]
    pairs = [(first[i][-1], second[i][-1]) for i in ids]
    po, k = kappa(pairs)
    print('%-10s n=%d  observed agreement %.3f  Cohen kappa %.3f' % (name, len(pairs), po, k))
for name, path in (('kremlin-ua speeches', 'd-kua2.tsv'), ('news round 1', 'd-news.tsv'), ('news round 2', 'd-news2.tsv'),
                   ('news round 3', 'd-news3.tsv'), ('news round 4', 'd-news4.tsv'),
                   ('news round 5', 'd-news5.tsv'), ('news round 6', 'd-news6.tsv')):
    ids = list(load(['corpus/annotations/' + path]))
    po, k = kappa([(first[i][-1], second[i][-1]) for i in ids])
    print('%-10s n=%d  observed agreement %.3f  Cohen kappa %.3f' % (name, len(ids), po, k))
ids = [i for i in second if i.startswith('kua-')]
same = sum(first[i][0] == second[i][0] for i in ids)
print('kremlin-ua actor exact match: %d/%d (%.3f)' % (same, len(ids), same / len(ids)))
ids = [i for i in second if i.startswith('news-')]
same = sum(first[i][0].lower() == second[i][0].lower() for i in ids)
pos = [i for i in ids if first[i][1] != 'none' or second[i][1] != 'none']
samep = sum(first[i][0].lower() == second[i][0].lower() for i in pos)
print('news actor match (ignoring case): %d/%d (%.3f); on sentences either labels a position %d/%d (%.3f)'
      % (same, len(ids), same / len(ids), samep, len(pos), samep / len(pos)))
pairs = [(first[i][-1], second[i][-1]) for i in second]
m = collections.Counter(pairs)
print('\nconfusion (rows first annotator, columns second)')
print('%-12s' % '' + ''.join('%11s' % l for l in L))
for a in L:
    print('%-12s' % a + ''.join('%11d' % m[(a, b)] for b in L))

adj = {}
for line in open('corpus/annotations/adjudication.tsv', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    adj[f[0]] = [f[2]] if f[0].startswith('unsc-') else [f[1], f[2]]
for i in second:  # the news disagreements in actor spelling only were settled too
    if i.startswith('news-') and i not in adj and first[i][0].lower() == second[i][0].lower():
        second[i][0] = first[i][0]
dis = [i for i in second if first[i] != second[i]]
a1 = sum(adj[i] == first[i] for i in dis)
a2 = sum(adj[i] == second[i] for i in dis)
print('\nadjudication (third reading) of the %d disagreements (label, or actor and label):'
      ' first annotator upheld %d, second %d, neither %d' % (len(dis), a1, a2, len(dis) - a1 - a2))
