#!/bin/sh
# make eval: honest held-out figures, reported, never asserted.
#   dev      train on the corpus minus the dev documents, test on them
#            (corpus/splits/dev-docs.txt: whole speeches, articles and
#            PLOVER sentences; never used for tuning)
#   UN -> kremlin-ua and kremlin-ua -> UN: genre transfer
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
summary() { # the test file's per-label F1, macro-F1, accuracy and ECE (not the CV's)
    awk '/^evaluation on/ { print; on = 1; skip = 0; next } !on { next } /^confusion/ { skip = 1 } /^reliability/ { skip = 0 } skip { next } /^(demand|concern|concession|agreement|none) / { printf "  %-11s F1 %s\n", $1, $4 } /^macro-F1/ { printf "  macro-F1    %s\n", $2 } /^accuracy/ { printf "  accuracy    %s\n", $2 } /^ECE/ { printf "  ECE         %s (expected calibration error of the confidences)\n", $2 }'
}
# one dev file of the columns every corpus file has (news.tsv has more)
for f in $out/dev-*.tsv; do
    awk -F'\t' -v OFS='\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
        { print $c["id"], $c["source"], $c["actor"], $c["label"], $c["text"] }' "$f"
done | awk 'NR == 1 || !/^id\tsource/' > $out/dev.tsv
echo "== dev split: train on $(cat $out/train-*.tsv | grep -vc '^id	source') statements, test on $(grep -vc '^id	source' $out/dev.tsv) held-out ones"
rm -rf $out/model
"$BIN/train" -q $FLAGS --test $out/dev.tsv -o $out/model $out/train-*.tsv | summary
echo "== dev split with --features plain (tf-idf of words and word pairs, nothing else)"
"$BIN/train" -q $FLAGS --features plain --test $out/dev.tsv $out/train-*.tsv | summary
echo "== genre transfer: train on UN Security Council, test on kremlin-ua"
"$BIN/train" -q $FLAGS --test corpus/data/kremlin-ua.tsv corpus/data/unsc.tsv | summary
echo "== genre transfer: train on kremlin-ua, test on UN Security Council"
"$BIN/train" -q $FLAGS --test corpus/data/unsc.tsv corpus/data/kremlin-ua.tsv | summary
if command -v python3 >/dev/null 2>&1 && [ -d ../shared/raw/kremlin-ua ]; then
    echo "== attribution: all hand-labelled kremlin-ua documents (rules, nothing learned)"
    python3 tools/eval_attribution.py "$BIN" models/default | sed -n 1,3p
    echo "== attribution and labels: the kremlin-ua documents of the dev split (model without them)"
    python3 tools/eval_attribution.py "$BIN" $out/model --docs corpus/splits/dev-docs.txt
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
