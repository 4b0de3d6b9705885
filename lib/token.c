/* token.c -- the tokenizer (see token.h for the contract). */
#include "token.h"
#include "buf.h"
#include "utf8.h"
#include <string.h>
#include <strings.h>

void tok_init(struct tok_iter *it, const char *text, size_t len) {
    it->p = text;
    it->end = text + len;
}

/* Code point at p, and its length, without running past end. */
static int32_t peek(const char *p, const char *end, size_t *n) {
    int32_t cp = -1;
    *n = 0;
    if (p < end) *n = utf8_decode(p, (size_t)(end - p), &cp);
    return cp;
}

/* A run of "X.Y." initials (U.S., U.N.): letter-dot pairs, two or more. */
static size_t initials_len(const char *p, const char *end) {
    const char *q = p;
    int pairs = 0;
    for (;;) {
        size_t n1, n2;
        int32_t c = peek(q, end, &n1);
        if (c < 0 || !utf8_is_alnum(c) || utf8_is_digit(c)) break;
        int32_t d = peek(q + n1, end, &n2);
        if (d != '.') break;
        q += n1 + n2;
        pairs++;
    }
    if (pairs < 2) return 0;
    /* "U.S.A" without a final dot is not produced here; the last letter is
     * left to the plain word rule. */
    return (size_t)(q - p);
}

/* Is there an apostrophe clitic at q ('s, 're, 'll, 've, 'd, 'm, 't)?
 * Returns its length in bytes including the apostrophe, else 0. Only these
 * endings count, so an opening quote before a word ('We are ready,') stays
 * punctuation. */
static size_t clitic_len(const char *q, const char *end) {
    static const char *const clitics[] = {"s", "re", "ll", "ve", "d", "m", "t"};
    size_t na, n;
    int32_t a = peek(q, end, &na);
    if (a < 0 || !utf8_is_apostrophe(a)) return 0;
    const char *r = q + na;
    while (r < end) {
        int32_t c = peek(r, end, &n);
        if (!utf8_is_alnum(c) || utf8_is_digit(c)) break;
        r += n;
    }
    size_t len = (size_t)(r - (q + na));
    for (size_t i = 0; i < sizeof clitics / sizeof *clitics; i++)
        if (strlen(clitics[i]) == len && strncasecmp(clitics[i], q + na, len) == 0)
            return (size_t)(r - q);
    return 0;
}

int tok_next(struct tok_iter *it, struct tok *t) {
    size_t n;
    int32_t c;
    /* Skip white space. */
    while (it->p < it->end) {
        c = peek(it->p, it->end, &n);
        if (!utf8_is_space(c)) break;
        it->p += n;
    }
    if (it->p >= it->end) return 0;
    const char *s = it->p, *end = it->end;
    c = peek(s, end, &n);

    if (utf8_is_apostrophe(c)) {
        size_t cl = clitic_len(s, end);
        if (cl) {
            *t = (struct tok){s, cl, TOK_CLITIC};
            it->p = s + cl;
            return 1;
        }
    }
    if (!utf8_is_alnum(c)) {
        size_t len = n;
        if (c == '.') /* an ellipsis written as dots is one token */
            while (s + len < end && s[len] == '.') len++;
        *t = (struct tok){s, len, TOK_PUNCT};
        it->p = s + len;
        return 1;
    }
    size_t il = initials_len(s, end);
    if (il) {
        *t = (struct tok){s, il, TOK_WORD};
        it->p = s + il;
        return 1;
    }

    /* A word or number: alnum runs, joined by . or , only between digits. */
    const char *q = s, *prev = s;
    int all_digits = 1;
    while (q < end) {
        int32_t d = peek(q, end, &n);
        if (utf8_is_alnum(d)) {
            if (!utf8_is_digit(d)) all_digits = 0;
            prev = q;
            q += n;
            continue;
        }
        if ((d == '.' || d == ',') && all_digits && q > s) {
            size_t n2;
            int32_t e = peek(q + n, end, &n2);
            if (e >= 0 && utf8_is_digit(e)) {
                q += n;
                continue;
            }
        }
        if (utf8_is_apostrophe(d) && !all_digits) {
            /* "don't": the clitic is "n't", so the word stops before n. */
            size_t n2;
            int32_t e = peek(q + n, end, &n2);
            if ((e == 't' || e == 'T') && (*prev == 'n' || *prev == 'N') && prev > s &&
                clitic_len(q, end) == n + n2) {
                q = prev;
                *t = (struct tok){s, (size_t)(q - s), TOK_WORD};
                /* the clitic token is n't: from prev to after t */
                it->p = q;
                return 1;
            }
        }
        break;
    }
    /* "n't" left over from the rule above starts with n; recognise it. */
    if (q - s == 1 && (*s == 'n' || *s == 'N')) {
        size_t cl = clitic_len(q, end);
        if (cl) {
            *t = (struct tok){s, 1 + cl, TOK_CLITIC};
            it->p = s + 1 + cl;
            return 1;
        }
    }
    *t = (struct tok){s, (size_t)(q - s), all_digits ? TOK_NUMBER : TOK_WORD};
    it->p = q;
    return 1;
}

void tok_norm(const struct tok *t, struct buf *out) {
    if (t->kind == TOK_NUMBER) {
        buf_adds(out, "<num>");
        return;
    }
    const char *p = t->p, *end = t->p + t->len;
    while (p < end) {
        int32_t c;
        size_t n = utf8_decode(p, (size_t)(end - p), &c);
        if (utf8_is_digit(c)) buf_addc(out, '0');
        else utf8_fold(c, out);
        p += n;
    }
}
