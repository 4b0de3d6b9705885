/* split.c -- grouped, seeded folds (see split.h). */
#include "split.h"
#include "buf.h"
#include "corpus.h"
#include "mem.h"
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

char *split_group_key(const struct stmt *s, size_t index) {
    if (s->source) {
        const char *colon = strrchr(s->source, ':');
        return colon ? xstrndup(s->source, (size_t)(colon - s->source)) : xstrdup(s->source);
    }
    if (s->id) return xstrdup(s->id);
    struct buf b = BUF_INIT;
    buf_addf(&b, "#%zu", index);
    return buf_detach(&b);
}

struct keyidx {
    const char *key;
    size_t i;
};

static int by_key(const void *a, const void *b) {
    const struct keyidx *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

void split_folds(char *const *keys, size_t n, int k, unsigned long seed, int *fold) {
    if (!n) return;
    /* Groups in sorted key order (independent of input order), then
     * shuffled by the seeded generator. */
    struct keyidx *ki = xmalloc(n * sizeof *ki);
    for (size_t i = 0; i < n; i++) ki[i] = (struct keyidx){keys[i], i};
    qsort(ki, n, sizeof *ki, by_key);
    size_t *gstart = xmalloc((n + 1) * sizeof *gstart), ng = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(ki[i].key, ki[i - 1].key) != 0) gstart[ng++] = i;
    gstart[ng] = n;
    size_t *order = xmalloc(ng * sizeof *order);
    for (size_t g = 0; g < ng; g++) order[g] = g;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, seed);
    gsl_ran_shuffle(r, order, ng, sizeof *order);
    gsl_rng_free(r);
    size_t *size = xcalloc((size_t)k, sizeof *size);
    for (size_t o = 0; o < ng; o++) {
        size_t g = order[o];
        int best = 0;
        for (int f = 1; f < k; f++)
            if (size[f] < size[best]) best = f;
        for (size_t i = gstart[g]; i < gstart[g + 1]; i++) fold[ki[i].i] = best;
        size[best] += gstart[g + 1] - gstart[g];
    }
    free(size);
    free(order);
    free(gstart);
    free(ki);
}
