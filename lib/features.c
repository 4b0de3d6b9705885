/* features.c -- n-gram tf-idf vectors (see features.h). */
#include "features.h"
#include "buf.h"
#include "cues.h"
#include "mem.h"
#include "token.h"
#include "vocab.h"
#include <libstemmer.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every string of a text's terms and negations sits in one arena
 * (t->arena, NUL after each), its words in another (t->warena, read by the
 * cues while terms are added); the lists hold offsets while an arena grows
 * and get their pointers once it is done (fix_pointers): no allocation
 * per term. */
static size_t arena_add(struct buf *arena, const char *s, size_t len) {
    size_t at = arena->len;
    buf_add(arena, s, len);
    buf_add(arena, "", 1); /* the NUL that ends the string */
    return at;
}

/* Records offset at in list v (as a pointer-sized offset until
 * fix_pointers). */
static void push_off(char ***v, size_t *n, size_t *cap, size_t at) {
    ALLOC_GROW(*v, *n + 1, *cap);
    (*v)[(*n)++] = (char *)(uintptr_t)at;
}

static void fix_pointers(struct buf *arena, char **v, size_t n) {
    for (size_t i = 0; i < n; i++) v[i] = arena->p + (uintptr_t)v[i];
}

static void push_term(struct feat_terms *t, const char *s, size_t len) {
    push_off(&t->v, &t->n, &t->cap, arena_add(&t->arena, s, len));
}

/* Term i while t->v holds offsets. */
static const char *term_at(struct feat_terms *t, size_t i) {
    return t->arena.p + (uintptr_t)t->v[i];
}

static void emit_cue(const char *term, void *t) { push_term(t, term, strlen(term)); }

static void clear_terms(struct feat_terms *t) {
    buf_reset(&t->arena);
    buf_reset(&t->warena);
    t->n = t->wn = t->nneg = 0;
}

/* Records word (normalised) in the scratch list with its name flag. */
static void push_word(struct feat_terms *t, const char *word, size_t len, int name) {
    ALLOC_GROW(t->wname, t->wn + 1, t->wncap);
    t->wname[t->wn] = (unsigned char)name;
    push_off(&t->w, &t->wn, &t->wcap, arena_add(&t->warena, word, len));
}

static int word_is(const char *w, const char *const *list) {
    for (; *list; list++)
        if (strcmp(w, *list) == 0) return 1;
    return 0;
}

static const char *const negators[] = {"not", "no", "never", "n't", "without", "nor", "cannot", NULL};

/* A word written with a capital that does not open a sentence: a name
 * ("Russia", "Lavrov"), not "I". */
static int looks_like_name(const struct tok *tk, int opens) {
    if (opens || tk->kind != TOK_WORD || !tk->len) return 0;
    unsigned char c = (unsigned char)tk->p[0];
    if (tk->len == 1 && c == 'I') return 0;
    /* ASCII capitals, and the capitals of Latin-1 and Latin Extended-A
     * (2-byte UTF-8 lead C3/C4/C5): "Érdogan" too */
    return (c >= 'A' && c <= 'Z') || ((c == 0xc3 || c == 0xc4 || c == 0xc5) && tk->len > 1 &&
                                      (unsigned char)tk->p[1] < 0x9f);
}

/* modal and person: terms read from the sequence of normalised words */
static void word_families(const struct feat_opts *o, struct feat_terms *t) {
    static const char *const modals[] = {"must", "should", "ought", NULL};
    static const char *const self[] = {"we", "i", NULL};
    static const char *const impersonal[] = {"there", "it", "this", "that", NULL};
    static const char *const first_i[] = {"i", "me", "my", "mine", NULL};
    static const char *const first_we[] = {"we", "us", "our", "ours", NULL};
    static const char *const second[] = {"you", "your", "yours", NULL};
    static const char *const reporting[] = {"said", "says", "say", "told", "tells", "added",
                                            "stated", "states", "according", "noted", "stressed",
                                            "emphasized", "emphasised", "reported", NULL};
    int seen[4] = {0};
    for (size_t i = 0; i < t->wn; i++) {
        const char *w = t->w[i];
        if (o->extra & FEAT_MODAL) {
            int modal = word_is(w, modals) ||
                        ((!strcmp(w, "need") || !strcmp(w, "needs") || !strcmp(w, "have") ||
                          !strcmp(w, "has")) && i + 1 < t->wn && !strcmp(t->w[i + 1], "to"));
            if (modal && i > 0 && t->w[i - 1][0]) {
                const char *s = t->w[i - 1];
                const char *term = word_is(s, self) ? "#modal:self"
                                   : word_is(s, impersonal) ? "#modal:none" : "#modal:other";
                push_term(t, term, strlen(term));
            }
        }
        if (o->extra & FEAT_PERSON) {
            if (!seen[0] && word_is(w, first_i)) seen[0] = 1, push_term(t, "#p:i", 4);
            if (!seen[1] && word_is(w, first_we)) seen[1] = 1, push_term(t, "#p:we", 5);
            if (!seen[2] && word_is(w, second)) seen[2] = 1, push_term(t, "#p:you", 6);
            if (!seen[3] && word_is(w, reporting)) seen[3] = 1, push_term(t, "#p:reported", 11);
        }
    }
}

