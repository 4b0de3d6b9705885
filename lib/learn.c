/* learn.c -- vocabulary, vectors and classifier from a corpus (see learn.h). */
#include "learn.h"
#include "batch.h"
#include "classify.h"
#include "clf.h"
#include "corpus.h"
#include "err.h"
#include "features.h"
#include "mem.h"
#include "model.h"
#include "split.h"
#include "vocab.h"
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Builds a vocabulary from the statements where use[i] (all when NULL). */
static struct vocab *build_vocab(const struct stmt_list *c, const int *use,
                                 const struct feat_opts *fo) {
    struct vocab *v = vocab_new();
    struct feat_terms t = {0};
    for (size_t i = 0; i < c->n; i++) {
        if (use && !use[i]) continue;
        feat_terms(c->v[i].text, strlen(c->v[i].text), feat_holder_of(c->v[i].actor), fo, &t);
        vocab_count_doc(v, t.v, t.n);
    }
    feat_terms_free(&t);
    vocab_finish(v, fo->min_df);
    return v;
}

static struct feat_vec *vectors(const struct stmt_list *c, const struct vocab *v,
                                const struct feat_opts *fo) {
    struct feat_vec *x = xcalloc(c->n ? c->n : 1, sizeof *x);
    struct feat_terms t = {0};
    for (size_t i = 0; i < c->n; i++)
        feat_vector(v, fo, c->v[i].text, strlen(c->v[i].text), feat_holder_of(c->v[i].actor), &t,
                    &x[i]);
    feat_terms_free(&t);
    return x;
}

static void free_vectors(struct feat_vec *x, size_t n) {
    for (size_t i = 0; i < n; i++) feat_vec_free(&x[i]);
    free(x);
}

static int check_labels(const struct stmt_list *c, struct err *e) {
    if (c->n > INT_MAX) return err_set(e, ERR_DATA, "too many statements (%zu) for libsvm", c->n);
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].label < 0)
            return err_set(e, ERR_DATA, "statement %zu (line %ld) has no label", i + 1, c->v[i].line);
    if (!c->n) return err_set(e, ERR_DATA, "no statements to train on");
    return 0;
}

struct model *learn_model(const struct stmt_list *c, const struct feat_opts *fo,
                          const struct clf_params *cp, learn_progress progress, void *ctx,
                          struct err *e) {
    if (check_labels(c, e)) return NULL;
    if (progress) progress(ctx, "vocabulary", 0, 1);
    struct vocab *v = build_vocab(c, NULL, fo);
    if (progress) progress(ctx, "vocabulary", 1, 1);
    if (vocab_size(v) == 0 || vocab_size(v) > INT_MAX) {
        vocab_free(v);
        err_set(e, ERR_DATA, "no usable vocabulary: no term is in at least %ld statements", fo->min_df);
        return NULL;
    }
    struct feat_vec *x = vectors(c, v, fo);
    int *y = xmalloc(c->n * sizeof *y);
    for (size_t i = 0; i < c->n; i++) y[i] = c->v[i].label;
    if (progress) progress(ctx, "training", 0, 1);
    struct labelset ls = c->labels;
    if (!ls.n) labels_default(&ls);
    struct clf *k = clf_train(x, y, c->n, (int)ls.n, cp, e);
    free_vectors(x, c->n);
    free(y);
    if (!k) {
        vocab_free(v);
        return NULL;
    }
    if (progress) progress(ctx, "training", 1, 1);
    struct model *m = xcalloc(1, sizeof *m);
    m->labels = ls;
    m->feat = *fo;
    m->params = *cp;
    m->vocab = v;
    m->clf = k;
    m->corpus_checksum = c->checksum;
    m->corpus_statements = c->n;
    return m;
}

/* Cross-validation folds shared by the threads that run them. */
#define CV_MAX_THREADS 16
struct cv_run {
    const struct stmt_list *c;
    const struct feat_opts *fo;
    const struct clf_params *q;
    const int *fold;
    int k;
    int *pred;
    double *probs_out;
    size_t nl;
    learn_progress progress;
    void *ctx;
    pthread_mutex_t lock; /* next, done and the progress callback */
    int next, done;
    struct err *errs;     /* one per fold */
};

/* Trains on every fold but f and predicts fold f. */
static void cv_fold(struct cv_run *r, int f) {
    const struct stmt_list *c = r->c;
    int *use = xmalloc((c->n ? c->n : 1) * sizeof *use);
    struct feat_vec *tx = xmalloc((c->n ? c->n : 1) * sizeof *tx);
    int *ty = xmalloc((c->n ? c->n : 1) * sizeof *ty);
    double probs[LABELS_MAX];
    size_t m = 0;
    for (size_t i = 0; i < c->n; i++) use[i] = r->fold[i] != f;
    struct vocab *v = build_vocab(c, use, r->fo);
    struct feat_vec *x = vectors(c, v, r->fo);
    for (size_t i = 0; i < c->n; i++)
        if (use[i]) tx[m] = x[i], ty[m++] = c->v[i].label;
    if (m < c->n) {
        struct clf *model = clf_train(tx, ty, m, c->labels.n ? (int)c->labels.n : LABEL_COUNT, r->q,
                                      &r->errs[f]);
        if (model)
            for (size_t i = 0; i < c->n; i++)
                if (!use[i]) {
                    r->pred[i] = clf_predict(model, &x[i], probs);
                    if (r->probs_out) memcpy(r->probs_out + i * r->nl, probs, r->nl * sizeof *probs);
                }
        clf_free(model);
    }
    free_vectors(x, c->n);
    vocab_free(v);
    free(use);
    free(tx);
    free(ty);
}

