/* aggregate.c -- the per-actor report as data (see aggregate.h): canonical
 * order, actors merged by name, counts and Wilson intervals, near-duplicate
 * folding, timelines. */
#include "aggregate.h"
#include "classify.h"
#include "mem.h"
#include "num.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double agg_round(double x) { return num_round4(x); }

void agg_wilson(size_t k, size_t n, double *low, double *high) {
    const double z = 1.959963984540054; /* the 97.5% normal quantile */
    double nn = (double)n, p = (double)k / nn, z2 = z * z;
    double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
    double half = z * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / (1 + z2 / nn);
    *low = k == 0 ? 0 : centre - half;
    *high = k == n ? 1 : centre + half;
}

/* ---- dates and periods ------------------------------------------------- */

static int leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(long y, int m) {
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* "YYYY-MM-DD" at the start of s, followed by nothing or a time ("T...",
 * " ..."). */
static int parse_date(const char *s, long *y, int *m, int *d) {
    if (!s) return -1;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return -1;
        } else if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
    }
    if (s[10] && s[10] != 'T' && s[10] != ' ') return -1;
    *y = strtol(s, NULL, 10);
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > month_days(*y, *m)) return -1;
    return 0;
}

/* Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's method). */
static long day_number(long y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The date of a day number (the inverse of day_number). */
static void civil_date(long days, long *y, int *m, int *d) {
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* ISO weekday, Monday 1 .. Sunday 7. 1970-01-01 was a Thursday. */
static int weekday(long days) {
    long w = (days + 3) % 7;
    if (w < 0) w += 7;
    return (int)w + 1;
}

static int iso_weeks(long y) {
    int jan1 = weekday(day_number(y, 1, 1));
    return jan1 == 4 || (leap(y) && jan1 == 3) ? 53 : 52;
}

int agg_period_key(const char *date, enum agg_by by, char key[16]) {
    long y;
    int m, d;
    if (parse_date(date, &y, &m, &d)) return -1;
    /* y is 1..9999 and w 1..53 (parse_date), so every key fits */
    switch (by) {
    case AGG_BY_DAY: snprintf(key, 16, "%04d-%02d-%02d", (int)y % 10000, m % 100, d % 100); break;
    case AGG_BY_MONTH: snprintf(key, 16, "%04d-%02d", (int)y % 10000, m % 100); break;
    case AGG_BY_YEAR: snprintf(key, 16, "%04d", (int)y % 10000); break;
    case AGG_BY_WEEK: {
        long days = day_number(y, m, d);
        long doy = days - day_number(y, 1, 1) + 1;
        long w = (doy - weekday(days) + 10) / 7;
        if (w < 1) w = iso_weeks(--y);
        else if (w > iso_weeks(y)) w = 1, y++;
        snprintf(key, 16, "%04d-W%02d", (int)(y % 100000), (int)(w % 100));
        break;
    }
    default: return -1;
    }
    return 0;
}

static const char *const by_names[] = {"auto", "none", "day", "week", "month", "year"};

const char *agg_by_name(enum agg_by by) { return by_names[by]; }

int agg_by_parse(const char *s) {
    for (size_t i = 0; i < sizeof by_names / sizeof *by_names; i++)
        if (strcmp(s, by_names[i]) == 0) return (int)i;
    return -1;
}

static const char *date_of(const struct result *r) { return r->meta ? r->meta->date : NULL; }

/* ---- canonical order --------------------------------------------------- */

static int nullcmp(const char *a, const char *b) {
    if (!a || !b) return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* The canonical order of two results: where they are, then everything
 * they say, so that it never depends on the order they came in; two
 * results equal here print the same wherever they go. */
static int result_cmp(const struct result *x, const struct result *y) {
    int c = strcmp(x->doc, y->doc);
    if (c) return c;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if ((c = nullcmp(x->id, y->id))) return c;
    if ((c = strcmp(x->text, y->text))) return c;
    const struct result_doc *dx = x->meta, *dy = y->meta;
    if ((c = nullcmp(dx ? dx->date : NULL, dy ? dy->date : NULL)) ||
        (c = nullcmp(dx ? dx->title : NULL, dy ? dy->title : NULL)) ||
        (c = nullcmp(dx ? dx->url : NULL, dy ? dy->url : NULL)))
        return c;
    for (size_t k = 0; k < x->nactors && k < y->nactors; k++) {
        const struct result_actor *a = &x->actors[k], *b = &y->actors[k];
        if ((c = strcmp(a->name, b->name)) || (c = nullcmp(a->role, b->role)) ||
            (c = nullcmp(a->affil, b->affil)) || (c = nullcmp(a->code, b->code)))
            return c;
    }
    if (x->nactors != y->nactors) return x->nactors < y->nactors ? -1 : 1;
    if (x->label != y->label) return x->label < y->label ? -1 : 1;
    double cx = agg_round(x->confidence), cy = agg_round(y->confidence);
    if (cx != cy) return cx < cy ? -1 : 1;
    if (x->uncertain != y->uncertain) return x->uncertain - y->uncertain;
    if ((c = nullcmp(x->how, y->how)) || (c = nullcmp(x->mention, y->mention)) ||
        (c = nullcmp(x->cue, y->cue)))
        return c;
    for (size_t k = 0; k < x->ntargets && k < y->ntargets; k++)
        if ((c = strcmp(x->targets[k], y->targets[k]))) return c;
    if (x->ntargets != y->ntargets) return x->ntargets < y->ntargets ? -1 : 1;
    for (size_t k = 0; k < x->nwhy && k < y->nwhy; k++)
        if ((c = strcmp(x->why[k].term, y->why[k].term))) return c;
    if (x->nwhy != y->nwhy) return x->nwhy < y->nwhy ? -1 : 1;
    for (size_t l = 0; l < LABELS_MAX; l++) {
        double sx = agg_round(x->scores[l]), sy = agg_round(y->scores[l]);
        if (sx != sy) return sx < sy ? -1 : 1;
    }
    size_t nx = dx ? dx->nextra : 0, ny = dy ? dy->nextra : 0;
    for (size_t k = 0; k < nx && k < ny; k++)
        if ((c = strcmp(dx->extra[k].key, dy->extra[k].key)) ||
            (c = strcmp(dx->extra[k].value, dy->extra[k].value)))
            return c;
    return (nx > ny) - (nx < ny);
}

static int canonical(const void *a, const void *b) {
    const struct result *x = *(const struct result *const *)a, *y = *(const struct result *const *)b;
    int c = result_cmp(x, y);
    /* the same statement twice: any order prints the same */
    return c ? c : (x > y) - (x < y);
}

static int canonical_value(const void *a, const void *b) { return result_cmp(a, b); }

void agg_sort_results(struct result_list *rl) {
    if (rl->n > 1) qsort(rl->v, rl->n, sizeof *rl->v, canonical_value);
}

/* ---- near-duplicates --------------------------------------------------- */

/* A statement's distinct words, as sorted 64-bit hashes: ASCII letters
 * folded to lower case, anything not a letter or digit (or a byte of a
 * multi-byte character) a separator. */
struct wordset {
    uint64_t *h;
    size_t n;
};

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static void wordset_of(const char *t, struct wordset *ws) {
    size_t cap = 0;
    ws->h = NULL;
    ws->n = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p;) {
        uint64_t h = 1469598103934665603ULL;
        size_t len = 0;
        for (; *p && ((unsigned)((*p | 32) - 'a') < 26u || (unsigned)(*p - '0') < 10u || *p >= 0x80); p++, len++) {
            unsigned c = *p >= 'A' && *p <= 'Z' ? *p | 32 : *p;
            h = (h ^ c) * 1099511628211ULL;
        }
        if (len) {
            ALLOC_GROW(ws->h, ws->n + 1, cap);
            ws->h[ws->n++] = h;
        } else {
            p++;
        }
    }
    if (ws->n) qsort(ws->h, ws->n, sizeof *ws->h, cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < ws->n; i++)
        if (!k || ws->h[k - 1] != ws->h[i]) ws->h[k++] = ws->h[i];
    ws->n = k;
}

static double jaccard(const struct wordset *a, const struct wordset *b) {
    size_t i = 0, j = 0, both = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j]) both++, i++, j++;
        else if (a->h[i] < b->h[j]) i++;
        else j++;
    }
    return (double)both / (double)(a->n + b->n - both);
}