/* The Snowball stem of word[0..len), from the cache of stems (made now
 * when the word is new; valid until the next call); NULL when no stemmer
 * can be made or stemming fails (out of memory: the word then goes
 * unstemmed). */
static const char *cached_stem(struct feat_terms *t, const char *word, size_t len) {
    size_t *at = strmap_get(&t->stems, word, len);
    if (at) return t->stem_v[*at];
    if (!t->stemmer && !(t->stemmer = sb_stemmer_new("english", "UTF_8"))) return NULL;
    const sb_symbol *r = sb_stemmer_stem(t->stemmer, (const sb_symbol *)word, (int)len);
    if (!r) return NULL;
    char *stem = xstrndup((const char *)r, (size_t)sb_stemmer_length(t->stemmer));
    if (t->nstem == STEM_CACHE_MAX) { /* bounded: start again */
        strmap_clear(&t->stems);
        for (size_t i = 0; i < t->nstem; i++) free(t->stem_v[i]);
        t->nstem = 0;
    }
    int added;
    *strmap_put(&t->stems, word, len, &added) = t->nstem;
    ALLOC_GROW(t->stem_v, t->nstem + 1, t->capstem);
    t->stem_v[t->nstem++] = stem;
    return stem;
}

/* The walk over a text's tokens that both ways to its terms share:
 * punctuation ends a cue phrase (an empty word in t->w, when words are
 * kept) and may open a sentence; each token that makes a term (words,
 * numbers, and "?" and "!", which carry questions and exclamations) comes
 * back normalised in b, with whether it looks like a name and whether
 * punctuation came since the last one (*broke). */
struct walk {
    struct tok_iter it;
    int opens; /* the next word opens the text or a sentence */
    int words; /* keep the normalised words in t->w (for the cues) */
};

static int walk_next(struct walk *w, struct feat_terms *t, struct tok *tk, struct buf *b,
                     int *name, int *broke) {
    *broke = 0;
    while (tok_next(&w->it, tk)) {
        if (tk->kind == TOK_PUNCT) {
            /* an empty word matches nothing ("We need, to be clear") */
            if (w->words && t->wn && t->warena.p[(uintptr_t)t->w[t->wn - 1]])
                push_word(t, "", 0, 0);
            *broke = 1;
            if (*tk->p == '.' || *tk->p == '!' || *tk->p == '?' || *tk->p == ':' ||
                *tk->p == ';' || *tk->p == '"')
                w->opens = 1;
            if (!(tk->len == 1 && (*tk->p == '?' || *tk->p == '!'))) continue;
        }
        buf_reset(b);
        tok_norm(tk, b);
        *name = looks_like_name(tk, w->opens);
        if (tk->kind != TOK_PUNCT) w->opens = 0;
        if (w->words && tk->kind != TOK_PUNCT) push_word(t, buf_str(b), b->len, *name);
        return 1;
    }
    return 0;
}

/* The holder family's term for a statement held as h, or NULL (one
 * actor's makes none). */
static const char *held_term(enum feat_holder h) {
    return h == FEAT_HELD_NARRATOR ? "#held:narrator" : h == FEAT_HELD_JOINT ? "#held:joint" : NULL;
}

enum feat_holder feat_holder_of(const char *actor) {
    if (!actor) return FEAT_HELD_ACTOR;
    if (strcmp(actor, "narrator") == 0) return FEAT_HELD_NARRATOR;
    return strchr(actor, ';') ? FEAT_HELD_JOINT : FEAT_HELD_ACTOR;
}

