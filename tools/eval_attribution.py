#!/usr/bin/env python3
"""Attribution and (actor, label) figures on the hand-labelled kremlin-ua
documents: every sentence of each document has its actor marked by hand in
corpus/data/kremlin-ua.tsv. Runs `classify -f jsonl` on the raw records
(../shared/raw/kremlin-ua) and aligns each gold sentence with the system
statement that overlaps it most.

Usage: eval_attribution.py BIN MODEL [--docs FILE] [--corpus FILE]
       eval_attribution.py BIN MODEL --gold FILE
       eval_attribution.py BIN MODEL --news FILE
  --docs FILE  only the documents listed (e.g. the dev split)
  --corpus FILE  the gold kremlin-ua TSV (default corpus/data/kremlin-ua.tsv;
               corpus/gold/kremlin-ua-heldout.tsv is the held-out one)
  --gold FILE  instead, a gold TSV of plain-text articles (doc, start, end,
               actor, label; byte offsets; # comments), e.g.
               corpus/gold/sample.tsv
  --news FILE  a news corpus TSV (corpus/data/news.tsv, the development
               part; corpus/gold/news-heldout.tsv, the held-out part) with
               the raw records of ../shared/raw/news: figures overall, per
               publisher and per genre (as the annotators found it)
Prints, never asserts:
  - attribution accuracy on gold sentences that carry a position (label
    not none), and on all sentences;
  - precision and recall of (actor, label) pairs per article, micro-averaged
    (pairs with label none are not positions and are left out).
Actor names match when equal ignoring case, diacritics, dots and a
possessive, the apostrophe's shape and hyphens between name parts
("Davutoglu" ~ "Davutoğlu", "U.S. military" ~ "US military", "Al-Thani" ~
"Al Thani"),
when one is the other's surname ("Podolyak" ~ "Mykhailo Podolyak") or the
end of it in two or more words ("Ould Cheikh Ahmed" ~ "Ismail Ould Cheikh
Ahmed"); joint actors match as sets."""
import csv, json, os, subprocess, sys, tempfile, collections, unicodedata

RAW = os.environ.get('PARLEY_RAW', '../shared/raw')
# --errors: list the position sentences whose actor is wrong (on stderr);
# for development documents only, never the held-out ones
ERRORS = '--errors' in sys.argv
# --pairs: list the (actor, label) pairs each article gets wrong (on
# stderr): FP the system's that no gold pair matches, FN the gold's it
# misses; for development documents only
PAIRS = '--pairs' in sys.argv

