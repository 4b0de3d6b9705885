/* model.h -- the model directory: manifest, vocabulary, libsvm model.
 *
 *   MODEL/manifest   "parley-model 1", then "key value" lines: labels (the
 *                    label set, in index order: "demand concern ..."),
 *                    feature settings, classifier settings, seed, corpus
 *                    checksum, checksums of the two other files, and any
 *                    extra figures the trainer adds (cross-validation)
 *   MODEL/vocab      see vocab.h
 *   MODEL/svm.model  libsvm's own format (svm-predict reads it)
 *
 * Written into a temporary sibling directory and renamed into place, so a
 * reader never sees half a model and a failed save leaves any old model
 * untouched. Loading checks the version and both checksums before libsvm's
 * loader (which trusts its input) sees a byte: a truncated or edited model
 * is a clear error, never a crash. */
#ifndef PARLEY_MODEL_H
#define PARLEY_MODEL_H
#include <stddef.h>
#include <stdint.h>
#include "clf.h"
#include "features.h"
#include "label.h"

/* Bump when the tokenizer, features or any file layout changes meaning. */
#define MODEL_FORMAT_VERSION 1

struct vocab;
struct err;

struct model_kv {
    char *key, *value;
};

struct model {
    struct labelset labels; /* what the classifier's label indexes name */
    struct feat_opts feat;
    struct clf_params params;
    struct vocab *vocab;
    struct clf *clf;
    uint64_t corpus_checksum;
    size_t corpus_statements;
    double min_confidence;  /* below it classify reports none (0: never);
                               chosen by train's cross-validation */
    double temperature;     /* probabilities are rescaled by it (calib.h); 0
                               when a manifest does not say: 1 */
    struct model_kv *extra; /* extra manifest lines, in order */
    size_t nextra;
};

/* Adds an extra manifest line (copied). */
void model_add_extra(struct model *m, const char *key, const char *value);
/* The value of an extra key, or NULL. */
const char *model_extra(const struct model *m, const char *key);

/* Fails (ERR_USAGE) if dir exists and force is 0, or if it exists and is
 * not a Parley model directory (so --force never deletes anything else).
 * Call before long work, and model_save checks again. */
int model_check_target(const char *dir, int force, struct err *e);

int model_save(const struct model *m, const char *dir, int force, struct err *e);
struct model *model_load(const char *dir, struct err *e);
void model_free(struct model *m); /* NULL is a no-op; frees vocab and clf */

#endif