/* One statement of an actor while building. */
struct cand {
    const struct result *r;
    size_t order; /* canonical position */
    struct wordset ws;
    size_t parent; /* union-find: the candidate it is a copy of, or itself */
};

static size_t root(struct cand *c, size_t i) {
    while (c[i].parent != i) i = c[i].parent = c[c[i].parent].parent;
    return i;
}

/* A word of a candidate's prefix, for the inverted index. */
struct posting {
    uint64_t word;
    size_t cand;
};

static int by_word(const void *a, const void *b) {
    const struct posting *x = a, *y = b;
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    return (x->cand > y->cand) - (x->cand < y->cand);
}

/* How many of the sets contain word w: all (word) pairs sorted, counted. */
static size_t df_of(const uint64_t *all, size_t n, uint64_t w) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (all[mid] < w) lo = mid + 1;
        else hi = mid;
    }
    size_t first = lo; /* then the first word past w: its count in log n */
    hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (all[mid] <= w) lo = mid + 1;
        else hi = mid;
    }
    return lo - first;
}

/* A word of a set with its document frequency, for ordering the set's
 * words rarest first (the frequency computed once per word, not per
 * comparison). */
struct rare {
    size_t df;
    uint64_t word;
};

static int by_rarity(const void *a, const void *b) {
    const struct rare *x = a, *y = b;
    if (x->df != y->df) return x->df < y->df ? -1 : 1;
    return (x->word > y->word) - (x->word < y->word);
}