# One person, one name: the shipped dictionary's aliases apply to the gold
# names too ("Mykhailo Podoliak" and "Mykhailo Podolyak" are spelled as each
# document spells them).
CANON = {}
if os.path.exists('corpus/actors.tsv'):
    rows = list(csv.DictReader(open('corpus/actors.tsv', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    for r in rows:
        for a in [r['name']] + [x for x in r['aliases'].split('|') if x]:
            CANON[a] = r['name']

def names(s):
    return [CANON.get(a.strip(), a.strip()) for a in s.split(';') if a.strip()]

def fold(a):
    """Spelling only: case, diacritics, dots, a possessive, the apostrophe's
    shape and a hyphen between name parts are not the actor ("Davutoglu" ~
    "Davutoğlu", "U.S. military" ~ "US military", "B’Tselem" ~ "B'Tselem",
    "Al-Thani" ~ "Al Thani")."""
    a = unicodedata.normalize('NFKD', a.lower().replace('\u2019', "'"))
    a = ''.join(c for c in a if not unicodedata.combining(c))
    return ' '.join(a.replace('.', '').replace("'s ", ' ').replace('-', ' ').split())

def same(a, b):
    a, b = fold(a), fold(b)
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1):
        return True  # a surname alone
    # the shorter name is the end of the longer ("Ould Cheikh Ahmed" ~
    # "Ismail Ould Cheikh Ahmed"), at least two words
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) >= 2 and long_[-len(short):] == short

def same_set(g, s):
    g, s = names(g), names(s)
    return len(g) == len(s) and all(any(same(x, y) for y in s) for x in g)

def score(gold, sysst, texts, quiet=False):
    """gold/sysst: doc -> [(start, end, actor, label)] with byte offsets.
    Prints the figures (unless quiet) and returns them."""
    pos_ok = pos_n = all_ok = all_n = 0
    tp = fp = fn = 0
    for doc, gs in gold.items():
        stmts = sysst[doc]
        for bs, be, actor, label in gs:
            best, ov = None, 0
            for st in stmts:
                o = min(be, st[1]) - max(bs, st[0])
                if o > ov:
                    best, ov = st, o
            ok = best is not None and same_set(actor, best[2])
            if ERRORS and not ok and label != 'none':
                print('ERR %s\t%s\t%s\t%s' % (doc, actor, best[2] if best else '-',
                                               best[4] if best and len(best) > 4 else ''), file=sys.stderr)
            all_n += 1
            all_ok += ok
            if label != 'none':
                pos_n += 1
                pos_ok += ok
        gp = {(a, l) for _, _, act, l in gs if l != 'none' for a in names(act)}
        sp = {(a, l) for _, _, act, l, *_ in stmts if l != "none" for a in names(act)}
        m = sum(1 for a, l in gp if any(l == l2 and same(a, a2) for a2, l2 in sp))
        ms = sum(1 for a, l in sp if any(l == l2 and same(a, a2) for a2, l2 in gp))
        if PAIRS:
            for a, l in sorted(sp):
                if not any(l == l2 and same(a, a2) for a2, l2 in gp):
                    print('FP %s\t%s\t%s' % (doc, a, l), file=sys.stderr)
            for a, l in sorted(gp):
                if not any(l == l2 and same(a, a2) for a2, l2 in sp):
                    print('FN %s\t%s\t%s' % (doc, a, l), file=sys.stderr)
        tp += m
        fn += len(gp) - m
        fp += len(sp) - ms
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    if not quiet:
        print('attribution on %d documents, %d sentences (%d with a position)' % (len(gold), all_n, pos_n))
        print('  accuracy, sentences with a position  %.3f' % (pos_ok / max(pos_n, 1)))
        print('  accuracy, all sentences              %.3f' % (all_ok / max(all_n, 1)))
        print('  (actor, label) pairs per article: precision %.3f  recall %.3f  F1 %.3f' % (p, r, f))
    return len(gold), all_n, pos_n, pos_ok / max(pos_n, 1), all_ok / max(all_n, 1), f

def run_classify(binp, model, args):
    out = subprocess.run([os.path.join(binp, 'classify'), '-m', model, '-f', 'jsonl'] + args,
                         capture_output=True, text=True, check=True).stdout
    sysst = collections.defaultdict(list)
    for line in out.splitlines():
        o = json.loads(line)
        sysst[o['doc']].append((o['start'], o['end'], o['actor'], o['label'],
                                '%s %s' % (o['how'], o['text'][:110])))
    return sysst

def gold_file(binp, model, path):
    gold = collections.defaultdict(list)
    rows = [l for l in open(path, encoding='utf-8') if not l.startswith('#')]
    for r in csv.DictReader(rows, delimiter='\t', quoting=csv.QUOTE_NONE):
        gold[r['doc']].append((int(r['start']), int(r['end']), r['actor'], r['label']))
    score(gold, run_classify(binp, model, sorted(gold)), None)

def classify_records(binp, model, gold, objs, texts):
    """Runs classify on the articles objs (doc -> JSON object) and returns
    its statements and the gold with code point offsets made byte offsets."""
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as tmp:
        for doc in sorted(gold):
            tmp.write(json.dumps(objs[doc], ensure_ascii=False) + '\n')
    sysst = run_classify(binp, model, [tmp.name])
    os.unlink(tmp.name)
    bgold = {}
    for doc, gs in gold.items():
        text = texts[doc]
        bgold[doc] = [(len(text[:s].encode()), len(text[:e].encode()), a, l) for s, e, a, l in gs]
    return sysst, bgold

def news(binp, model, path):
    """The news corpus: every sentence's actor marked by reading. Runs
    classify on the raw records (JSONL with id, title, date, text) and
    breaks the figures down by publisher and genre."""
    gold = collections.defaultdict(list)
    kind = {}
    for r in csv.DictReader(open(path, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
        _, doc, span = r['source'].split(':')
        s, e = map(int, span.split('-'))
        gold[doc].append((s, e, r['actor'], r['label']))
        kind[doc] = (r['publisher'], r['genre'])
    recs = {}
    for line in open(os.path.join(RAW, 'news/articles.jsonl'), encoding='utf-8'):
        d = json.loads(line)
        if d['id'] in gold:
            recs[d['id']] = d
    objs = {doc: {'id': doc, 'title': d['title'], 'date': d['date'], 'text': d['text']}
            for doc, d in recs.items()}
    sysst, bgold = classify_records(binp, model, gold, objs, {k: d['text'] for k, d in recs.items()})
    score(bgold, sysst, None)
    print('  %-28s %5s %6s %6s %9s %7s %7s' % ('by publisher / genre', 'docs', 'sents', 'w/pos',
                                                 'acc(pos)', 'acc', 'pair F1'))
    for i, name in ((0, 'publisher'), (1, 'genre')):
        for k in sorted({v[i] for v in kind.values()}):
            sub = {d: g for d, g in bgold.items() if kind[d][i] == k}
            nd, na, npos, apos, aall, f = score(sub, sysst, None, quiet=True)
            print('  %-28s %5d %6d %6d %9.3f %7.3f %7.3f' % (k, nd, na, npos, apos, aall, f))

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binp, model = sys.argv[1], sys.argv[2]
    if '--gold' in sys.argv:
        return gold_file(binp, model, sys.argv[sys.argv.index('--gold') + 1])
    if '--news' in sys.argv:
        return news(binp, model, sys.argv[sys.argv.index('--news') + 1])
    corpus = 'corpus/data/kremlin-ua.tsv'
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    only = None
    if '--docs' in sys.argv:
        f = sys.argv[sys.argv.index('--docs') + 1]
        only = {l.strip().split(':', 1)[1] for l in open(f) if l.startswith('kremlin-ua:')}
    gold = collections.defaultdict(list)
    for r in csv.DictReader(open(corpus, encoding='utf-8'), delimiter='\t',
                            quoting=csv.QUOTE_NONE):
        _, doc, span = r['source'].split(':')
        if only is not None and doc not in only:
            continue
        s, e = map(int, span.split('-'))
        gold[doc].append((s, e, r['actor'], r['label']))
    recs = {}
    for fn in ('articles.jsonl', 'speeches.jsonl'):
        for line in open(os.path.join(RAW, 'kremlin-ua', fn), encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in gold:
                # addresses are first person: a user would say whose (the
                # head of state of the site that published it)
                if fn == 'speeches.jsonl':
                    d['speaker'] = 'Vladimir Putin' if d['id'].startswith('kremlin') else 'Volodymyr Zelenskyy'
                recs[d['id']] = d
    objs = {}
    for doc, d in recs.items():
        objs[doc] = {'id': doc, 'title': d['title'], 'text': d['text']}
        if 'speaker' in d:
            objs[doc]['speaker'] = d['speaker']
    # gold offsets are code points; the system's are bytes
    sysst, bgold = classify_records(binp, model, gold, objs, {k: d['text'] for k, d in recs.items()})
    score(bgold, sysst, None)

main()
