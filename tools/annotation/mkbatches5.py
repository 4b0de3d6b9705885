# n1-n8: the news corpus (issue 9), from ../shared/raw/news/articles.jsonl.
# Documents are drawn by a seeded shuffle within each publisher and genre:
# Wikipedia Current-events days (third-person news items) until about 1,050
# sentences, all five Wikinews documents, 31 White House and 31 Kremlin
# readouts, 28 White House and 12 Kremlin statements, 15 White House and 13
# Kremlin briefings (press briefings, press conferences, interviews).
# Documents longer than 40 sentences are cut to a contiguous excerpt of 40
# (45 for interviews) that starts at a speaker turn where the document has
# turns, at a seeded position. Every sentence of a chosen document or
# excerpt is labelled, whatever it says. Genres are the raw file's (assigned
# by rules); annotators check them. A seeded tenth of the documents is cut
# again as the double-annotation batch (nd), labelled blind by another
# annotator.
import hashlib, json, random, sys
sys.path.insert(0, '/work/main/tools')
from corpus_split import split as split0
split = lambda t: split0(t, transcripts=True)
RAW = '/work/shared/raw'
OUT = '/work/annot/batches'
docs = [json.loads(l) for l in open(RAW + '/news/articles.jsonl')]
rng = random.Random(20261206)


def pool(pub, genre):
    p = sorted((d for d in docs if d['publisher'] == pub and d['genre'] == genre),
               key=lambda d: d['id'])
    rng.shuffle(p)
    return p


def excerpt(d, cap):
    ss = split(d['text'])
    if len(ss) <= cap:
        return list(enumerate(ss))
    turns = [i for i, s in enumerate(ss) if s[2] and i <= len(ss) - cap]
    start = rng.randrange(0, len(ss) - cap + 1)
    if turns:
        later = [i for i in turns if i >= start]
        start = later[0] if later else turns[-1]
    return [(i, ss[i]) for i in range(start, start + cap)]


sel = []
n = 0
for d in pool('wikipedia-current-events', 'news'):
    ex = excerpt(d, 40)
    sel.append((d, ex)); n += len(ex)
    if n >= 1050:
        break
for d in sorted((d for d in docs if d['publisher'] == 'wikinews'), key=lambda d: d['id']):
    sel.append((d, excerpt(d, 45 if d['genre'] == 'briefing' else 40)))
for pub, genre, k in (('whitehouse', 'readout', 31), ('kremlin', 'readout', 31),
                      ('whitehouse', 'statement', 28), ('kremlin', 'statement', 12),
                      ('whitehouse', 'briefing', 15), ('kremlin', 'briefing', 13)):
    for d in pool(pub, genre)[:k]:
        sel.append((d, excerpt(d, 40)))
total = sum(len(ex) for _, ex in sel)
print('documents', len(sel), 'sentences', total, file=sys.stderr)

# Double annotation: a seeded tenth of the documents (whole as cut), at least
# 10% of the sentences.
order = list(range(len(sel)))
rng.shuffle(order)
dbl, m = [], 0
for i in order:
    dbl.append(i); m += len(sel[i][1])
    if m >= total * 0.11:
        break
dbl = sorted(dbl)


def key(doc_id):
    # short, stable sentence ids: news-KEY-sNNN, KEY the first 10 hex digits
    # of sha1(document id); corpus_build.py maps them back
    return hashlib.sha1(doc_id.encode()).hexdigest()[:10]


def write(name, items):
    k = 0
    with open('%s/%s.txt' % (OUT, name), 'w') as f:
        for d, ex in items:
            f.write('\n=== DOCUMENT %s | %s | %s | %s | %s\n' % (d['id'], d['publisher'], d['genre'],
                                                            d['date'], d['title']))
            if ex and ex[0][0] > 0:
                f.write('(excerpt: sentences %d-%d of the document; earlier text not shown)\n'
                        % (ex[0][0] + 1, ex[-1][0] + 1))
            for j, (s, e, tag) in ex:
                t = ('[speaker tag: %s] ' % tag) if tag else ''
                f.write('news-%s-s%03d\t%s%s\n' % (key(d['id']), j + 1, t, d['text'][s:e])); k += 1
    print(name, len(items), 'docs', k, 'sentences', file=sys.stderr)


N = 7
per = total / N
out = [[] for _ in range(N)]
# interleave genres across batches: every annotator sees news, readouts,
# statements and briefings
sel_sorted = sorted(sel, key=lambda x: x[0]['id'])
rng.shuffle(sel_sorted)
cur = [0] * N
for d, ex in sel_sorted:
    b = min(range(N), key=lambda i: cur[i])
    out[b].append((d, ex)); cur[b] += len(ex)
for i in range(N):
    write('n%d' % (i + 1), out[i])
write('nd', [sel[i] for i in dbl])

# n8: after the genre check found that 7 of the 43 'statement' documents
# are readouts, speeches or news reports, 14 more statement documents
# (titles naming a statement, joint statement or declaration), drawn by the
# same kind of seeded shuffle from those not yet used.
if len(sys.argv) > 1 and sys.argv[1] == 'n8':
    used = {d['id'] for d, _ in sel}
    rng8 = random.Random(20261206 + 8)
    extra = []
    for pub, k in (('whitehouse', 9), ('kremlin', 5)):
        p = sorted((d for d in docs if d['publisher'] == pub and d['genre'] == 'statement'
                    and d['id'] not in used and 'statement' in d['title'].lower()
                    or d['publisher'] == pub and d['genre'] == 'statement' and d['id'] not in used
                    and 'declaration' in d['title'].lower()), key=lambda d: d['id'])
        rng8.shuffle(p)
        extra += [(d, excerpt(d, 40)) for d in p[:k]]
    write('n8', extra)
