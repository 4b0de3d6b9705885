/* calib.h -- how far a confidence can be trusted: the reliability table of
 * (confidence, right or wrong) pairs with its expected calibration error,
 * and the confidence below which a label is better reported as none.
 *
 * The table puts each prediction in one of CALIB_BINS equal-width bins of
 * its confidence (the probability of the label it got) and compares the
 * bin's mean confidence with its accuracy; the expected calibration error
 * (ECE) is their gap, averaged over predictions: sum_b n_b / N |acc_b -
 * conf_b|. A well calibrated "0.8" is right 8 times in 10. */
#ifndef PARLEY_CALIB_H
#define PARLEY_CALIB_H
#include <stddef.h>
#include "label.h"

struct buf;

#define CALIB_BINS 10

struct calib {
    size_t n;
    size_t count[CALIB_BINS];
    double conf[CALIB_BINS]; /* mean confidence of the bin's predictions */
    double acc[CALIB_BINS];  /* their share of right labels */
    double ece;
};

/* The table of n predictions: conf[i] their confidence (0 to 1), right[i]
 * 1 when the label was the gold one. */
void calib_compute(const double *conf, const int *right, size_t n, struct calib *c);

/* Appends the table ("confidence  n  mean  accuracy  gap" per non-empty
 * bin, then the ECE) to out. */
void calib_format(const struct calib *c, struct buf *out);

/* The confidence threshold, from 0 (none) and 0.30 to 0.70 in steps of
 * 0.05, that gives the best macro-F1 when every prediction under it becomes
 * the label none of ls (ties: the lower threshold). 0 when ls has no none.
 * *f1_at and *f1_none receive the macro-F1 with it and without one. */
double calib_threshold(const int *gold, const int *pred, const double *conf, size_t n,
                       const struct labelset *ls, double *f1_at, double *f1_none);

/* Temperature scaling (Guo et al. 2017): the T in [0.1, 10] that makes
 * p_l^(1/T), renormalised, give the gold labels the highest likelihood.
 * probs is n rows of k probabilities, gold the gold labels. T > 1 softens
 * over-confident probabilities, T < 1 sharpens timid ones; the most
 * probable label never changes. 1 when n is 0. */
double calib_temperature(const double *probs, const int *gold, size_t n, size_t k);

/* Rescales one row of k probabilities by temperature T, in place. */
void calib_apply(double *p, size_t k, double T);

#endif
