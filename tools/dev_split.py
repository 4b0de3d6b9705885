#!/usr/bin/env python3
"""Writes corpus/splits/dev-docs.txt: the documents of the dev split.
A document is a UN speech (UNSC_<year>_SPV.<meeting>_spch<n>), a kremlin-ua
record or a PLOVER sentence; it is in dev when the first 8 hex digits of
sha256(document key) mod 100 < 15. The rule depends only on the key, so
growing the corpus never moves an old document between splits.
Run from the repository top: python3 tools/dev_split.py"""
import csv, glob, hashlib, re

def doc_of(src):
    doc = src.rsplit(':', 1)[0]
    m = re.match(r'unscon:UNSC_\d+_SPV\.\d+_spch\d+', doc)
    return m.group(0) if m else doc

docs = set()
for f in sorted(glob.glob('corpus/data/*.tsv')):
    for r in csv.DictReader(open(f, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
        docs.add(doc_of(r['source']))
dev = sorted(d for d in docs if int(hashlib.sha256(d.encode()).hexdigest()[:8], 16) % 100 < 15)
with open('corpus/splits/dev-docs.txt', 'w') as f:
    f.write('# The dev split: whole documents (UN speeches, kremlin-ua records, PLOVER\n'
            '# sentences), chosen as sha256(doc)[:8] mod 100 < 15 by tools/dev_split.py.\n'
            '# Never used for tuning.\n')
    for d in dev:
        f.write(d + '\n')
print('%d documents, %d in dev' % (len(docs), len(dev)))
