/* learn.h -- training: a labelled corpus in, a model (or cross-validated
 * predictions) out. Builds the vocabulary, the vectors and the classifier
 * in one place so train/ stays option parsing and messages. */
#ifndef PARLEY_LEARN_H
#define PARLEY_LEARN_H
#include <stddef.h>

struct stmt_list;
struct feat_opts;
struct clf_params;
struct model;
struct err;

typedef void (*learn_progress)(void *ctx, const char *stage, size_t done, size_t total);

/* Trains a model on every statement of c (all must have labels).
 * Returns NULL with e set on failure. */
struct model *learn_model(const struct stmt_list *c, const struct feat_opts *fo,
                          const struct clf_params *cp, learn_progress progress, void *ctx,
                          struct err *e);

/* k-fold cross-validation with folds of whole documents (split.h) drawn
 * with seed. For each fold the vocabulary and idf are built from the
 * training folds only, so nothing of the test fold leaks into features.
 * pred[i] receives statement i's prediction. With probs (not NULL) the folds
 * fit probability estimates (libsvm: slower) and probs[i * L + l] receives
 * statement i's probability of label l (L: the size of c's label set);
 * without, libsvm's pairwise vote decides. Returns 0 or -1 with e set. */
int learn_cv(const struct stmt_list *c, const struct feat_opts *fo,
             const struct clf_params *cp, int k, unsigned long seed, int *pred, double *probs,
             learn_progress progress, void *ctx, struct err *e);

/* Predicts every statement of c with model m (pred[i] gets statement i's
 * label: the most probable one, as classify reports it; conf[i], when conf
 * is not NULL, its probability). */
void learn_predict(const struct model *m, const struct stmt_list *c, int *pred, double *conf);

/* Active learning: the n statements of c (labels not needed) the model is
 * least sure of -- the smallest margin between its two most probable
 * labels (ties in input order) -- most uncertain first. Fills idx (their
 * indexes in c), margin, guess (the model's label) and conf (its
 * probability); returns how many (n, or c->n when smaller). */
size_t learn_uncertain(const struct model *m, const struct stmt_list *c, size_t n, size_t *idx,
                       double *margin, int *guess, double *conf);

#endif