/* Compares two candidates by label, then word set: 0 when they say the
 * same words with the same label. */
static int set_cmp(const struct cand *x, const struct cand *y) {
    if (x->r->label != y->r->label) return x->r->label < y->r->label ? -1 : 1;
    if (x->ws.n != y->ws.n) return x->ws.n < y->ws.n ? -1 : 1;
    return x->ws.n ? memcmp(x->ws.h, y->ws.h, x->ws.n * sizeof *x->ws.h) : 0;
}

/* Orders candidates by label, then word set, then canonical order:
 * identical sets of one label end up side by side, earliest first. */
static int by_set(const void *a, const void *b) {
    const struct cand *x = *(const struct cand *const *)a, *y = *(const struct cand *const *)b;
    int c = set_cmp(x, y);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* Statements of one label with the same set of words (the common case of
 * a reprint) are joined at once, to the earliest; the others of the group
 * then leave the pairwise join (ws.n = 0: it has no use for them). */
static void fold_identical(struct cand *c, size_t n) {
    struct cand **p = xmalloc((n ? n : 1) * sizeof *p);
    for (size_t i = 0; i < n; i++) p[i] = &c[i];
    qsort(p, n, sizeof *p, by_set);
    for (size_t i = 1, rep = 0; i < n; i++) { /* rep: the earliest of the current group */
        if (p[i]->ws.n < AGG_DUP_MIN_WORDS || set_cmp(p[rep], p[i]) != 0) {
            rep = i;
            continue;
        }
        p[i]->parent = (size_t)(p[rep] - c);
        p[i]->ws.n = 0;
    }
    free(p);
}

/* Joins candidates of one label whose word sets overlap by at least
 * AGG_DUP_JACCARD; the root of each group is its earliest member in
 * canonical order. Only pairs that can reach the threshold are compared
 * (prefix filtering, as in all-pairs similarity joins): with each set's
 * words ordered rarest first, two sets with Jaccard >= t share a word
 * among the first |s| - ceil(t|s|) + 1 of each. So the cost follows the
 * rare words, not the square of the statements. */
static void fold_copies(struct cand *c, size_t n) {
    fold_identical(c, n);
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        if (c[i].ws.n >= AGG_DUP_MIN_WORDS) total += c[i].ws.n;
    if (!total) return;
    uint64_t *all = xmalloc(total * sizeof *all);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (c[i].ws.n >= AGG_DUP_MIN_WORDS) memcpy(all + k, c[i].ws.h, c[i].ws.n * sizeof *all), k += c[i].ws.n;
    qsort(all, total, sizeof *all, cmp_u64);
    struct posting *post = xmalloc(total * sizeof *post);
    size_t np = 0;
    struct rare *tmp = xmalloc(total * sizeof *tmp);
    for (size_t i = 0; i < n; i++) {
        size_t m = c[i].ws.n;
        if (m < AGG_DUP_MIN_WORDS) continue;
        for (size_t j = 0; j < m; j++) tmp[j] = (struct rare){df_of(all, total, c[i].ws.h[j]), c[i].ws.h[j]};
        qsort(tmp, m, sizeof *tmp, by_rarity);
        size_t prefix = m - (size_t)ceil(AGG_DUP_JACCARD * (double)m - 1e-9) + 1;
        for (size_t j = 0; j < prefix && j < m; j++) post[np++] = (struct posting){tmp[j].word, i};
    }
    qsort(post, np, sizeof *post, by_word);
    for (size_t a = 0; a < np;) {
        size_t b = a;
        while (b < np && post[b].word == post[a].word) b++;
        /* a word in the rare prefix of thousands of distinct statements
         * is no rare word: comparing them all would cost their square */
        if (b - a > AGG_DUP_POSTING_MAX) {
            a = b;
            continue;
        }
        for (size_t x = a; x < b; x++)
            for (size_t y = x + 1; y < b; y++) {
                size_t i = post[x].cand, j = post[y].cand;
                const struct cand *ci = &c[i], *cj = &c[j];
                size_t lo = ci->ws.n < cj->ws.n ? ci->ws.n : cj->ws.n;
                size_t hi = ci->ws.n < cj->ws.n ? cj->ws.n : ci->ws.n;
                if ((double)lo < AGG_DUP_JACCARD * (double)hi || ci->r->label != cj->r->label) continue;
                size_t ri = root(c, i), rj = root(c, j);
                if (ri == rj || jaccard(&ci->ws, &cj->ws) < AGG_DUP_JACCARD) continue;
                if (c[ri].order < c[rj].order) c[rj].parent = ri;
                else c[ri].parent = rj;
            }
        a = b;
    }
    free(tmp);
    free(post);
    free(all);
}

/* ---- per actor --------------------------------------------------------- */

static int by_label_confidence(const void *a, const void *b) {
    const struct agg_stmt *x = a, *y = b;
    if (x->r->label != y->r->label) return x->r->label < y->r->label ? -1 : 1;
    if (x->confidence != y->confidence) return x->confidence > y->confidence ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

/* A statement's period on the timeline. */
struct dated {
    char key[16];
    int label;
};

static int by_key(const void *a, const void *b) {
    return strcmp(((const struct dated *)a)->key, ((const struct dated *)b)->key);
}

/* The actor's timeline from its counted statements: their periods sorted,
 * runs of one period counted (n log n, whatever the number of periods). */
static void build_timeline(struct agg_actor *ac, enum agg_by by) {
    if (by == AGG_BY_NONE || !ac->nstmts) return;
    struct dated *d = xmalloc(ac->nstmts * sizeof *d);
    size_t n = 0;
    for (size_t i = 0; i < ac->nstmts; i++)
        if (agg_period_key(date_of(ac->stmts[i].r), by, d[n].key) == 0) d[n++].label = ac->stmts[i].r->label;
    qsort(d, n, sizeof *d, by_key);
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        if (!ac->ntimeline || strcmp(ac->timeline[ac->ntimeline - 1].key, d[i].key) != 0) {
            ALLOC_GROW(ac->timeline, ac->ntimeline + 1, cap);
            struct agg_period *p = &ac->timeline[ac->ntimeline++];
            memset(p, 0, sizeof *p);
            memcpy(p->key, d[i].key, sizeof p->key);
        }
        ac->timeline[ac->ntimeline - 1].count[d[i].label]++;
    }
    free(d);
}

/* Fills ac from its candidates c (in canonical order). */
static void settle_actor(struct agg_actor *ac, struct cand *c, size_t n, const struct labelset *ls,
                         enum agg_by by) {
    for (size_t i = 0; i < n; i++) {
        c[i].parent = i;
        wordset_of(c[i].r->text, &c[i].ws);
    }
    fold_copies(c, n);
    size_t *slot = xmalloc(n * sizeof *slot); /* root candidate -> its agg_stmt */
    ac->stmts = xcalloc(n, sizeof *ac->stmts);
    for (size_t i = 0; i < n; i++) {
        free(c[i].ws.h);
        if (root(c, i) != i) continue;
        slot[i] = ac->nstmts;
        ac->stmts[ac->nstmts++] =
            (struct agg_stmt){c[i].r, agg_round(c[i].r->confidence), NULL, 0, c[i].order};
    }
    size_t *cap = xcalloc(n, sizeof *cap);
    for (size_t i = 0; i < n; i++) { /* copies, in canonical order */
        size_t r = root(c, i);
        if (r == i) continue;
        struct agg_stmt *s = &ac->stmts[slot[r]];
        ALLOC_GROW(s->copies, s->ncopies + 1, cap[slot[r]]);
        s->copies[s->ncopies++] = c[i].r;
        ac->copies++;
    }
    free(cap);
    free(slot);
    int none = labels_none(ls);
    for (size_t i = 0; i < ac->nstmts; i++) {
        const struct result *r = ac->stmts[i].r;
        ac->total++;
        ac->count[r->label]++;
        if (r->label != none) ac->positions++;
    }
    build_timeline(ac, by);
    for (size_t l = 0; l < ls->n; l++) agg_wilson(ac->count[l], ac->total, &ac->low[l], &ac->high[l]);
    qsort(ac->stmts, ac->nstmts, sizeof *ac->stmts, by_label_confidence);
}

static int by_rank(const void *a, const void *b) {
    const struct agg_actor *x = a, *y = b;
    int xn = strcmp(x->who->name, "narrator") == 0, yn = strcmp(y->who->name, "narrator") == 0;
    if (xn != yn) return xn - yn;
    if (x->positions != y->positions) return x->positions > y->positions ? -1 : 1;
    if (x->total != y->total) return x->total > y->total ? -1 : 1;
    return strcmp(x->who->name, y->who->name);
}

/* ---- the whole report -------------------------------------------------- */

/* One (actor, statement) pair: joint statements count for every actor. */
struct pair {
    const struct result_actor *who;
    size_t order; /* the statement's canonical position */
};

static int by_name_order(const void *a, const void *b) {
    const struct pair *x = a, *y = b;
    int c = strcmp(x->who->name, y->who->name);
    if (c) return c;
    return (x->order > y->order) - (x->order < y->order);
}

static enum agg_by choose_by(const char *first, const char *last) {
    long y1, y2;
    int m1, d1, m2, d2;
    if (parse_date(first, &y1, &m1, &d1) || parse_date(last, &y2, &m2, &d2)) return AGG_BY_NONE;
    long span = day_number(y2, m2, d2) - day_number(y1, m1, d1);
    if (span <= 31) return AGG_BY_DAY;
    if (span <= 26 * 7) return AGG_BY_WEEK;
    return span <= 4 * 366 ? AGG_BY_MONTH : AGG_BY_YEAR;
}

/* Every period key from the first date to the last, in order. */
static void fill_periods(struct agg_report *out) {
    long y, days, last;
    int m, d;
    if (parse_date(out->first, &y, &m, &d)) return;
    days = day_number(y, m, d);
    if (parse_date(out->last, &y, &m, &d)) return;
    last = day_number(y, m, d);
    /* an axis of more than AGG_PERIODS_MAX periods (dates over centuries
     * by day) is no chart anyone reads: then only the actors' own periods */
    static const long per[] = {0, 0, 1, 7, 28, 365};
    if ((last - days) / per[out->by] > AGG_PERIODS_MAX) return;
    size_t cap = 0;
    for (; days <= last; days++) {
        char date[16], key[16];
        civil_date(days, &y, &m, &d);
        snprintf(date, sizeof date, "%04d-%02d-%02d", (int)y % 10000, m % 100, d % 100);
        if (agg_period_key(date, out->by, key)) continue;
        if (out->nperiods && strcmp(out->periods[out->nperiods - 1], key) == 0) continue;
        ALLOC_GROW(out->periods, out->nperiods + 1, cap);
        memcpy(out->periods[out->nperiods++], key, 16);
    }
}

/* The actor's description: its first sighting (canonical order) that has a
 * role, else its first sighting. */
static const struct result_actor *describe(const struct pair *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i].who->role) return p[i].who;
    return p[0].who;
}

