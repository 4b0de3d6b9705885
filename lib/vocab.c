/* vocab.c -- term table with df and idf (see vocab.h).
 *
 * An open-addressing hash table of interned strings. The table only grows;
 * after vocab_finish the pruned terms are dropped and it is rebuilt from the
 * sorted term array, so lookups during classification stay O(1). */
#include "vocab.h"
#include "lines.h"
#include "buf.h"
#include "checksum.h"
#include "err.h"
#include "mem.h"
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct term {
    char *s;
    size_t len;
    long df;
    size_t last_doc; /* last document that counted it, to count once */
    double idf;
};

struct vocab {
    struct term *terms; /* after finish: index id-1 */
    size_t n, cap;
    size_t *slots; /* hash table of term index + 1 (0 empty) */
    size_t nslots;
    size_t ndocs;
    int finished;
};

static uint64_t hash(const char *s, size_t len) { return checksum_update(CHECKSUM_INIT, s, len); }

struct vocab *vocab_new(void) {
    struct vocab *v = xcalloc(1, sizeof *v);
    v->nslots = 1024;
    v->slots = xcalloc(v->nslots, sizeof *v->slots);
    return v;
}

void vocab_free(struct vocab *v) {
    if (!v) return;
    for (size_t i = 0; i < v->n; i++) free(v->terms[i].s);
    free(v->terms);
    free(v->slots);
    free(v);
}

static size_t *slot_for(const struct vocab *v, const char *s, size_t len) {
    size_t mask = v->nslots - 1;
    for (size_t i = (size_t)hash(s, len) & mask;; i = (i + 1) & mask) {
        size_t x = v->slots[i];
        if (!x) return &v->slots[i];
        const struct term *t = &v->terms[x - 1];
        if (t->len == len && memcmp(t->s, s, len) == 0) return &v->slots[i];
    }
}

static void rehash(struct vocab *v, size_t nslots) {
    free(v->slots);
    v->nslots = nslots;
    v->slots = xcalloc(nslots, sizeof *v->slots);
    for (size_t i = 0; i < v->n; i++) *slot_for(v, v->terms[i].s, v->terms[i].len) = i + 1;
}

/* Returns the index of term, adding it when new. */
static size_t intern(struct vocab *v, const char *s, size_t len) {
    size_t *slot = slot_for(v, s, len);
    if (*slot) return *slot - 1;
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1024;
        v->terms = xreallocarray(v->terms, v->cap, sizeof *v->terms);
    }
    v->terms[v->n] = (struct term){xstrndup(s, len), len, 0, 0, 0};
    *slot = ++v->n;
    if (v->n * 2 > v->nslots) rehash(v, v->nslots * 2);
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
    for (size_t i = 0; i < v->n; i++) {
        if (v->terms[i].df >= min_df) v->terms[k++] = v->terms[i];
        else free(v->terms[i].s);
    }
    v->n = k;
    if (v->n) qsort(v->terms, v->n, sizeof *v->terms, by_df_then_bytes);
    for (size_t i = 0; i < v->n; i++) v->terms[i].idf = idf_of(v->ndocs, v->terms[i].df);
    size_t ns = 1024;
    while (ns < v->n * 2 + 1) ns *= 2;
    rehash(v, ns);
    v->finished = 1;
}

size_t vocab_size(const struct vocab *v) { return v->n; }
size_t vocab_ndocs(const struct vocab *v) { return v->ndocs; }

size_t vocab_id(const struct vocab *v, const char *term, size_t len) {
    return *slot_for(v, term, len);
}

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
    return v;
bad:
    err_set(e, ERR_DATA, "%s:%ld: malformed vocabulary line", name, lineno);
fail:
    free(line);
    vocab_free(v);
    return NULL;
}
