/* target.c -- the targets a sentence names after a demand or concern cue
 * (see target.h). Four shapes cover what readouts and wire copy write:
 *
 *   called on / urged / asked / pressed X to ...   X up to the "to"
 *   demanded / insisted / urged that X ...         the named subject of the clause
 *   accused / condemned / warned / blamed X ...    the name right after
 *   concerned / worried / alarmed about X('s) ...  the name right after
 *
 * X may be a list ("the United States and NATO", "Serbia, Kosovo and
 * Montenegro"); each member is a target. In the last three shapes only
 * capitalised names count: "concerned about the situation" has no target. */
#include "target.h"
#include "actors.h"
#include "mem.h"
#include "utf8.h"
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

struct tok {
    const char *p;
    size_t len;
    int word, cap; /* a word; one that starts with a capital (or a non-ASCII letter) */
};

#define TOKS_MAX 256

static int ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The length of the character at i when it belongs to a word (a letter,
 * mark or digit of any script, '-', or an apostrophe between letters:
 * "People's", "Peopleâs"), else 0. Non-ASCII punctuation and spaces
 * (Â« Â» Â¿ no-break space, curly quotes, dashes) are not. */
static size_t word_char(const char *s, size_t i, size_t len) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        if (ascii_alnum(c) || c == '-') return 1;
        return c == '\'' && i + 1 < len && ascii_alnum((unsigned char)s[i + 1]) ? 1 : 0;
    }
    int32_t cp;
    size_t k = utf8_decode(s + i, len - i, &cp);
    if (utf8_is_alnum(cp)) return k;
    return utf8_is_apostrophe(cp) && i + k < len && ascii_alnum((unsigned char)s[i + k]) ? k : 0;
}

static size_t tokenize(const char *text, size_t len, struct tok *t) {
    size_t n = 0, i = 0;
    while (i < len && n < TOKS_MAX) {
        size_t k = word_char(text, i, len);
        if (k) {
            size_t j = i;
            while (j < len && (k = word_char(text, j, len))) j += k;
            int32_t first;
            utf8_decode(text + i, j - i, &first);
            t[n++] = (struct tok){text + i, j - i, 1, utf8_is_upper(first)};
            i = j;
        } else {
            int32_t cp;
            size_t w = utf8_decode(text + i, len - i, &cp);
            if (w == 0) w = 1;
            if (!utf8_is_space(cp)) t[n++] = (struct tok){text + i, w, 0, 0};
            i += w;
        }
    }
    return n;
}

/* Is token t the word w (lower case), ignoring case? */
static int is(const struct tok *t, const char *w) {
    if (!t->word) return 0;
    char c0 = t->p[0];
    if (c0 >= 'A' && c0 <= 'Z') c0 = (char)(c0 - 'A' + 'a');
    if (c0 != w[0]) return 0; /* most words differ in the first letter: no strlen */
    size_t n = strlen(w);
    if (t->len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = t->p[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[i]) return 0;
    }
    return 1;
}

static int is_any(const struct tok *t, const char *const *ws) {
    for (; *ws; ws++)
        if (is(t, *ws)) return 1;
    return 0;
}

enum shape { TO, THAT, NAME, ABOUT };

/* The cue words: a verb form, the particle it needs (or NULL), its shape. */
struct cue {
    const char *verb, *particle;
    enum shape shape;
};

