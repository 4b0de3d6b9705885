/* clf_linear.h -- the liblinear solver behind clf.h: L2-regularised
 * logistic regression (liblinear's primal trust-region Newton solver,
 * which is deterministic), one weight vector per label, probabilities of
 * its own. Seconds where libsvm's C-SVC takes minutes on the corpus.
 *
 * The only file that includes <linear.h> (whose `struct model` would clash
 * with ours). Used by clf.c only; the model directory names the solver. */
#ifndef PARLEY_CLF_LINEAR_H
#define PARLEY_CLF_LINEAR_H
#include <stddef.h>

struct err;
struct feat_vec;
struct lin;

/* Trains on n vectors with labels y (0 to nlabels - 1); balanced: class
 * weights n / (k * n_class). NULL with e set when liblinear refuses. */
struct lin *lin_train(const struct feat_vec *x, const int *y, size_t n, int nlabels, double C,
                      int balanced, struct err *e);

/* The most probable label of x; probs[nlabels] gets every label's
 * probability (0 for labels the model never saw) when not NULL. */
int lin_predict(const struct lin *m, const struct feat_vec *x, double *probs, int nlabels);

/* Feature id's part (weight times value) in the score of label, minus its
 * mean part in the other labels' scores: > 0 pushes towards label. */
double lin_contribution(const struct lin *m, size_t id, double value, int label);

/* liblinear's text format. Loading checks the whole file first (liblinear
 * trusts its input): header lines, labels 0 to nlabels - 1, at most
 * max_index features, one row of finite weights per feature; anything
 * wrong is ERR_DATA naming the line. */
int lin_save(const struct lin *m, const char *path, struct err *e);
struct lin *lin_load(const char *path, size_t max_index, int nlabels, struct err *e);
void lin_free(struct lin *m); /* NULL is a no-op */

#endif
