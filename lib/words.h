/* words.h -- the word scanner attribution works on.
 *
 * A word is a maximal run of letters and digits joined by internal hyphens,
 * apostrophes or initials' dots ("Faustin-Archange", "U.S."), with a note of
 * the punctuation between it and the word before, and its lexicon classes
 * (lexicon.h) looked up once. A possessive "'s" ends a word ("Macron's" is
 * Macron) and is skipped. */
#ifndef PARLEY_WORDS_H
#define PARLEY_WORDS_H
#include <stddef.h>

struct buf;

struct word {
    size_t s, e;   /* byte offsets in the text */
    int cap;       /* first letter is upper case */
    int lower;     /* contains a lower-case letter */
    char punct;    /* ASCII punctuation right before it (',', '"', ':' ...), 0 none;
                      curly quotes and apostrophes and en and em dashes as
                      '"', '\'' and '-'; '*' for other non-ASCII punctuation */
    unsigned lx;   /* lexicon classes (LX_*) */
    int quote_before;
};

/* A growable array of words; reused from sentence to sentence. */
struct words {
    struct word *v;
    size_t n, cap;
};

/* Scans t[s, e) into out (emptied first). */
void wd_scan(const char *t, size_t s, size_t e, struct words *out);

#define WLEN(t, w) ((w).e - (w).s)
#define WIS(t, w, flag) (((w).lx & (flag)) != 0)

/* Is word w the n bytes s (ASCII case-insensitively)? */
int wd_eq_n(const char *t, const struct word *w, const char *s, size_t n);

/* Is word w one of the NULL-ended list (ASCII case-insensitively)? */
int wd_in(const char *t, const struct word *w, const char *const *list);

/* Is word w the literal s (ASCII case-insensitively)? */
#define weq(t, w, s) wd_eq_n((t), (w), ("" s), sizeof(s) - 1)

/* The country or body an affiliation adjective names ("Russian" ->
 * "Russia"), else NULL. */
const char *wd_affil(const char *t, const struct word *w);

/* The head noun of the run w[k..j]: the last word before the first "of"
 * ("Head" in "Deputy Head of the Office"), else the last word. */
size_t wd_head_of(const char *t, const struct word *w, size_t k, size_t j);

/* Does word w end in "-ing" after at least two letters ("Welcoming",
 * "Addressing")? Titles and sentence openers capitalise such verbs. */
int wd_gerund(const char *t, const struct word *w);

/* Is word w a lower-case past tense: "-ed" of four letters or more
 * ("urged", "agreed") or a common irregular one ("said", "gave", "held")? */
int wd_past(const char *t, const struct word *w);

/* Is word w a lower-case adverb in "-ly" ("implicitly", "strongly",
 * "briefly") of five letters or more, not a noun or adjective in "-ly"
 * ("family", "assembly", "supply", "only", "early", "likely")? Subjects,
 * verbs and "we" are read past such adverbs. */
int wd_ly_adverb(const char *t, const struct word *w);

/* Appends words w[from, to) to b, separated by single spaces. */
void wd_join(struct buf *b, const char *t, const struct word *w, size_t from, size_t to);

#endif
