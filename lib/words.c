/* words.c -- the word scanner attribution works on (see words.h). */
#include "words.h"
#include "buf.h"
#include "lexicon.h"
#include "mem.h"
#include "utf8.h"
#include <stdint.h>
#include <strings.h>
#include <string.h>

static void words_push(struct words *w, struct word x) {
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
    }
    w->v[w->n++] = x;
}

static int joiner(int32_t c) { return c == '-' || c == '.' || utf8_is_apostrophe(c); }

/* ASCII fast paths for the hot loop below: most press text is ASCII, and
 * decoding every byte through utf8proc was a fifth of attribution time. */
static inline size_t next_cp(const char *t, size_t i, size_t e, int32_t *c) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
        *c = b;
        return 1;
    }
    return utf8_decode(t + i, e - i, c);
}

static inline int is_alnum(int32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return utf8_is_alnum(c);
}

/* Is t[from..to) only spaces around one quotation mark? */
static int just_a_quote(const char *t, size_t from, size_t to) {
    int quotes = 0;
    while (from < to) {
        int32_t c;
        from += next_cp(t, from, to, &c);
        if (c == '"' || c == 0x201C || c == 0x201D) quotes++;
        else if (c != ' ') return 0;
    }
    return quotes == 1;
}

/* A nickname in quotes inside a name is no word of it: "Benjamin “Benny”
 * Gantz" is Benjamin Gantz. Called after each word: the last three are
 * checked. */
static void drop_nickname(const char *t, struct words *out) {
    if (out->n < 3) return;
    struct word *a = &out->v[out->n - 3], *b = a + 1, *c = a + 2;
    if (!a->cap || !a->lower || !b->cap || !b->lower || !c->cap || !c->lower) return;
    if (!just_a_quote(t, a->e, b->s) || !just_a_quote(t, b->e, c->s)) return;
    *b = *c;
    b->punct = 0;
    b->quote_before = 0;
    out->n--;
}

void wd_scan(const char *t, size_t s, size_t e, struct words *out) {
    out->n = 0;
    size_t i = s;
    char punct = 0;
    int quote = 0;
    while (i < e) {
        int32_t c;
        size_t n = next_cp(t, i, e, &c);
        if (!is_alnum(c)) {
            if (c != ' ' && !utf8_is_space(c)) {
                if (c < 0x80) punct = (char)c;
                /* typographic forms as their ASCII counterparts, so that
                 * one test sees "’" and "'", "—" and "-" */
                else if (c == 0x2018 || c == 0x2019) punct = '\'';
                else if (c == 0x2013 || c == 0x2014) punct = '-';
                else if (c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB) punct = '"';
                else punct = '*';
                if (c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB) quote = 1;
            }
            i += n;
            continue;
        }
        struct word w = {i, i, 0, 0, punct, 0, quote};
        size_t poss = 0; /* bytes of a possessive "'s" after the word */
        w.cap = c < 0x80 ? (c >= 'A' && c <= 'Z') : utf8_is_upper(c);
        size_t j = i;
        for (;;) {
            int32_t d = 0;
            size_t m = j < e ? next_cp(t, j, e, &d) : 0;
            if (j < e && is_alnum(d)) {
                if (d < 0x80 ? (d >= 'a' && d <= 'z') : utf8_is_lower(d)) w.lower = 1;
                j += m;
                continue;
            }
            if (j < e && joiner(d) && j + m < e) {
                int32_t f;
                size_t mf = next_cp(t, j + m, e, &f);
                /* a possessive "'s" ends the word: "Macron's" is Macron */
                if (utf8_is_apostrophe(d) && (f == 's' || f == 'S')) {
                    int32_t g = ' ';
                    if (j + m + mf < e) next_cp(t, j + m + mf, e, &g);
                    if (!is_alnum(g)) {
                        poss = m + mf;
                        break;
                    }
                }
                if (is_alnum(f)) {
                    j += m;
                    continue;
                }
                /* keep the final dot of initials: "U.S." */
                if (d == '.' && j - i <= 3 && w.cap && !w.lower && memchr(t + i, '.', j - i)) {
                    j += m;
                    break;
                }
            }
            break;
        }
        w.e = j;
        w.lx = lex_flags(t + w.s, j - w.s);
        /* "el-Sisi", "al-Assad": a name despite the lower-case prefix */
        if (!w.cap && j - i > 3 && t[i + 2] == '-' && (t[i] == 'e' || t[i] == 'a') &&
            t[i + 1] == 'l' && t[i + 3] >= 'A' && t[i + 3] <= 'Z')
            w.cap = 1;
        words_push(out, w);
        drop_nickname(t, out);
        punct = 0;
        quote = 0;
        i = j + poss; /* the "'s" is skipped: "the President's Office" stays one run */
    }
}

int wd_eq_n(const char *t, const struct word *w, const char *s, size_t n) {
    return WLEN(t, *w) == n && strncasecmp(t + w->s, s, n) == 0;
}

int wd_in(const char *t, const struct word *w, const char *const *list) {
    for (const char *const *x = list; *x; x++)
        if (wd_eq_n(t, w, *x, strlen(*x))) return 1;
    return 0;
}

const char *wd_affil(const char *t, const struct word *w) {
    return (w->lx & LX_AFFIL) ? lex_affiliation(t + w->s, WLEN(t, *w)) : NULL;
}

/* The head noun of the run w[k..j]: the last word before the first "of"
 * ("Head" in "Deputy Head of the Office"), else the last word. */
size_t wd_head_of(const char *t, const struct word *w, size_t k, size_t j) {
    for (size_t i = k + 1; i <= j; i++)
        if (weq(t, &w[i], "of")) return i - 1;
    return j;
}

void wd_join(struct buf *b, const char *t, const struct word *w, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        if (b->len) buf_addc(b, ' ');
        buf_add(b, t + w[i].s, WLEN(t, w[i]));
    }
}

int wd_gerund(const char *t, const struct word *w) {
    return WLEN(t, *w) > 4 && memcmp(t + w->e - 3, "ing", 3) == 0;
}

int wd_past(const char *t, const struct word *w) {
    static const char *const irregular[] = {
        "said", "told", "gave", "had", "came", "took", "made", "saw", "held", "oversaw",
        "spoke", "met", "found", "set", "sent", "sought", "led", "put", "kept", "brought",
        "wrote", "thought", NULL};
    if (w->cap || w->punct) return 0;
    return (WLEN(t, *w) > 3 && t[w->e - 2] == 'e' && t[w->e - 1] == 'd') || wd_in(t, w, irregular);
}

int wd_ly_adverb(const char *t, const struct word *w) {
    static const char *const nouns[] = {"family", "assembly", "supply", "reply", "rally", "ally",
                                        "anomaly", "monopoly", "only", "early", "likely", NULL};
    size_t n = w->e - w->s;
    if (w->cap || w->punct || n < 5 || t[w->e - 2] != 'l' || t[w->e - 1] != 'y') return 0;
    return !wd_in(t, w, nouns);
}
