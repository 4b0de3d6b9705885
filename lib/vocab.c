/* vocab.c -- term table with df and idf (see vocab.h).
 *
 * The terms in an array, found through a strmap (term -> index + 1) that
 * owns their strings. The table only grows; vocab_finish drops the pruned
 * terms and rebuilds the map from the sorted array, so lookups during
 * classification stay O(1). */
#include "vocab.h"
#include "lines.h"
#include "buf.h"
#include "err.h"
#include "mem.h"
#include "intmap.h"
#include "strmap.h"
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct term {
    const char *s; /* the map's key */
    size_t len;
    long df;
    size_t last_doc; /* last document that counted it, to count once */
    double idf;
};

struct vocab {
    struct term *terms; /* after finish: index id-1 */
    size_t n, cap;
    struct strmap map; /* term -> index + 1 */
    /* each n-gram by (id of its first n-1 words, id of its last word):
     * what vocab_extend reads */
    struct intmap ngrams;
    size_t ndocs;
    unsigned long serial; /* vocab_serial */
    int finished;
};

/* A number no other vocabulary of this process has (see vocab_serial). */
static unsigned long next_serial(void) {
    static _Atomic unsigned long counter;
    return ++counter;
}

/* A finished vocabulary's serial number and n-gram index: "a b" under
 * (id("a"), id("b")), "a b c" under (id("a b"), id("c")). A term has every shorter n-gram it starts with in
 * the table (df only falls as an n-gram grows, and all come from the same
 * documents), so the chain never breaks for a term the table has. */
static void index_terms(struct vocab *v) {
    v->serial = next_serial();
    intmap_free(&v->ngrams);
    for (size_t i = 0; i < v->n; i++) {
        const char *sp = NULL;
        for (size_t k = v->terms[i].len; k-- > 0 && !sp;)
            if (v->terms[i].s[k] == ' ') sp = v->terms[i].s + k;
        if (!sp) continue;
        size_t a = vocab_id(v, v->terms[i].s, (size_t)(sp - v->terms[i].s));
        size_t b = vocab_id(v, sp + 1, v->terms[i].len - (size_t)(sp + 1 - v->terms[i].s));
        if (a && b) intmap_put(&v->ngrams, intmap_pair(a, b), i + 1);
    }
}

struct vocab *vocab_new(void) { return xcalloc(1, sizeof(struct vocab)); }

void vocab_free(struct vocab *v) {
    if (!v) return;
    free(v->terms);
    strmap_free(&v->map);
    intmap_free(&v->ngrams);
    free(v);
}

/* Returns the index of term, adding it when new. */
static size_t intern(struct vocab *v, const char *s, size_t len) {
    int added;
    struct strmap_slot *x = strmap_put_slot(&v->map, s, len, &added);
    if (!added) return x->val - 1;
    ALLOC_GROW(v->terms, v->n + 1, v->cap);
    v->terms[v->n] = (struct term){x->key, len, 0, 0, 0};
    x->val = ++v->n;
    return v->n - 1;
}

void vocab_count_doc(struct vocab *v, char *const *terms, size_t n) {
    v->ndocs++;
    for (size_t i = 0; i < n; i++) {
        size_t idx = intern(v, terms[i], strlen(terms[i])); /* may move terms */
        struct term *t = &v->terms[idx];
        if (t->last_doc != v->ndocs) {
            t->last_doc = v->ndocs;
            t->df++;
        }
    }
}

static int by_df_then_bytes(const void *a, const void *b) {
    const struct term *x = a, *y = b;
    if (x->df != y->df) return x->df > y->df ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c) return c;
    return (x->len > y->len) - (x->len < y->len);
}

static double idf_of(size_t ndocs, long df) {
    return log((1.0 + (double)ndocs) / (1.0 + (double)df)) + 1.0;
}

void vocab_finish(struct vocab *v, long min_df) {
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++)
        if (v->terms[i].df >= min_df) v->terms[k++] = v->terms[i];
    v->n = k;
    if (v->n) qsort(v->terms, v->n, sizeof *v->terms, by_df_then_bytes);
    /* the kept terms into a new map (their strings are the old map's keys,
     * freed with it), in their new order */
    struct strmap kept = STRMAP_INIT;
    for (size_t i = 0; i < v->n; i++) {
        int added;
        struct strmap_slot *x = strmap_put_slot(&kept, v->terms[i].s, v->terms[i].len, &added);
        x->val = i + 1;
        v->terms[i].s = x->key;
        v->terms[i].idf = idf_of(v->ndocs, v->terms[i].df);
    }
    strmap_free(&v->map);
    v->map = kept;
    v->finished = 1;
    index_terms(v);
}