static const struct cue cues[] = {
    {"call", "on", TO},       {"calls", "on", TO},       {"called", "on", TO},     {"calling", "on", TO},
    {"call", "upon", TO},     {"calls", "upon", TO},     {"called", "upon", TO},   {"calling", "upon", TO},
    {"appeal", "to", TO},     {"appeals", "to", TO},     {"appealed", "to", TO},   {"appealing", "to", TO},
    {"urge", NULL, TO},       {"urges", NULL, TO},       {"urged", NULL, TO},      {"urging", NULL, TO},
    {"ask", NULL, TO},        {"asks", NULL, TO},        {"asked", NULL, TO},      {"asking", NULL, TO},
    {"press", NULL, TO},      {"presses", NULL, TO},     {"pressed", NULL, TO},
    {"request", NULL, TO},    {"requests", NULL, TO},    {"requested", NULL, TO},  {"requesting", NULL, TO},
    {"implore", NULL, TO},    {"implores", NULL, TO},    {"implored", NULL, TO},   {"imploring", NULL, TO},
    {"tell", NULL, TO},       {"tells", NULL, TO},       {"told", NULL, TO},       {"telling", NULL, TO},
    {"encourage", NULL, TO},  {"encourages", NULL, TO},  {"encouraged", NULL, TO}, {"encouraging", NULL, TO},
    {"pressure", NULL, TO},   {"pressured", NULL, TO},   {"demand", "of", NAME},   {"demanded", "of", NAME},
    {"demand", "that", THAT}, {"demands", "that", THAT}, {"demanded", "that", THAT}, {"demanding", "that", THAT},
    {"insist", "that", THAT}, {"insists", "that", THAT}, {"insisted", "that", THAT}, {"insisting", "that", THAT},
    {"accuse", NULL, NAME},   {"accuses", NULL, NAME},   {"accused", NULL, NAME},  {"accusing", NULL, NAME},
    {"condemn", NULL, NAME},  {"condemns", NULL, NAME},  {"condemned", NULL, NAME}, {"condemning", NULL, NAME},
    {"criticize", NULL, NAME}, {"criticized", NULL, NAME}, {"criticise", NULL, NAME}, {"criticised", NULL, NAME},
    {"criticizes", NULL, NAME}, {"criticises", NULL, NAME}, {"blame", NULL, NAME}, {"blamed", NULL, NAME},
    {"blames", NULL, NAME},   {"warn", NULL, NAME},      {"warns", NULL, NAME},    {"warned", NULL, NAME},
    {"denounce", NULL, NAME}, {"denounced", NULL, NAME}, {"denounces", NULL, NAME},
    {"concern", NULL, ABOUT}, {"concerns", NULL, ABOUT}, {"concerned", NULL, ABOUT},
    {"worried", NULL, ABOUT}, {"worry", NULL, ABOUT},    {"alarmed", NULL, ABOUT},
};

/* Words that never are a target themselves. */
static const char *const pronouns[] = {"him", "her", "them", "us", "me", "you", "it", "everyone",
                                       "everybody", "others", "himself", "herself", "themselves",
                                       "itself", "one", "this", "that", "those", "these", NULL};
/* Words a to-span never starts with: the cue took another meaning ("asked
 * about plans to ..."). */
static const char *const not_addressee[] = {"about", "for", "on", "in", "at", "with", "from", "of",
                                            "into", "by", "under", "over", "not", "reporters",
                                            "journalists", NULL};
/* Words a list of addressees never holds: a clause, not a list. */
static const char *const clause_words[] = {"if", "whether", "what", "how", "why", "when", "where",
                                           "who", "which", "they", "we", "i", "he", "she", "that",
                                           "is", "are", "was", "were", "be", NULL};
static const char *const determiners[] = {"the", "all", "our", "its", "his", "her", "their", "both",
                                          "each", "every", "other", "those", "these", "my", "your",
                                          NULL};
static const char *const prepositions_about[] = {"about", "over", "at", "by", "regarding", NULL};

/* A result under construction. */
struct found {
    char **out;
    size_t n;
    const struct actors *dict;
};

static void add(struct found *f, const char *p, size_t len) {
    /* a possessive ends at the name: "Russia's buildup" targets Russia */
    if (len > 2 && (p[len - 2] == '\'' ) && (p[len - 1] == 's' || p[len - 1] == 'S')) len -= 2;
    else if (len > 4 && memcmp(p + len - 4, "\xE2\x80\x99s", 4) == 0) len -= 4;
    if (!len || f->n == TARGETS_MAX) return;
    const struct actor_entry *a = actors_find(f->dict, p, len);
    const char *name = a ? a->name : p;
    size_t nlen = a ? strlen(a->name) : len;
    for (size_t i = 0; i < f->n; i++)
        if (strlen(f->out[i]) == nlen && memcmp(f->out[i], name, nlen) == 0) return;
    f->out[f->n++] = xstrndup(name, nlen);
}

/* One conjunct of tokens [a, b): "the" dropped before a capitalised name;
 * pronouns and long phrases are not targets. */
