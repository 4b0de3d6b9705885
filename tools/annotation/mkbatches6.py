# n9-n15 and nd2: a second round of the news corpus (issue 10), to find more
# concessions (526 in the whole corpus before it, 87 of them in news) in
# genres besides the kremlin-ua readouts: news items, readouts, statements
# and briefings of ../shared/raw/news. `mkbatches6.py 3` makes the third
# round, n16-n22 and nd3: documents used in neither round before, all
# ranked by the density of openness words (the second round found 182
# concessions in 3,236 sentences; the corpus needed some 300 more);
# `mkbatches6.py 4` the fourth, n23-n29 and nd4, the same way over what
# the first three rounds left (the third found 187); `mkbatches6.py 5`
# the fifth, n30-n36 and nd5, over what the first four left, with speeches;
# `mkbatches6.py 6` the sixth, n37-n43 and nd6, the same way again.
#
# Documents are those not used before (not in n1-n8, not in the held-out
# news gold) and outside the held-out hash rule (tools/corpus_build.py's
# news_heldout), so the whole round is training data and the held-out part
# stays as it was. In each publisher and genre, half the documents are
# ranked by the density of openness words (offers, readiness, ceasefires,
# releases, easing: where concessions are likely), half are a seeded
# shuffle of the rest, so the round is not only concession-rich documents.
# Every sentence of a chosen document or excerpt is labelled, whatever it
# says; documents over 40 sentences are cut to a contiguous excerpt of 40 as
# in mkbatches5.py. A seeded ~11% of the documents is cut again as nd2, the
# double annotation, labelled blind by another annotator.
import glob, hashlib, random, re, sys
sys.path.insert(0, '/work/main/tools/annotation')
import batchlib
from batchlib import OUT, split
docs = batchlib.news_docs()
ROUND = int(sys.argv[1]) if len(sys.argv) > 1 else 2
rng = random.Random(20261206 + (10 if ROUND == 2 else 10 * ROUND))


def heldout(doc_id):
    return int(hashlib.sha256(('news-heldout:' + doc_id).encode()).hexdigest()[:8], 16) % 100 < 25


# the documents of the first round: those of its annotation files (n1-n8
# and the double annotation), by the key of their sentence ids
keys = set()
first = glob.glob('/work/main/corpus/annotations/n[1-8].tsv') + ['/work/main/corpus/annotations/d-news.tsv']
if ROUND >= 3:  # and the later rounds' before this one
    first += ['/work/main/corpus/annotations/n%d.tsv' % i for i in range(9, 9 + 7 * (ROUND - 2))]
for path in first:
    for line in open(path, encoding='utf-8'):
        keys.add(line.split('\t')[0].split('-')[1])
used = {d['id'] for d in docs if batchlib.key(d['id']) in keys}
print('documents used before', len(used), file=sys.stderr)

KW = re.compile(r'(?i)\b(ready to|readiness|willing|willingness|prepared to|open to|compromise|'
                r'offer(ed|s)?|agree[sd]? to|accept(s|ed)?|release[sd]?|ceasefire|cease-fire|truce|'
                r'withdraw(s|n|al)?|pull(s|ed)? out|lift(s|ed)?|eas(e|es|ed|ing)|suspend(s|ed)?|'
                r'pause[sd]?|prisoner|exchange|swap|resume[sd]? (talks|negotiations|dialogue)|'
                r'concession|amnesty|pardon(s|ed)?|drop(s|ped)?)\b')


def excerpt(d, cap):
    return batchlib.excerpt(split(d['text']), cap, rng)


def density(d):
    n = max(len(split(d['text'])), 1)
    return len(KW.findall(d['text'])) / n


sel = []
# (publisher, genre, sentences wanted)
WANT = {2: (('wikipedia-current-events', 'news', 1400),
            ('whitehouse', 'readout', 450), ('kremlin', 'readout', 450),
            ('whitehouse', 'statement', 400), ('kremlin', 'statement', 120),
            ('whitehouse', 'briefing', 200), ('kremlin', 'briefing', 200)),
        3: (('wikipedia-current-events', 'news', 1700),
            ('whitehouse', 'readout', 500), ('kremlin', 'readout', 500),
            ('whitehouse', 'statement', 400), ('kremlin', 'statement', 100),
            ('whitehouse', 'briefing', 200), ('kremlin', 'briefing', 150))}
WANT[4] = WANT[3]
# the fifth round (issue 10: concession on news items, briefings and
# speeches, the genres where the corpus had fewest): speeches join
WANT[5] = (('wikipedia-current-events', 'news', 900),
           ('whitehouse', 'briefing', 560), ('kremlin', 'briefing', 240),
           ('whitehouse', 'speech', 400), ('kremlin', 'speech', 200),
           ('whitehouse', 'statement', 200))
WANT[6] = WANT[5]  # the sixth round: the same, over what the fifth left
for pub, genre, want in WANT[ROUND]:
    p = sorted((d for d in docs if d['publisher'] == pub and d['genre'] == genre
                and d['id'] not in used and not heldout(d['id'])), key=lambda d: d['id'])
    ranked = sorted(p, key=lambda d: (-density(d), d['id']))
    got, n = set(), 0
    for d in ranked:  # half by density (the later rounds: all)
        if n >= (want if ROUND >= 3 else want / 2):
            break
        ex = excerpt(d, 40)
        sel.append((d, ex)); got.add(d['id']); n += len(ex)
    rest = [d for d in p if d['id'] not in got]
    rng.shuffle(rest)
    for d in rest:  # half a seeded shuffle
        if n >= want:
            break
        ex = excerpt(d, 40)
        sel.append((d, ex)); n += len(ex)
batchlib.write_round(OUT, sel, rng, 9 + 7 * (ROUND - 2), 'nd%d' % ROUND)