size_t vocab_size(const struct vocab *v) { return v->n; }
size_t vocab_ndocs(const struct vocab *v) { return v->ndocs; }

size_t vocab_id(const struct vocab *v, const char *term, size_t len) {
    const size_t *id = strmap_get(&v->map, term, len);
    return id ? *id : 0;
}

size_t vocab_extend(const struct vocab *v, size_t prefix, size_t next) {
    return prefix && next ? intmap_get(&v->ngrams, intmap_pair(prefix, next)) : 0;
}

unsigned long vocab_serial(const struct vocab *v) { return v->serial; }

const char *vocab_term(const struct vocab *v, size_t id) { return v->terms[id - 1].s; }
double vocab_idf(const struct vocab *v, size_t id) { return v->terms[id - 1].idf; }
long vocab_df(const struct vocab *v, size_t id) { return v->terms[id - 1].df; }

int vocab_write(const struct vocab *v, FILE *f, struct err *e) {
    fprintf(f, "ndocs %zu\n", v->ndocs);
    for (size_t i = 0; i < v->n; i++)
        fprintf(f, "%ld\t%.17g\t%s\n", v->terms[i].df, v->terms[i].idf, v->terms[i].s);
    if (ferror(f)) return err_set(e, ERR_IO, "cannot write the vocabulary");
    return 0;
}

struct vocab *vocab_read(FILE *f, const char *name, struct err *e) {
    struct vocab *v = vocab_new();
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    while ((n = line_read(f, &line, &cap, MODEL_MAX_LINE)) >= 0) {
        lineno++;
        if (n == 0 || line[n - 1] != '\n') {
            err_set(e, ERR_DATA, "%s:%ld: truncated line", name, lineno);
            goto fail;
        }
        line[--n] = '\0';
        if (lineno == 1) {
            char *end;
            errno = 0;
            if (strncmp(line, "ndocs ", 6) != 0 || !(line[6] >= '0' && line[6] <= '9')) goto bad;
            unsigned long long nd = strtoull(line + 6, &end, 10);
            if (errno || *end || end == line + 6) goto bad;
            v->ndocs = (size_t)nd;
            continue;
        }
        /* Strict: digits where numbers are, no NUL, no tab inside a term,
         * df within the document count. */
        char *tab1 = strchr(line, '\t');
        char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        if (!tab2 || tab2[1] == '\0' || strchr(tab2 + 1, '\t') || strlen(line) != (size_t)n) goto bad;
        if (!(line[0] >= '0' && line[0] <= '9') || !(tab1[1] >= '0' && tab1[1] <= '9')) goto bad;
        char *end;
        errno = 0;
        long df = strtol(line, &end, 10);
        if (errno || end != tab1 || df < 1 || (size_t)df > v->ndocs) goto bad;
        double idf = strtod(tab1 + 1, &end);
        if (end != tab2 || !isfinite(idf) || memchr(tab1 + 1, 'x', (size_t)(tab2 - tab1 - 1))) goto bad;
        size_t len = (size_t)(line + n - (tab2 + 1));
        size_t before = v->n;
        size_t idx = intern(v, tab2 + 1, len);
        if (v->n == before) {
            err_set(e, ERR_DATA, "%s:%ld: duplicate term '%s'", name, lineno, tab2 + 1);
            goto fail;
        }
        v->terms[idx].df = df;
        v->terms[idx].idf = idf;
    }
    if (n == -2) {
        err_set(e, ERR_DATA, "%s:%ld: line too long (over %d bytes)", name, lineno + 1, MODEL_MAX_LINE);
        goto fail;
    }
    if (ferror(f)) {
        err_set(e, ERR_DATA, "%s: cannot read", name);
        goto fail;
    }
    if (lineno == 0) {
        err_set(e, ERR_DATA, "%s: empty vocabulary file", name);
        goto fail;
    }
    free(line);
    v->finished = 1;
    index_terms(v);
    return v;
bad:
    err_set(e, ERR_DATA, "%s:%ld: malformed vocabulary line", name, lineno);
fail:
    free(line);
    vocab_free(v);
    return NULL;
}
