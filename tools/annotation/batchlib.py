# What the news batch makers (mkbatches5.py, mkbatches6.py) share: the
# excerpt of a long document, the short sentence ids and the batch file.
import hashlib, sys


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
