# What the news batch makers (mkbatches5.py, mkbatches6.py) share: the
# excerpt of a long document, the short sentence ids and the batch file.
import hashlib, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from corpus_split import split as _split

RAW = '/work/shared/raw'
OUT = os.environ.get('BATCHES', '/work/annot/batches')


def split(text):
    """The sentence spans annotators were shown (transcript tags apart)."""
    return _split(text, transcripts=True)


def news_docs():
    """The records of ../shared/raw/news, in file order."""
    return [json.loads(l) for l in open(RAW + '/news/articles.jsonl')]


def excerpt(ss, cap, rng):
    """The sentences ss (corpus_split spans) of a document, or a contiguous
    excerpt of cap of them that starts at a speaker turn where there are
    turns, at a position drawn from rng: [(index, span), ...]."""
    if len(ss) <= cap:
        return list(enumerate(ss))
    turns = [i for i, s in enumerate(ss) if s[2] and i <= len(ss) - cap]
    start = rng.randrange(0, len(ss) - cap + 1)
    if turns:
        later = [i for i in turns if i >= start]
        start = later[0] if later else turns[-1]
    return [(i, ss[i]) for i in range(start, start + cap)]


def double_sample(sel, rng, share=0.11):
    """The doubly annotated sample: indexes into sel [(doc, excerpt)], whole
    documents drawn by a shuffle from rng until at least share of the
    sentences, in sel's order."""
    total = sum(len(ex) for _, ex in sel)
    order = list(range(len(sel)))
    rng.shuffle(order)
    dbl, m = [], 0
    for i in order:
        dbl.append(i); m += len(sel[i][1])
        if m >= total * share:
            break
    return sorted(dbl)


def distribute(sel, n, rng):
    """sel's documents over n batches of about equal sentences, in an order
    shuffled by rng, so every annotator sees every genre."""
    out = [[] for _ in range(n)]
    sel_sorted = sorted(sel, key=lambda x: x[0]['id'])
    rng.shuffle(sel_sorted)
    cur = [0] * n
    for d, ex in sel_sorted:
        b = min(range(n), key=lambda i: cur[i])
        out[b].append((d, ex)); cur[b] += len(ex)
    return out


def key(doc_id):
    """Short, stable sentence ids: news-KEY-sNNN, KEY the first 10 hex
    digits of sha1(document id); corpus_build.py maps them back."""
    return hashlib.sha1(doc_id.encode()).hexdigest()[:10]


def write(out_dir, name, items):
    """Writes the batch file out_dir/name.txt of items [(doc, excerpt)]."""
    k = 0
    with open('%s/%s.txt' % (out_dir, name), 'w') as f:
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


def write_round(out_dir, sel, rng, first, double_name, n=7):
    """A round's batch files: the double annotation sample drawn first,
    then sel over n batches n<first>.. and the sample as double_name."""
    total = sum(len(ex) for _, ex in sel)
    print('documents', len(sel), 'sentences', total, file=sys.stderr)
    dbl = double_sample(sel, rng)
    for i, items in enumerate(distribute(sel, n, rng)):
        write(out_dir, 'n%d' % (first + i), items)
    write(out_dir, double_name, [sel[i] for i in dbl])
