/* features.c -- n-gram tf-idf vectors (see features.h). */
#include "features.h"
#include "buf.h"
#include "cues.h"
#include "mem.h"
#include "token.h"
#include "vocab.h"
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void push(char ***v, size_t *n, size_t *cap, char *s) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *v = xreallocarray(*v, *cap, sizeof **v);
    }
    (*v)[(*n)++] = s;
}

static void push_term(struct feat_terms *t, char *s) { push(&t->v, &t->n, &t->cap, s); }

static void emit_cue(const char *term, void *t) { push_term(t, xstrdup(term)); }

static void clear_terms(struct feat_terms *t) {
    for (size_t i = 0; i < t->n; i++) free(t->v[i]);
    for (size_t i = 0; i < t->wn; i++) free(t->w[i]);
    t->n = t->wn = 0;
}

void feat_terms(const char *text, size_t len, const struct feat_opts *o,
                struct feat_terms *terms) {
    clear_terms(terms);
    struct tok_iter it;
    struct tok tk;
    struct buf b = BUF_INIT;
    /* normalised unigrams first, kept to build the n-grams */
    tok_init(&it, text, len);
    while (tok_next(&it, &tk)) {
        if (tk.kind == TOK_PUNCT) {
            /* punctuation ends a cue phrase and a negation's reach: an
             * empty word matches nothing ("We need, to be clear") */
            if (o->cues && terms->wn && terms->w[terms->wn - 1][0])
                push(&terms->w, &terms->wn, &terms->wcap, xstrdup(""));
            if (!(tk.len == 1 && (*tk.p == '?' || *tk.p == '!'))) continue;
        }
        buf_reset(&b);
        tok_norm(&tk, &b);
        if (o->cues && tk.kind != TOK_PUNCT) push(&terms->w, &terms->wn, &terms->wcap, xstrdup(buf_str(&b)));
        if (o->stem && tk.kind == TOK_WORD) {
            if (!terms->stemmer) terms->stemmer = sb_stemmer_new("english", "UTF_8");
            const sb_symbol *r = sb_stemmer_stem(terms->stemmer, (const sb_symbol *)b.p, (int)b.len);
            if (r) { /* NULL only when out of memory: keep the word unstemmed */
                push_term(terms, xstrndup((const char *)r, (size_t)sb_stemmer_length(terms->stemmer)));
                continue;
            }
        }
        push_term(terms, xstrdup(buf_str(&b)));
    }
    size_t nuni = terms->n;
    for (long n = 2; n <= o->ngram_max; n++)
        for (size_t i = 0; i + (size_t)n <= nuni; i++) {
            buf_reset(&b);
            for (long k = 0; k < n; k++) {
                if (k) buf_addc(&b, ' ');
                buf_adds(&b, terms->v[i + (size_t)k]);
            }
            push_term(terms, xstrdup(buf_str(&b)));
        }
    if (o->cues) cues_scan(terms->w, terms->wn, emit_cue, terms);
    buf_free(&b);
}

void feat_terms_free(struct feat_terms *t) {
    clear_terms(t);
    free(t->v);
    free(t->w);
    t->v = t->w = NULL;
    t->cap = t->wcap = 0;
    if (t->stemmer) sb_stemmer_delete(t->stemmer);
    t->stemmer = NULL;
}

static int by_id(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

void feat_vector(const struct vocab *v, const struct feat_opts *o, const char *text,
                 size_t len, struct feat_terms *scratch, struct feat_vec *out) {
    feat_terms(text, len, o, scratch);
    size_t *ids = xmalloc((scratch->n ? scratch->n : 1) * sizeof *ids);
    size_t k = 0;
    for (size_t i = 0; i < scratch->n; i++) {
        size_t id = vocab_id(v, scratch->v[i], strlen(scratch->v[i]));
        if (id) ids[k++] = id;
    }
    qsort(ids, k, sizeof *ids, by_id);
    out->n = 0;
    double norm = 0;
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && ids[j] == ids[i]) j++;
        double tf = (double)(j - i);
        double w = (o->sublinear ? 1.0 + log(tf) : tf) * vocab_idf(v, ids[i]);
        if (out->n == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 64;
            out->id = xreallocarray(out->id, out->cap, sizeof *out->id);
            out->val = xreallocarray(out->val, out->cap, sizeof *out->val);
        }
        out->id[out->n] = ids[i];
        out->val[out->n++] = w;
        norm += w * w;
        i = j;
    }
    free(ids);
    if (norm > 0) {
        norm = sqrt(norm);
        for (size_t i = 0; i < out->n; i++) out->val[i] /= norm;
    }
}

void feat_vec_free(struct feat_vec *x) {
    free(x->id);
    free(x->val);
    x->id = NULL;
    x->val = NULL;
    x->n = x->cap = 0;
}