void feat_terms(const char *text, size_t len, enum feat_holder holder, const struct feat_opts *o,
                struct feat_terms *terms) {
    clear_terms(terms);
    struct walk wk = {.opens = 1, .words = o->cues || (o->extra & (FEAT_MODAL | FEAT_PERSON))};
    struct tok tk;
    struct buf b = BUF_INIT;
    int neg_left = 0; /* words still in a negation's reach */
    int name, broke;
    /* normalised unigrams first, kept to build the n-grams */
    tok_init(&wk.it, text, len);
    while (walk_next(&wk, terms, &tk, &b, &name, &broke)) {
        if (broke) neg_left = 0; /* punctuation ends a negation's reach */
        const char *term;
        if ((o->extra & FEAT_MASK) && name) {
            term = "#name";
        } else if (o->stem && tk.kind == TOK_WORD && (term = cached_stem(terms, b.p, b.len))) {
            /* the stem (cached, or made now) */
        } else {
            term = buf_str(&b);
        }
        size_t tlen = strlen(term);
        push_term(terms, term, tlen);
        if ((o->extra & FEAT_NEG) && tk.kind != TOK_PUNCT) {
            if (word_is(buf_str(&b), negators)) {
                neg_left = 3;
            } else if (neg_left > 0) {
                neg_left--;
                /* after the n-grams are built: kept apart below */
                size_t at = terms->arena.len;
                buf_addc(&terms->arena, '!');
                buf_add(&terms->arena, term, tlen);
                buf_add(&terms->arena, "", 1);
                push_off(&terms->neg, &terms->nneg, &terms->negcap, at);
            }
        }
    }
    size_t nuni = terms->n;
    for (long n = 2; n <= o->ngram_max; n++)
        for (size_t i = 0; i + (size_t)n <= nuni; i++) {
            buf_reset(&b);
            for (long k = 0; k < n; k++) {
                if (k) buf_addc(&b, ' ');
                buf_adds(&b, term_at(terms, i + (size_t)k));
            }
            push_term(terms, b.p, b.len);
        }
    /* the negated words join as terms of their own, outside the n-grams
     * (copied out first: the arena may move as it grows) */
    for (size_t i = 0; i < terms->nneg; i++) {
        buf_reset(&b);
        buf_adds(&b, terms->arena.p + (uintptr_t)terms->neg[i]);
        push_term(terms, b.p, b.len);
    }
    terms->nneg = 0;
    fix_pointers(&terms->warena, terms->w, terms->wn);
    if (o->cues) cues_scan(o->cues, terms->w, terms->wn, emit_cue, terms);
    if (o->extra & (FEAT_MODAL | FEAT_PERSON)) word_families(o, terms);
    const char *held = (o->extra & FEAT_HOLDER) ? held_term(holder) : NULL;
    if (held) push_term(terms, held, strlen(held));
    fix_pointers(&terms->arena, terms->v, terms->n);
    buf_free(&b);
}

static const struct {
    const char *name;
    unsigned bit;
} families[] = {{"neg", FEAT_NEG}, {"modal", FEAT_MODAL}, {"person", FEAT_PERSON}, {"mask", FEAT_MASK},
               {"holder", FEAT_HOLDER}};

