#!/bin/sh
# make bench, second part: classify and train at scale, and the same work
# done by fastText and scikit-learn when they are installed (Debian
# fasttext, python3-sklearn), side by side. Builds its inputs from the
# corpus: N statements resampled from corpus/data (default 1,000,000), the
# kremlin-ua articles repeated to about 100 MB (when ../shared is beside
# the clone), and labelled sets of 10k, 50k and 200k statements. Prints
# what it measured (wall seconds, throughput, peak memory from GNU time);
# it asserts nothing. Usage: bench_scale.sh BIN [N]
set -eu
BIN=${1:?usage: bench_scale.sh BIN [N]}
N=${2:-1000000}
W=build/bench/scale
mkdir -p "$W"
JOBS=$(nproc)
TIME=/usr/bin/time
[ -x $TIME ] || { echo "bench: GNU time (/usr/bin/time, Debian time) is needed for peak memory" >&2; exit 1; }

# inputs, built once (deterministic: a fixed seed)
if [ ! -f "$W/statements.tsv" ] || [ "$(($(wc -l < "$W/statements.tsv") - 1))" != "$N" ]; then
    python3 - "$W" "$N" <<'EOF'
import csv, glob, json, os, random, sys
w, n = sys.argv[1], int(sys.argv[2])
rows = []
for p in sorted(glob.glob('corpus/data/*.tsv')):
    for r in csv.DictReader(open(p, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
        rows.append((r['label'], r['text'].replace('\t', ' ')))
rng = random.Random(1)
with open(os.path.join(w, 'statements.tsv'), 'w', encoding='utf-8') as f:
    f.write('text\n')
    for _ in range(n):
        f.write(rng.choice(rows)[1] + '\n')
for k in (10000, 50000, 200000):
    with open(os.path.join(w, 'train-%d.tsv' % k), 'w', encoding='utf-8') as f:
        f.write('label\ttext\n')
        for _ in range(k):
            f.write('%s\t%s\n' % rng.choice(rows))
# fastText's format: __label__X text
with open(os.path.join(w, 'train.ft'), 'w', encoding='utf-8') as f:
    for label, text in rows:
        f.write('__label__%s %s\n' % (label, text))
with open(os.path.join(w, 'statements.txt'), 'w', encoding='utf-8') as f:
    for line in open(os.path.join(w, 'statements.tsv'), encoding='utf-8').readlines()[1:]:
        f.write(line)
raw = '../shared/raw/kremlin-ua/articles.jsonl'
if os.path.exists(raw):
    arts = [json.loads(l) for l in open(raw, encoding='utf-8')]
    size, copy = 0, 0
    with open(os.path.join(w, 'articles.jsonl'), 'w', encoding='utf-8') as f:
        while size < 100e6:
            for a in arts:
                a = dict(a, id='%s-%d' % (a['id'], copy))
                f.write(json.dumps(a, ensure_ascii=False) + '\n')
                size += len(a['text'].encode('utf-8'))
            copy += 1
EOF
fi

# one timed run: label, then the command; prints seconds and peak MB
run() {
    label=$1
    shift
    $TIME -f "%e %M" -o "$W/time" "$@" > "$W/out" 2> "$W/err" || { echo "bench: $label failed:" >&2; tail -3 "$W/err" >&2; return 1; }
    read -r secs kb < "$W/time"
    echo "$label $secs $kb"
}

stmts=$N
bytes=0
[ -f "$W/articles.jsonl" ] && bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1], encoding='utf-8')))" "$W/articles.jsonl")
printf '%-44s %9s %9s %14s\n' "bench (machine: $(nproc) cores)" seconds "peak MB" throughput
show() { # label secs kb amount unit
    awk -v l="$1" -v s="$2" -v k="$3" -v a="$4" -v u="$5" \
        'BEGIN { printf "%-44s %9.2f %9.0f %14s\n", l, s, k / 1024, (s > 0 && a > 0) ? sprintf(u == "MB/s" ? "%.1f %s" : "%.0f %s", a / s, u) : "" }'
}
for j in 1 "$JOBS"; do
    set -- $(run "classify $stmts statements -j $j" "$BIN/classify" -j "$j" -i statements -f tsv "$W/statements.tsv")
    show "classify $stmts statements, -j $j" "$(echo "$@" | awk '{print $(NF-1)}')" "$(echo "$@" | awk '{print $NF}')" "$stmts" "stmt/s"
done
if [ "$bytes" -gt 0 ]; then
    mb=$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')
    for j in 1 "$JOBS"; do
        set -- $(run "articles -j $j" "$BIN/classify" -j "$j" -f jsonl "$W/articles.jsonl")
        show "classify $(printf '%.0f' "$mb") MB of articles to JSONL, -j $j" "$(echo "$@" | awk '{print $(NF-1)}')" "$(echo "$@" | awk '{print $NF}')" "$mb" "MB/s"
    done
fi
for k in 10000 50000 200000; do
    set -- $(run "train $k" "$BIN/train" -q --seed 1 --force -o "$W/model-$k" "$W/train-$k.tsv")
    show "train on $k statements (liblinear)" "$(echo "$@" | awk '{print $(NF-1)}')" "$(echo "$@" | awk '{print $NF}')" 0 ""
done

# the same statements through fastText and scikit-learn
if command -v fasttext >/dev/null 2>&1; then
    set -- $(run "fasttext train" fasttext supervised -input "$W/train.ft" -output "$W/ft" -wordNgrams 2 -seed 1 -thread 1 -verbose 0)
    show "fastText: train on the corpus (bigrams)" "$(echo "$@" | awk '{print $(NF-1)}')" "$(echo "$@" | awk '{print $NF}')" 0 ""
    set -- $(run "fasttext predict" fasttext predict-prob "$W/ft.bin" "$W/statements.txt")
    show "fastText: predict $stmts statements" "$(echo "$@" | awk '{print $(NF-1)}')" "$(echo "$@" | awk '{print $NF}')" "$stmts" "stmt/s"
else
    echo "fastText: not installed (apt-get install fasttext)"
fi
if /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
    cat > "$W/sk.py" <<'EOF'
import csv, glob, sys, time
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
rows = [r for p in sorted(glob.glob('corpus/data/*.tsv'))
        for r in csv.DictReader(open(p, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE)]
t0 = time.time()
vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
clf = LinearSVC(C=1.0).fit(vec.fit_transform([r['text'] for r in rows]), [r['label'] for r in rows])
t1 = time.time()
texts = open(sys.argv[1], encoding='utf-8').read().splitlines()
clf.predict(vec.transform(texts))
t2 = time.time()
print('%.2f %.2f' % (t1 - t0, t2 - t1))
EOF
    $TIME -f "%e %M" -o "$W/time" /usr/bin/python3 "$W/sk.py" "$W/statements.txt" > "$W/sk.out"
    read -r fit pred < "$W/sk.out"
    read -r secs kb < "$W/time"
    show "scikit-learn: tf-idf + LinearSVC, fit" "$fit" 0 0 ""
    show "scikit-learn: predict $stmts statements" "$pred" "$kb" "$stmts" "stmt/s"
else
    echo "scikit-learn: not installed (apt-get install python3-sklearn)"
fi