static void *cv_thread(void *p) {
    struct cv_run *r = p;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        int f = r->next < r->k ? r->next++ : -1;
        pthread_mutex_unlock(&r->lock);
        if (f < 0) break;
        cv_fold(r, f);
        pthread_mutex_lock(&r->lock);
        r->done++;
        if (r->progress) r->progress(r->ctx, "cross-validation", (size_t)r->done, (size_t)r->k);
        pthread_mutex_unlock(&r->lock);
    }
    classify_release(); /* a thread's scratch space, if it classified */
    return NULL;
}

int learn_cv(const struct stmt_list *c, const struct feat_opts *fo,
             const struct clf_params *cp, int k, unsigned long seed, int *pred, double *probs_out,
             learn_progress progress, void *ctx, struct err *e) {
    if (check_labels(c, e)) return -1;
    if (k < 2 || (size_t)k > c->n)
        return err_set(e, ERR_USAGE, "cannot make %d folds of %zu statements", k, c->n);
    char **keys = xmalloc(c->n * sizeof *keys);
    for (size_t i = 0; i < c->n; i++) keys[i] = split_group_key(&c->v[i], i);
    int *fold = xmalloc(c->n * sizeof *fold);
    split_folds(keys, c->n, k, seed, fold);
    /* Folds are whole documents: fewer documents than folds leaves some
     * empty, and a fold with everything leaves nothing to train on. */
    size_t docs = 0;
    for (size_t i = 0; i < c->n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) seen = strcmp(keys[i], keys[j]) == 0;
        docs += !seen;
        if (docs >= (size_t)k) break;
    }
    if (docs < (size_t)k) {
        for (size_t i = 0; i < c->n; i++) free(keys[i]);
        free(keys);
        free(fold);
        return err_set(e, ERR_DATA, "only %zu document%s for %d folds (folds are whole documents)", docs,
                       docs == 1 ? "" : "s", k);
    }
    for (size_t i = 0; i < c->n; i++) free(keys[i]);
    free(keys);

    struct clf_params q = *cp;
    /* without conf the vote decides: several times faster than fitting
     * probability estimates (libsvm's inner cross-validation) */
    q.probability = probs_out != NULL;
    struct cv_run run = {c, fo, &q, fold, k, pred, probs_out,
                         c->labels.n ? c->labels.n : LABEL_COUNT, progress, ctx,
                         PTHREAD_MUTEX_INITIALIZER, 0, 0, NULL};
    run.errs = xcalloc((size_t)k, sizeof *run.errs);
    /* the folds on threads: each writes the predictions of its own
     * statements only, so the result is the one thread's, byte for byte */
    int t = batch_cpus() < k ? batch_cpus() : k;
    pthread_t tid[CV_MAX_THREADS];
    int started[CV_MAX_THREADS] = {0};
    if (t > CV_MAX_THREADS) t = CV_MAX_THREADS;
    for (int i = 1; i < t; i++) started[i] = pthread_create(&tid[i], NULL, cv_thread, &run) == 0;
    cv_thread(&run);
    for (int i = 1; i < t; i++)
        if (started[i]) pthread_join(tid[i], NULL);
    int rc = 0;
    for (int f = 0; f < k; f++)
        if (run.errs[f].kind && !rc) {
            rc = -1;
            err_set(e, run.errs[f].kind, "%s", run.errs[f].msg ? run.errs[f].msg : "cross-validation failed");
        }
    for (int f = 0; f < k; f++) err_clear(&run.errs[f]);
    free(run.errs);
    free(fold);
    return rc;
}

void learn_predict(const struct model *m, const struct stmt_list *c, int *pred, double *conf) {
    const struct classify_opts raw = {0, 1, 0}; /* the model's own label, no threshold */
    for (size_t i = 0; i < c->n; i++) {
        struct result r = {0};
        classify_text(m, c->v[i].text, strlen(c->v[i].text), feat_holder_of(c->v[i].actor), &raw, &r);
        pred[i] = r.label;
        if (conf) conf[i] = r.confidence;
    }
}

/* For ordering by margin, then input order. */
struct by_margin {
    double margin;
    size_t i;
};

static int cmp_margin(const void *a, const void *b) {
    const struct by_margin *x = a, *y = b;
    if (x->margin != y->margin) return x->margin < y->margin ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

size_t learn_uncertain(const struct model *m, const struct stmt_list *c, size_t n, size_t *idx,
                       double *margin, int *guess, double *conf) {
    const struct classify_opts raw = {0, 1, 0};
    struct by_margin *v = xmalloc((c->n ? c->n : 1) * sizeof *v);
    int *g = xmalloc((c->n ? c->n : 1) * sizeof *g);
    double *p = xmalloc((c->n ? c->n : 1) * sizeof *p);
    for (size_t i = 0; i < c->n; i++) {
        struct result r = {0};
        classify_text(m, c->v[i].text, strlen(c->v[i].text), feat_holder_of(c->v[i].actor), &raw, &r);
        double first = 0, second = 0;
        for (size_t l = 0; l < m->labels.n; l++) {
            if (r.scores[l] > first) second = first, first = r.scores[l];
            else if (r.scores[l] > second) second = r.scores[l];
        }
        v[i] = (struct by_margin){first - second, i};
        g[i] = r.label;
        p[i] = r.confidence;
    }
    qsort(v, c->n, sizeof *v, cmp_margin);
    if (n > c->n) n = c->n;
    for (size_t k = 0; k < n; k++) {
        idx[k] = v[k].i;
        margin[k] = v[k].margin;
        guess[k] = g[v[k].i];
        conf[k] = p[v[k].i];
    }
    free(v);
    free(g);
    free(p);
    return n;
}