void agg_build(const struct result_list *rl, enum agg_by by, struct agg_report *out) {
    memset(out, 0, sizeof *out);
    out->labels = rl->labels ? rl->labels : labels_default_set();
    out->statements = rl->n;
    const struct result **ord = xmalloc((rl->n ? rl->n : 1) * sizeof *ord);
    for (size_t i = 0; i < rl->n; i++) ord[i] = &rl->v[i];
    if (rl->n) qsort(ord, rl->n, sizeof *ord, canonical);

    /* documents, dates, left-out statements, (actor, statement) pairs */
    struct pair *pairs = NULL;
    size_t npairs = 0, cap = 0;
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = ord[i];
        if (i == 0 || strcmp(r->doc, ord[i - 1]->doc) != 0) out->documents++;
        char day[16];
        if (agg_period_key(date_of(r), AGG_BY_DAY, day) == 0) {
            out->dated++;
            if (!*out->first || strcmp(day, out->first) < 0) memcpy(out->first, day, 11);
            if (!*out->last || strcmp(day, out->last) > 0) memcpy(out->last, day, 11);
        }
        if (r->uncertain) {
            out->left_out++;
            continue;
        }
        for (size_t k = 0; k < r->nactors; k++) {
            int again = 0; /* "A; A": the statement counts once for A */
            for (size_t q = 0; q < k && !again; q++) again = strcmp(r->actors[q].name, r->actors[k].name) == 0;
            if (again) continue;
            ALLOC_GROW(pairs, npairs + 1, cap);
            pairs[npairs++] = (struct pair){&r->actors[k], i};
        }
    }
    out->by = !out->dated ? AGG_BY_NONE : by == AGG_BY_AUTO ? choose_by(out->first, out->last) : by;
    if (out->by != AGG_BY_NONE) fill_periods(out);

    if (npairs) qsort(pairs, npairs, sizeof *pairs, by_name_order);
    size_t acap = 0;
    for (size_t a = 0; a < npairs;) {
        size_t b = a + 1;
        while (b < npairs && strcmp(pairs[b].who->name, pairs[a].who->name) == 0) b++;
        size_t n = b - a;
        struct cand *c = xcalloc(n, sizeof *c);
        for (size_t i = 0; i < n; i++) c[i] = (struct cand){ord[pairs[a + i].order], pairs[a + i].order, {0}, i};
        struct agg_actor ac = {0};
        ac.who = describe(pairs + a, n);
        settle_actor(&ac, c, n, out->labels, out->by);
        free(c);
        out->copies += ac.copies;
        ALLOC_GROW(out->actors, out->nactors + 1, acap);
        out->actors[out->nactors++] = ac;
        a = b;
    }
    free(pairs);
    if (out->nactors) qsort(out->actors, out->nactors, sizeof *out->actors, by_rank);
    free(ord);
}

void agg_free(struct agg_report *a) {
    for (size_t i = 0; i < a->nactors; i++) {
        struct agg_actor *ac = &a->actors[i];
        for (size_t k = 0; k < ac->nstmts; k++) free(ac->stmts[k].copies);
        free(ac->stmts);
        free(ac->timeline);
    }
    free(a->actors);
    free(a->periods);
    memset(a, 0, sizeof *a);
}