static void add_span(struct found *f, const struct tok *t, size_t a, size_t b) {
    static const char *const lead[] = {"including", "especially", "particularly", "personally", "also", NULL};
    while (a < b && is_any(&t[a], lead)) a++;
    if (a < b && is(&t[a], "the") && a + 1 < b && t[a + 1].cap) a++;
    if (a >= b || b - a > 6) return;
    if (b - a == 1 && is_any(&t[a], pronouns)) return;
    int named = 0;
    for (size_t i = a; i < b; i++) {
        if (!t[i].word) return;
        named |= t[i].cap;
    }
    /* in lower case, an addressee is a noun phrase with a determiner ("the
     * parties", "all sides", "our partners") or a plural ("citizens"), not
     * a word the to-span caught by chance ("moreover", "brought") */
    const struct tok *last = &t[b - 1];
    if (!named && !is_any(&t[a], determiners) && !(last->len > 3 && last->p[last->len - 1] == 's'))
        return;
    add(f, t[a].p, (size_t)(t[b - 1].p + t[b - 1].len - t[a].p));
}

/* A list of conjuncts in [a, b) split at "," and "and". */
static void add_list(struct found *f, const struct tok *t, size_t a, size_t b) {
    size_t from = a;
    for (size_t i = a; i <= b; i++)
        if (i == b || (t[i].len == 1 && t[i].p[0] == ',') || is(&t[i], "and")) {
            add_span(f, t, from, i);
            from = i + 1;
        }
}

/* Does the word end like an adjective of nationality ("Russian",
 * "Chinese", "Polish", "European")? */
static int demonym(const struct tok *t) {
    static const char *const ends[] = {"ian", "ean", "ese", "ish", "ic", NULL};
    for (const char *const *e = ends; *e; e++) {
        size_t k = strlen(*e);
        if (t->len > k + 2 && memcmp(t->p + t->len - k, *e, k) == 0) return 1;
    }
    return 0;
}

/* A capitalised name at i: ["the"] Cap+ (("of" | "for") ["the"] Cap+)*.
 * Returns the token after it; *first is its first capitalised token; i
 * itself when there is none. */
static size_t name_at(const struct tok *t, size_t n, size_t i, size_t *first) {
    size_t j = i;
    /* an opening quote or mark before the name: "condemned Â«KyivÂ»" */
    while (j < n && !t[j].word && !(t[j].len == 1 && strchr(",.;:!?", t[j].p[0]))) j++;
    if (j < n && (is(&t[j], "the") || is(&t[j], "all"))) j++;
    if (j >= n || !t[j].cap || is_any(&t[j], pronouns)) return i;
    *first = j;
    while (j < n && t[j].cap) j++;
    if (j == *first + 1 && j < n && t[j].word && !t[j].cap && demonym(&t[*first]))
        return i; /* "Russian troops": an adjective, not a name */
    while (j + 1 < n && (is(&t[j], "of") || is(&t[j], "for"))) {
        size_t k = j + 1;
        if (k < n && is(&t[k], "the")) k++;
        if (k >= n || !t[k].cap) break;
        while (k < n && t[k].cap) j = ++k;
    }
    return j;
}

/* Capitalised names joined by "and" or "," from i: "Serbia, Kosovo and
 * Montenegro". A comma list must end with "and" to be a list. */
static void add_names(struct found *f, const struct tok *t, size_t n, size_t i) {
    size_t spans[TARGETS_MAX][2], k = 0;
    int commas = 0, ended_and = 0;
    while (k < TARGETS_MAX) {
        size_t first, end = name_at(t, n, i, &first);
        if (end == i) break;
        spans[k][0] = first, spans[k][1] = end, k++;
        int comma = end < n && t[end].len == 1 && t[end].p[0] == ',';
        size_t next = end + (size_t)comma;
        ended_and = next < n && is(&t[next], "and");
        if (ended_and) next++;
        else if (!comma) break;
        commas += comma;
        i = next;
    }
    if (commas && !ended_and) k = k ? 1 : 0; /* "condemned Russia, Lavrov said": one name */
    for (size_t s = 0; s < k; s++) add_span(f, t, spans[s][0], spans[s][1]);
}

/* The to-span after a TO cue at i: everything up to "to", at most 12
 * tokens, only words and commas. */
