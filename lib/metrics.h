/* metrics.h -- classification figures: confusion matrix, per-label
 * precision, recall and F1, macro-F1 and accuracy, and their table. */
#ifndef PARLEY_METRICS_H
#define PARLEY_METRICS_H
#include <stddef.h>
#include "label.h"

struct buf;

struct metrics {
    struct labelset labels;                   /* what the indexes below name */
    size_t confusion[LABELS_MAX][LABELS_MAX]; /* [gold][predicted] */
    size_t n;
    double precision[LABELS_MAX], recall[LABELS_MAX], f1[LABELS_MAX];
    size_t support[LABELS_MAX]; /* gold count per label */
    double macro_f1;             /* mean F1 over labels with support > 0 */
    double accuracy;
};

/* Computes all figures from n (gold, predicted) pairs of indexes into ls. */
void metrics_compute(const int *gold, const int *pred, size_t n, const struct labelset *ls,
                     struct metrics *m);

/* Appends the human-readable table (per-label P/R/F1/support, macro-F1,
 * accuracy, then the confusion matrix) to out. */
void metrics_format(const struct metrics *m, struct buf *out);

#endif
