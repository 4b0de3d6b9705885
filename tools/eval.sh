#!/bin/sh
# make eval: honest held-out figures, reported, never asserted.
#   dev      train on the corpus minus the dev documents, test on them
#            (corpus/splits/dev-docs.txt: whole speeches, articles and
#            PLOVER sentences; never used for tuning)
#   genre transfer: train without one genre (debates, readouts, news
#            items), test on it
#   each with --features plain and the default features side by side
#   attribution accuracy and (actor, label) pairs on the hand-labelled
#   kremlin-ua documents (tools/eval_attribution.py)
# Usage: eval.sh BIN   (each training takes seconds with liblinear)
set -e
BIN=$1
# as make model trains: C, class weight and temperature chosen by
# cross-validation on the training part only
FLAGS="--seed 1 --grid --cv 5"
out=build/eval
mkdir -p $out
# The document of a row: its source minus the offsets after the last ':',
# and for UNSCon the speech (UNSC_<year>_SPV.<meeting>_spch<n>).
split_dev() { # file -> $out/train-NAME.tsv, $out/dev-NAME.tsv
    name=$(basename "$1" .tsv)
    awk -F'\t' -v list=corpus/splits/dev-docs.txt -v tr="$out/train-$name.tsv" -v dv="$out/dev-$name.tsv" '
        BEGIN { while ((getline l < list) > 0) if (l !~ /^#/ && l != "") dev[l] = 1 }
        NR == 1 { for (i = 1; i <= NF; i++) if ($i == "source") col = i; print > tr; print > dv; next }
        { doc = $col; sub(/:[^:]*$/, "", doc)
          if (doc ~ /^unscon:/ && match(doc, /^unscon:UNSC_[0-9]+_SPV\.[0-9]+_spch[0-9]+/)) doc = substr(doc, RSTART, RLENGTH)
          if (doc in dev) print > dv; else print > tr }' "$1"
}
for f in corpus/data/*.tsv; do split_dev "$f"; done
# a text on both sides (formulaic narration repeated from document to
# document) is tested, not trained on
cat $out/dev-*.tsv | cut -f5 | sort -u > $out/dev-texts
for f in $out/train-*.tsv; do
    awk -F'\t' 'NR == FNR { dev[$0] = 1; next } FNR == 1 || !($5 in dev)' $out/dev-texts "$f" > "$f.new"
    mv "$f.new" "$f"
done
# the test file's per-label F1, macro-F1, accuracy and ECE (not the CV's),
# one "name value" a line
summary() {
    awk '/^evaluation on/ { on = 1; skip = 0; next } !on { next } /^confusion/ { skip = 1 } /^reliability/ { skip = 0 } skip { next } /^(demand|concern|concession|agreement|none) / { print $1, $4 } /^macro-F1/ { print "macro-F1", $2 } /^accuracy/ { print "accuracy", $2 } /^ECE/ { print "ECE", $2 }'
}
# side_by_side TAG TITLE TEST TRAIN...: trains --features plain and the
# default features on TRAIN, tests both on TEST, prints them side by side
# (the default model is kept in build/eval/model-TAG)
side_by_side() {
    tag=$1 name=$2 test=$3
    shift 3
    n_train=$(cat "$@" | grep -vc '^id	source')
    n_test=$(grep -vc '^id	source' "$test")
    echo "== $name: train on $n_train statements, test on $n_test held-out ones"
    "$BIN/train" -q $FLAGS --features plain --test "$test" "$@" | summary > $out/plain.txt
    rm -rf $out/model-$tag
    "$BIN/train" -q $FLAGS --test "$test" -o $out/model-$tag "$@" | summary > $out/default.txt
    printf '  %-11s %7s %9s %7s\n' "" plain default gain
    paste -d ' ' $out/plain.txt $out/default.txt |
        awk '$1 == "ECE" { printf "  %-11s %7s %9s\n", $1, $2, $4; next }
             { printf "  %-11s %7s %9s %+7.3f\n", $1, $2, $4, $4 - $2 }'
}
# five columns every corpus file has (news.tsv has more): FILE [GENRE-FILTER]
cols() {
    awk -F'\t' -v OFS='\t' -v keep="$2" -v drop="$3" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; print "id", "source", "actor", "label", "text"; next }
        keep != "" && $c["genre"] != keep { next } drop != "" && $c["genre"] == drop { next }
        { print $c["id"], $c["source"], $c["actor"], $c["label"], $c["text"] }' "$1"
}
for f in $out/dev-*.tsv; do cols "$f"; done | awk 'NR == 1 || !/^id\tsource/' > $out/dev.tsv
side_by_side dev "dev split (the documents of corpus/splits/dev-docs.txt)" $out/dev.tsv $out/train-*.tsv
# genre transfer: train without one genre, test on it. Genres: debates (UN
# Security Council), readouts (the kremlin-ua press releases and readouts,
# and the news corpus's readouts), news (the news corpus's news items)
cols corpus/data/news.tsv "" readout > $out/news-no-readout.tsv
cols corpus/data/news.tsv "" news > $out/news-no-news.tsv
{ cols corpus/data/kremlin-ua.tsv; cols corpus/data/news.tsv readout | tail -n +2; } > $out/readouts.tsv
cols corpus/data/news.tsv news > $out/news-items.tsv
side_by_side debates "genre transfer to debates (train without UN Security Council)" \
    corpus/data/unsc.tsv corpus/data/kremlin-ua.tsv corpus/data/plover.tsv corpus/data/news.tsv
side_by_side readouts "genre transfer to readouts (train without kremlin-ua and the news readouts)" \
    $out/readouts.tsv corpus/data/unsc.tsv corpus/data/plover.tsv $out/news-no-readout.tsv
side_by_side news "genre transfer to news items (train without the news corpus's news items)" \
    $out/news-items.tsv corpus/data/unsc.tsv corpus/data/kremlin-ua.tsv corpus/data/plover.tsv \
    $out/news-no-news.tsv
# the labels of the news held-out part (the actors as the annotators gave
# them), by models trained on the whole training corpus as make model does
cols corpus/gold/news-heldout.tsv > $out/news-heldout.tsv
side_by_side all "news held-out (corpus/gold/news-heldout.tsv: never trained on)" \
    $out/news-heldout.tsv corpus/data/*.tsv
if command -v python3 >/dev/null 2>&1 && [ -d ../shared/raw/kremlin-ua ]; then
    echo "== attribution: all hand-labelled kremlin-ua documents (rules, nothing learned)"
    python3 tools/eval_attribution.py "$BIN" models/default | sed -n 1,3p
    echo "== attribution and labels: the kremlin-ua documents of the dev split (model without them)"
    python3 tools/eval_attribution.py "$BIN" $out/model-dev --docs corpus/splits/dev-docs.txt
    echo "== attribution and labels: held-out kremlin-ua gold (corpus/gold/kremlin-ua-heldout.tsv:"
    echo "   44 articles never trained on nor used to develop the rules; default model)"
    python3 tools/eval_attribution.py "$BIN" models/default --corpus corpus/gold/kremlin-ua-heldout.tsv
    echo "== attribution and labels: the sample article (corpus/gold/sample.tsv, default model)"
    python3 tools/eval_attribution.py "$BIN" models/default --gold corpus/gold/sample.tsv
fi
if command -v python3 >/dev/null 2>&1 && [ -d ../shared/raw/news ]; then
    echo "== attribution: news corpus, development part (corpus/data/news.tsv: the rules were"
    echo "   developed on it, and the default model trained on it, so its pair F1 is no test)"
    python3 tools/eval_attribution.py "$BIN" models/default --news corpus/data/news.tsv
    echo "== attribution and labels: news corpus, held-out part (corpus/gold/news-heldout.tsv:"
    echo "   67 documents never trained on nor used to develop the rules; default model)"
    python3 tools/eval_attribution.py "$BIN" models/default --news corpus/gold/news-heldout.tsv
else
    echo "== attribution: skipped (needs python3 and ../shared/raw)"
fi
