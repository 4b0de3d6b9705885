/* clf.h -- the classifier: libsvm C-SVC behind a small API.
 *
 * The only file that includes <libsvm/svm.h>. libsvm labels are indexes
 * into the model's label set (label.h), so svm.model stays readable by libsvm's own
 * svm-predict. libsvm shuffles with rand() for its probability estimates:
 * every train call seeds it from params.seed first, which is what makes the
 * same corpus and seed give the same model bytes. */
#ifndef PARLEY_CLF_H
#define PARLEY_CLF_H
#include <stddef.h>
#include "label.h"

struct err;
struct feat_vec;

enum clf_kernel { CLF_LINEAR, CLF_RBF };

/* libsvm's C-SVC (linear or RBF kernel, probabilities by Platt scaling), or
 * liblinear's L2-regularised logistic regression (clf_linear.h): linear,
 * probabilities of its own, seconds instead of minutes on large corpora. */
enum clf_solver { CLF_LIBSVM, CLF_LIBLINEAR };

struct clf_params {
    double C;          /* default 1 */
    enum clf_kernel kernel;
    double gamma;      /* RBF only; <= 0 means 1/number of features */
    int balanced;      /* 1: class weights n / (k * n_class) */
    int probability;   /* 1: fit probability estimates (slower; libsvm only) */
    unsigned long seed;
    enum clf_solver solver;
};

#define CLF_PARAMS_DEFAULT {1.0, CLF_LINEAR, 0.0, 1, 1, 1, CLF_LIBSVM}

struct clf;

/* Trains on n vectors x with labels y (indexes 0 to nlabels - 1 of a label
 * set). Vectors are borrowed only for the call. Returns NULL with e set
 * when libsvm rejects the parameters or the data has fewer than two labels. */
struct clf *clf_train(const struct feat_vec *x, const int *y, size_t n, int nlabels,
                      const struct clf_params *p, struct err *e);

/* Predicts x: returns the label and, if probs is not NULL, fills
 * probs[nlabels] with the probability of each label (0 for labels the
 * model never saw). Without probability estimates the winner gets 1. */
int clf_predict(const struct clf *c, const struct feat_vec *x, double *probs);

int clf_has_probability(const struct clf *c);

/* Why x got label: for a linear model, each feature's part in the pairwise
 * decisions between label and every other class (weight times value,
 * signed towards label), summed over the pairs. Fills up to k feature ids
 * and their positive parts, largest first (ties: lower id first); returns
 * how many. 0 for an RBF model, which has no weights to read. */
size_t clf_explain(const struct clf *c, const struct feat_vec *x, int label, size_t k,
                   size_t *ids, double *weights);

/* 1 when the model is linear, so clf_explain can answer. */
int clf_is_linear(const struct clf *c);

/* libsvm's text format (liblinear's for that solver). save: the path is written directly (the model
 * module makes it atomic). load: the whole file is checked first -- a
 * C-SVC over nlabels labels, counts that agree, every support vector's feature
 * ids ascending within 1..max_index -- because libsvm's own loader trusts
 * its input and crashes or prints on a malformed one; anything wrong is
 * ERR_DATA naming the line. */
int clf_save(const struct clf *c, const char *path, struct err *e);
struct clf *clf_load(const char *path, size_t max_index, int nlabels, enum clf_solver solver,
                     struct err *e);
void clf_free(struct clf *c); /* NULL is a no-op */

#endif