int feat_parse_families(const char *list, struct feat_opts *o, const char **bad) {
    if (strcmp(list, "plain") == 0) {
        o->stem = o->cues = 0;
        o->sublinear = 0;
        o->extra = 0;
        return 0;
    }
    if (strcmp(list, "default") == 0) {
        struct feat_opts d = FEAT_OPTS_DEFAULT;
        o->stem = d.stem, o->cues = d.cues, o->extra = d.extra;
        return 0;
    }
    o->stem = o->cues = 0;
    o->extra = 0;
    for (const char *p = list;;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int known = 0;
        if (n == 4 && !memcmp(p, "stem", 4)) o->stem = 1, known = 1;
        if (n == 4 && !memcmp(p, "cues", 4)) o->cues = CUES_LATEST, known = 1;
        for (size_t k = 0; k < sizeof families / sizeof *families; k++)
            if (strlen(families[k].name) == n && !memcmp(p, families[k].name, n))
                o->extra |= families[k].bit, known = 1;
        if (!known) {
            *bad = "unknown feature family (stem, cues, neg, modal, person, mask, holder, or plain or default alone)";
            return -1;
        }
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

void feat_format_families(const struct feat_opts *o, char *out, size_t size) {
    struct buf b = BUF_INIT;
    if (o->stem) buf_adds(&b, "stem");
    if (o->cues) buf_addf(&b, "%scues", b.len ? "," : "");
    for (size_t k = 0; k < sizeof families / sizeof *families; k++)
        if (o->extra & families[k].bit) buf_addf(&b, "%s%s", b.len ? "," : "", families[k].name);
    snprintf(out, size, "%s", b.len ? buf_str(&b) : "none");
    buf_free(&b);
}

void feat_terms_free(struct feat_terms *t) {
    clear_terms(t);
    buf_free(&t->arena);
    buf_free(&t->warena);
    free(t->v);
    free(t->w);
    free(t->wname);
    free(t->neg);
    t->v = t->w = t->neg = NULL;
    t->wname = NULL;
    t->cap = t->wcap = t->wncap = t->negcap = 0;
    if (t->stemmer) sb_stemmer_delete(t->stemmer);
    t->stemmer = NULL;
    strmap_free(&t->stems);
    for (size_t i = 0; i < t->nstem; i++) free(t->stem_v[i]);
    free(t->stem_v);
    t->stem_v = NULL;
    t->nstem = t->capstem = 0;
    free(t->ids);
    free(t->uni);
    free(t->gram);
    t->ids = t->uni = t->gram = NULL;
    t->idcap = t->unicap = t->gramcap = 0;
    strmap_free(&t->word_ids);
    t->ids_for = 0;
}

static int by_id(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Makes room for n ids in t->ids. */
static void ids_room(struct feat_terms *t, size_t n) { ALLOC_GROW(t->ids, n, t->idcap); }

/* The tf-idf vector of the k term ids t->ids[0..k) (in any order,
 * repeated as often as the term occurs). */
static void weigh(const struct vocab *v, const struct feat_opts *o, struct feat_terms *t, size_t k,
                  struct feat_vec *out) {
    size_t *ids = t->ids;
    /* a text has some dozens of terms: insertion sort beats qsort's calls */
    if (k > 256) {
        qsort(ids, k, sizeof *ids, by_id);
    } else {
        for (size_t i = 1; i < k; i++) {
            size_t x = ids[i], j = i;
            for (; j > 0 && ids[j - 1] > x; j--) ids[j] = ids[j - 1];
            ids[j] = x;
        }
    }
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
    if (norm > 0) {
        norm = sqrt(norm);
        for (size_t i = 0; i < out->n; i++) out->val[i] /= norm;
    }
}

void feat_vector_terms(const struct vocab *v, const struct feat_opts *o, const char *text,
                       size_t len, enum feat_holder holder, struct feat_terms *scratch,
                       struct feat_vec *out) {
    feat_terms(text, len, holder, o, scratch);
    ids_room(scratch, scratch->n);
    size_t k = 0;
    for (size_t i = 0; i < scratch->n; i++) {
        size_t id = vocab_id(v, scratch->v[i], strlen(scratch->v[i]));
        if (id) scratch->ids[k++] = id;
    }
    weigh(v, o, scratch, k, out);
}

/* The word ids cached in t are v's from now on. */
static void word_ids_for(struct feat_terms *t, const struct vocab *v) {
    if (t->ids_for == vocab_serial(v)) return;
    strmap_clear(&t->word_ids);
    t->ids_for = vocab_serial(v);
    t->name_id = vocab_id(v, "#name", 5);
    const char *n = held_term(FEAT_HELD_NARRATOR), *j = held_term(FEAT_HELD_JOINT);
    t->narrator_id = vocab_id(v, n, strlen(n));
    t->joint_id = vocab_id(v, j, strlen(j));
}

/* The unigram id of token tk, normalised to b (as feat_terms makes its
 * term: the stem of a word, else the normalised token), from the cache. */
static size_t word_id(const struct vocab *v, const struct feat_opts *o, struct feat_terms *t,
                      const struct tok *tk, struct buf *b) {
    int stemmed = o->stem && tk->kind == TOK_WORD;
    /* the key: the word, then whether it is stemmed */
    buf_addc(b, stemmed ? 's' : '-');
    size_t *at = strmap_get(&t->word_ids, b->p, b->len);
    b->p[--b->len] = '\0';
    if (at) return *at;
    const char *term = stemmed ? cached_stem(t, b->p, b->len) : NULL;
    if (!term) term = buf_str(b);
    size_t id = vocab_id(v, term, strlen(term));
    if (t->word_ids.n >= STEM_CACHE_MAX) strmap_clear(&t->word_ids); /* bounded */
    buf_addc(b, stemmed ? 's' : '-');
    int added;
    *strmap_put(&t->word_ids, b->p, b->len, &added) = id;
    b->p[--b->len] = '\0';
    return id;
}

struct cue_ids {
    const struct vocab *v;
    struct feat_terms *t;
    size_t k;
};

static void emit_cue_id(const char *term, void *p) {
    struct cue_ids *c = p;
    size_t id = vocab_id(c->v, term, strlen(term));
    if (!id) return;
    ids_room(c->t, c->k + 1);
    c->t->ids[c->k++] = id;
}

/* feat_vector's direct path (stem, cues, mask, holder): the ids of the
 * terms feat_terms would make, in t->ids; returns how many. Each word's
 * unigram id comes from a cache, its n-grams from vocab_extend: no term
 * string is built and no term looked up by its bytes but the new words. */
static size_t direct_ids(const struct vocab *v, const struct feat_opts *o, const char *text,
                         size_t len, enum feat_holder holder, struct feat_terms *t) {
    word_ids_for(t, v);
    clear_terms(t);
    struct walk wk = {.opens = 1, .words = o->cues != 0};
    struct tok tk;
    struct buf b = BUF_INIT;
    size_t nu = 0;
    int name, broke;
    tok_init(&wk.it, text, len);
    while (walk_next(&wk, t, &tk, &b, &name, &broke)) {
        ALLOC_GROW(t->uni, nu + 1, t->unicap);
        t->uni[nu++] = (o->extra & FEAT_MASK) && name ? t->name_id : word_id(v, o, t, &tk, &b);
    }
    buf_free(&b);
    size_t k = 0;
    ids_room(t, nu * (size_t)(o->ngram_max > 1 ? o->ngram_max : 1) + 4);
    for (size_t i = 0; i < nu; i++)
        if (t->uni[i]) t->ids[k++] = t->uni[i];
    /* n-grams: gram[i] is the id of the n-gram that starts at word i */
    if (o->ngram_max >= 2) {
        ALLOC_GROW(t->gram, nu, t->gramcap);
        memcpy(t->gram, t->uni, nu * sizeof *t->uni);
    }
    for (long n = 2; n <= o->ngram_max; n++)
        for (size_t i = 0; i + (size_t)n <= nu; i++)
            if ((t->gram[i] = vocab_extend(v, t->gram[i], t->uni[i + (size_t)n - 1])))
                t->ids[k++] = t->gram[i];
    if (o->cues) {
        fix_pointers(&t->warena, t->w, t->wn);
        struct cue_ids c = {v, t, k};
        cues_scan(o->cues, t->w, t->wn, emit_cue_id, &c);
        k = c.k;
    }
    size_t held = !(o->extra & FEAT_HOLDER) ? 0
                  : holder == FEAT_HELD_NARRATOR ? t->narrator_id
                  : holder == FEAT_HELD_JOINT    ? t->joint_id
                                                 : 0;
    if (held) {
        ids_room(t, k + 1);
        t->ids[k++] = held;
    }
    return k;
}

void feat_vector(const struct vocab *v, const struct feat_opts *o, const char *text,
                 size_t len, enum feat_holder holder, struct feat_terms *scratch,
                 struct feat_vec *out) {
    /* negations and the modal and person families read words in context
     * and make terms of their own: through the strings */
    if (o->extra & (FEAT_NEG | FEAT_MODAL | FEAT_PERSON)) {
        feat_vector_terms(v, o, text, len, holder, scratch, out);
        return;
    }
    weigh(v, o, scratch, direct_ids(v, o, text, len, holder, scratch), out);
}

void feat_vec_free(struct feat_vec *x) {
    free(x->id);
    free(x->val);
    x->id = NULL;
    x->val = NULL;
    x->n = x->cap = 0;
}