static void to_span(struct found *f, const struct tok *t, size_t n, size_t i) {
    if (i < n && is(&t[i], "that")) {
        add_names(f, t, n, i + 1);
        return;
    }
    if (i >= n || is_any(&t[i], not_addressee)) return;
    for (size_t j = i; j < n && j < i + 13; j++) {
        if (is(&t[j], "to")) {
            /* "told them not to ...": the addressee ends before "not" */
            add_list(f, t, i, j > i && is(&t[j - 1], "not") ? j - 1 : j);
            return;
        }
        if (!t[j].word && !(t[j].len == 1 && t[j].p[0] == ',')) return;
        if (is_any(&t[j], clause_words)) return;
    }
}

/* The cue verbs, distinct and sorted, made from the table once. */
static const char *verbs[sizeof cues / sizeof *cues];
static size_t nverbs;
static pthread_once_t verbs_once = PTHREAD_ONCE_INIT;

static int by_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static size_t verb_min = (size_t)-1, verb_max; /* their shortest and longest */
/* the letters they start with, and their last letters (bit c - 'a'): most
 * words of a sentence are turned away by these two tests, before any
 * string comparison */
static uint32_t verb_first, verb_last;

static void make_verbs(void) {
    for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
        size_t v = 0, l = strlen(cues[c].verb);
        while (v < nverbs && strcmp(verbs[v], cues[c].verb) != 0) v++;
        if (v == nverbs) verbs[nverbs++] = cues[c].verb;
        if (l < verb_min) verb_min = l;
        if (l > verb_max) verb_max = l;
        verb_first |= UINT32_C(1) << (cues[c].verb[0] - 'a');
        verb_last |= UINT32_C(1) << (cues[c].verb[l - 1] - 'a');
    }
    qsort(verbs, nverbs, sizeof *verbs, by_str);
}

/* Is p[0..len), in any case, one of the cue verbs? */
static int cue_verb(const char *p, size_t len) {
    pthread_once(&verbs_once, make_verbs);
    char w[32];
    if (len < verb_min || len > verb_max || len >= sizeof w) return 0;
    unsigned f = (unsigned char)(p[0] | 0x20) - 'a', l = (unsigned char)(p[len - 1] | 0x20) - 'a';
    if (f > 25 || l > 25 || !(verb_first >> f & 1) || !(verb_last >> l & 1)) return 0;
    for (size_t k = 0; k < len; k++) w[k] = p[k] >= 'A' && p[k] <= 'Z' ? (char)(p[k] - 'A' + 'a') : p[k];
    w[len] = '\0';
    const char *key = w;
    return bsearch(&key, verbs, nverbs, sizeof *verbs, by_str) != NULL;
}

/* Can s hold a cue at all? Only when one of its words (ASCII letters and
 * digits, any case) is a cue verb: most sentences have none and are not
 * tokenized. */
static int maybe_cue(const char *s, size_t len) {
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && ascii_alnum((unsigned char)s[j])) j++;
        if (j > i && cue_verb(s + i, j - i)) return 1;
        i = j > i ? j : i + 1;
    }
    return 0;
}

size_t targets_find(const char *s, size_t len, const struct actors *dict, char **out) {
    if (!maybe_cue(s, len)) return 0;
    struct tok t[TOKS_MAX];
    size_t n = tokenize(s, len, t);
    struct found f = {out, 0, dict};
    for (size_t i = 0; i < n; i++) {
        if (!t[i].word || !cue_verb(t[i].p, t[i].len)) continue;
        for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
            const struct cue *q = &cues[c];
            if (!is(&t[i], q->verb)) continue;
            size_t j = i + 1;
            if (q->particle) {
                if (j >= n || !is(&t[j], q->particle)) continue;
                j++;
            }
            switch (q->shape) {
            case TO: to_span(&f, t, n, j); break;
            case THAT: add_names(&f, t, n, j); break;
            case NAME:
                if (j < n && !is(&t[j], "that")) add_names(&f, t, n, j);
                break;
            case ABOUT:
                if (j < n && is_any(&t[j], prepositions_about)) add_names(&f, t, n, j + 1);
                break;
            }
            break;
        }
    }
    return f.n;
}
