/* test_vocab_features.c -- unit tests of the vocabulary (lib/vocab.h) and tf-idf features (lib/features.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/err.h"
#include "../../lib/features.h"
#include "../../lib/vocab.h"

static void assert_near(double got, double want, double eps) {
    if (!(fabs(got - want) <= eps)) fail_msg("%.17g != %.17g (eps %g)", got, want, eps);
}

/* The terms of text held as h under o, joined by '|'. Caller frees. */
static char *terms_held(const char *text, enum feat_holder h, const struct feat_opts *o) {
    struct feat_terms t = {0};
    struct buf b = BUF_INIT;
    feat_terms(text, strlen(text), h, o, &t);
    for (size_t i = 0; i < t.n; i++) {
        if (i) buf_addc(&b, '|');
        buf_adds(&b, t.v[i]);
    }
    feat_terms_free(&t);
    return buf_detach(&b);
}

static char *terms_of(const char *text, const struct feat_opts *o) {
    return terms_held(text, FEAT_HELD_ACTOR, o);
}

#define ASSERT_TERMS(text, opts, want)                                                       \
    do {                                                                                     \
        char *got_ = terms_of(text, opts);                                                   \
        assert_string_equal(got_, want);                                                     \
        free(got_);                                                                          \
    } while (0)

/* A vocabulary from documents given as feature texts. */
static struct vocab *vocab_of(const char *const *docs, size_t n, const struct feat_opts *o) {
    struct vocab *v = vocab_new();
    struct feat_terms t = {0};
    for (size_t i = 0; i < n; i++) {
        feat_terms(docs[i], strlen(docs[i]), FEAT_HELD_ACTOR, o, &t);
        vocab_count_doc(v, t.v, t.n);
    }
    feat_terms_free(&t);
    vocab_finish(v, o->min_df);
    return v;
}

/* A vocabulary from documents given as term lists: "a b a" counts a and b. */
static struct vocab *vocab_words(const char *const *docs, size_t n, long min_df) {
    struct vocab *v = vocab_new();
    for (size_t i = 0; i < n; i++) {
        char *copy = strdup(docs[i]);
        char *terms[16];
        size_t k = 0;
        for (char *p = copy, *sp; k < 16; p = sp + 1) {
            terms[k++] = p;
            if (!(sp = strchr(p, ' '))) break;
            *sp = '\0';
        }
        vocab_count_doc(v, terms, k);
        free(copy);
    }
    vocab_finish(v, min_df);
    return v;
}

static void test_terms_unigrams_and_bigrams(void **state) {
    (void)state;
    struct feat_opts o = {.ngram_max = 2, .min_df = 2, .sublinear = 1, .stem = 0};
    ASSERT_TERMS("Do they agree? Yes, they do!", &o,
                 "do|they|agree|?|yes|they|do|!"
                 "|do they|they agree|agree ?|? yes|yes they|they do|do !");
    ASSERT_TERMS("Russia's 1,189 troops.", &o,
                 "russia|'s|<num>|troops|russia 's|'s <num>|<num> troops");
    o.ngram_max = 1;
    ASSERT_TERMS("Do they agree? Yes, they do!", &o, "do|they|agree|?|yes|they|do|!");
    /* punctuation other than ? and ! is dropped, including quotes and dots */
    ASSERT_TERMS("\"Peace\" (now) -- ... ;", &o, "peace|now");
    ASSERT_TERMS("", &o, "");
    ASSERT_TERMS("?!", &o, "?|!");
}

static void test_terms_stemmed(void **state) {
    (void)state;
    struct feat_opts o = FEAT_OPTS_DEFAULT;
    assert_int_equal(o.ngram_max, 2);
    assert_int_equal(o.min_df, 2);
    assert_int_equal(o.sublinear, 1);
    assert_int_equal(o.stem, 1);
    assert_int_equal(o.cues, CUES_LATEST);
    /* names masked (CV: 0.627 -> 0.631); who holds it (debates transfer
     * 0.483 -> 0.502) */
    assert_int_equal(o.extra, FEAT_MASK | FEAT_HOLDER);
    /* words are stemmed before the bigrams are made; clitics, numbers and
     * ? ! are left alone; the cue terms come last, one per occurrence;
     * "Russia" opens a sentence, so it is no masked name */
    ASSERT_TERMS("They demanded, demands! Russia's 1,189", &o,
                 "they|demand|demand|!|russia|'s|<num>"
                 "|they demand|demand demand|demand !|! russia|russia 's|'s <num>"
                 "|#cue:demand|#cue:demand");
    o.cues = 0;
    o.ngram_max = 1;
    ASSERT_TERMS("We urged Russia to leave", &o, "we|urg|#name|to|leav"); /* a name inside */
    o.extra = 0;
    ASSERT_TERMS("DEMANDING \xc3\x89TATS", &o, "demand|\xc3\xa9tat");
    o.stem = 0;
    ASSERT_TERMS("DEMANDING \xc3\x89TATS", &o, "demanding|\xc3\xa9tats");
}

/* The cue terms are matched on the unstemmed words: "willing to" is a
 * concession cue although its stem is "will", and "will to" is not one. */
static void test_terms_cues(void **state) {
    (void)state;
    struct feat_opts o = FEAT_OPTS_DEFAULT;
    o.ngram_max = 1, o.extra = 0;
    ASSERT_TERMS("He was Willing to talk.", &o, "he|was|will|to|talk|#cue:concession");
    ASSERT_TERMS("The will to talk.", &o, "the|will|to|talk");
    ASSERT_TERMS("They did not demand it", &o, "they|did|not|demand|it|#cue:demand:neg");
    o.stem = 0;
    ASSERT_TERMS("It wasn't agreed.", &o, "it|was|n't|agreed|#cue:agreement:neg");
    o.cues = 0;
    ASSERT_TERMS("He was willing to talk.", &o, "he|was|willing|to|talk");
}

/* The feature families, one at a time, on unstemmed unigrams: negation
 * reaches three words up to punctuation; an obligation is put on the word
 * before the modal; first person and reported speech are flagged once;
 * capitalised words inside a sentence (not the first, not "I") are names.
 * --features lists parse and print back; an unknown family is refused. */
static void test_terms_families(void **state) {
    (void)state;
    struct feat_opts o = FEAT_OPTS_DEFAULT;
    o.ngram_max = 1, o.stem = 0, o.cues = 0;
    o.extra = FEAT_NEG;
    ASSERT_TERMS("We will not withdraw our troops now, ever", &o,
                 "we|will|not|withdraw|our|troops|now|ever|!withdraw|!our|!troops");
    o.extra = FEAT_MODAL;
    ASSERT_TERMS("Russia must leave and we must stay; there must be peace", &o,
                 "russia|must|leave|and|we|must|stay|there|must|be|peace|#modal:other|#modal:self|#modal:none");
    o.extra = FEAT_PERSON;
    ASSERT_TERMS("I said we and you", &o, "i|said|we|and|you|#p:i|#p:reported|#p:we|#p:you");
    o.extra = FEAT_MASK;
    ASSERT_TERMS("Lavrov met Blinken. I told Antony", &o, "lavrov|met|#name|i|told|#name");
    struct feat_opts f = FEAT_OPTS_DEFAULT;
    assert_true(f.extra & FEAT_HOLDER);
    const char *bad = NULL;
    char out[96];
    assert_int_equal(feat_parse_families("cues,mask,neg", &f, &bad), 0);
    assert_int_equal(f.stem, 0);
    feat_format_families(&f, out, sizeof out);
    assert_string_equal(out, "cues,neg,mask");
    assert_int_equal(feat_parse_families("plain", &f, &bad), 0);
    assert_true(!f.stem && !f.cues && !f.sublinear && !f.extra);
    feat_format_families(&f, out, sizeof out);
    assert_string_equal(out, "none");
    assert_int_equal(feat_parse_families("stem,colour", &f, &bad), -1);
    assert_non_null(bad);
}

/* holder: a term for the narrator's and for joint statements, none for
 * one actor's, nothing at all with the family off */
static void test_terms_holder(void **state) {
    (void)state;
    struct feat_opts o = FEAT_OPTS_DEFAULT;
    o.ngram_max = 1, o.stem = 0, o.cues = 0, o.extra = FEAT_HOLDER;
    const struct {
        enum feat_holder h;
        const char *want;
    } cases[] = {{FEAT_HELD_ACTOR, "troops|withdrew"},
                 {FEAT_HELD_NARRATOR, "troops|withdrew|#held:narrator"},
                 {FEAT_HELD_JOINT, "troops|withdrew|#held:joint"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = terms_held("Troops withdrew", cases[i].h, &o);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
    o.extra = 0;
    char *got = terms_held("Troops withdrew", FEAT_HELD_NARRATOR, &o);
    assert_string_equal(got, "troops|withdrew");
    free(got);
    /* the actor strings of the corpus and the statement formats */
    assert_int_equal(feat_holder_of("narrator"), FEAT_HELD_NARRATOR);
    assert_int_equal(feat_holder_of("Emmanuel Macron; Olaf Scholz"), FEAT_HELD_JOINT);
    assert_int_equal(feat_holder_of("Emmanuel Macron"), FEAT_HELD_ACTOR);
    assert_int_equal(feat_holder_of("Narrator Smith"), FEAT_HELD_ACTOR);
    assert_int_equal(feat_holder_of(NULL), FEAT_HELD_ACTOR);
    struct feat_opts f = FEAT_OPTS_DEFAULT;
    const char *bad = NULL;
    char out[96];
    assert_int_equal(feat_parse_families("stem,holder", &f, &bad), 0);
    feat_format_families(&f, out, sizeof out);
    assert_string_equal(out, "stem,holder");
}

static void test_terms_reset_on_each_call(void **state) {
    (void)state;
    struct feat_opts o = FEAT_OPTS_DEFAULT;
    struct feat_terms t = {0};
    feat_terms("one two three", 13, FEAT_HELD_ACTOR, &o, &t);
    assert_int_equal(t.n, 5);
    feat_terms("four", 4, FEAT_HELD_ACTOR, &o, &t);
    assert_int_equal(t.n, 1);
    assert_string_equal(t.v[0], "four");
    /* the length bounds the text */
    feat_terms("alpha beta", 5, FEAT_HELD_ACTOR, &o, &t);
    assert_int_equal(t.n, 1);
    assert_string_equal(t.v[0], "alpha");
    feat_terms_free(&t);
    assert_null(t.v);
    assert_int_equal(t.n, 0);
}

static void test_vocab_min_df_and_idf(void **state) {
    (void)state;
    static const char *const docs[] = {"a b a", "a c", "b a d", "e"};
    struct vocab *v = vocab_words(docs, 4, 2);
    assert_int_equal(vocab_ndocs(v), 4);
    assert_int_equal(vocab_size(v), 2); /* c, d, e seen once: pruned */
    assert_string_equal(vocab_term(v, 1), "a");
    assert_int_equal(vocab_df(v, 1), 3); /* "a" twice in one document counts once */
    assert_string_equal(vocab_term(v, 2), "b");
    assert_int_equal(vocab_df(v, 2), 2);
    assert_near(vocab_idf(v, 1), log(5.0 / 4.0) + 1.0, 1e-15);
    assert_near(vocab_idf(v, 2), log(5.0 / 3.0) + 1.0, 1e-15);
    assert_int_equal(vocab_id(v, "a", 1), 1);
    assert_int_equal(vocab_id(v, "b", 1), 2);
    assert_int_equal(vocab_id(v, "c", 1), 0);
    assert_int_equal(vocab_id(v, "ab", 1), 1); /* only len bytes are looked up */
    assert_int_equal(vocab_id(v, "ab", 2), 0);
    vocab_free(v);

    v = vocab_words(docs, 4, 1);
    assert_int_equal(vocab_size(v), 5);
    assert_near(vocab_idf(v, vocab_id(v, "e", 1)), log(5.0 / 2.0) + 1.0, 1e-15);
    vocab_free(v);
    vocab_free(NULL);
}

static void test_vocab_id_order(void **state) {
    (void)state;
    /* b in three documents; the rest in two, ordered by bytes (unsigned,
     * shorter prefix first); ids do not depend on the order of first sight */
    static const char *const docs[] = {"zeta \xc3\xa9t alpha abc ab b", "b ab abc alpha zeta \xc3\xa9t",
                                       "b Z"};
    struct vocab *v = vocab_words(docs, 3, 2);
    assert_int_equal(vocab_size(v), 6);
    static const char *const want[] = {"b", "ab", "abc", "alpha", "zeta", "\xc3\xa9t"};
    for (size_t i = 0; i < 6; i++) {
        assert_string_equal(vocab_term(v, i + 1), want[i]);
        assert_int_equal(vocab_id(v, want[i], strlen(want[i])), i + 1);
    }
    assert_int_equal(vocab_id(v, "Z", 1), 0);
    vocab_free(v);

    static const char *const reordered[] = {"b Z", "\xc3\xa9t b zeta ab alpha abc",
                                            "abc ab alpha b \xc3\xa9t zeta"};
    v = vocab_words(reordered, 3, 2);
    for (size_t i = 0; i < 6; i++) assert_string_equal(vocab_term(v, i + 1), want[i]);
    vocab_free(v);
}

static void test_vector_weights(void **state) {
    (void)state;
    struct feat_opts o = {.ngram_max = 1, .min_df = 1, .sublinear = 1, .stem = 0};
    static const char *const docs[] = {"peace talks", "peace now", "war"};
    struct vocab *v = vocab_of(docs, 3, &o);
    /* ids: peace (df 2), then now, talks, war (df 1) */
    assert_int_equal(vocab_id(v, "peace", 5), 1);
    assert_int_equal(vocab_id(v, "now", 3), 2);
    assert_int_equal(vocab_id(v, "talks", 5), 3);
    assert_int_equal(vocab_id(v, "war", 3), 4);
    double idf_peace = log(4.0 / 3.0) + 1.0, idf_rare = log(4.0 / 2.0) + 1.0;

    struct feat_terms scratch = {0};
    struct feat_vec x = {0};
    const char *text = "Talks, peace and PEACE!";
    feat_vector(v, &o, text, strlen(text), FEAT_HELD_ACTOR, &scratch, &x);
    /* "and" and "!" are unknown and ignored; ids ascending */
    assert_int_equal(x.n, 2);
    assert_int_equal(x.id[0], 1);
    assert_int_equal(x.id[1], 3);
    double wp = (1.0 + log(2.0)) * idf_peace, wt = 1.0 * idf_rare;
    double norm = sqrt(wp * wp + wt * wt);
    assert_near(x.val[0], wp / norm, 1e-12);
    assert_near(x.val[1], wt / norm, 1e-12);
    assert_near(x.val[0] * x.val[0] + x.val[1] * x.val[1], 1.0, 1e-12);

    /* without sublinear tf the count is used as is */
    o.sublinear = 0;
    feat_vector(v, &o, text, strlen(text), FEAT_HELD_ACTOR, &scratch, &x);
    assert_int_equal(x.n, 2);
    wp = 2.0 * idf_peace;
    norm = sqrt(wp * wp + wt * wt);
    assert_near(x.val[0], wp / norm, 1e-12);
    assert_near(x.val[1], wt / norm, 1e-12);

    /* only unknown terms: an empty vector */
    feat_vector(v, &o, "nothing known here", 18, FEAT_HELD_ACTOR, &scratch, &x);
    assert_int_equal(x.n, 0);
    /* one known term: weight 1 */
    feat_vector(v, &o, "war war war", 11, FEAT_HELD_ACTOR, &scratch, &x);
    assert_int_equal(x.n, 1);
    assert_int_equal(x.id[0], 4);
    assert_near(x.val[0], 1.0, 1e-15);
    feat_vec_free(&x);
    feat_terms_free(&scratch);
    vocab_free(v);
}

static void test_vector_bigrams_sorted(void **state) {
    (void)state;
    struct feat_opts o = {.ngram_max = 2, .min_df = 1, .sublinear = 1, .stem = 0};
    static const char *const docs[] = {"we demand peace", "we want peace now"};
    struct vocab *v = vocab_of(docs, 2, &o);
    struct feat_terms scratch = {0};
    struct feat_vec x = {0};
    feat_vector(v, &o, "peace now we demand", 19, FEAT_HELD_ACTOR, &scratch, &x);
    /* peace, now, we, demand, "peace now", "we demand" are known; "now we" is not */
    assert_int_equal(x.n, 6);
    double sum = 0;
    for (size_t i = 0; i < x.n; i++) {
        if (i) assert_true(x.id[i - 1] < x.id[i]);
        assert_true(x.id[i] >= 1 && x.id[i] <= vocab_size(v));
        sum += x.val[i] * x.val[i];
    }
    assert_near(sum, 1.0, 1e-12);
    assert_true(vocab_id(v, "peace now", 9) != 0);
    assert_int_equal(vocab_id(v, "now we", 6), 0);
    feat_vec_free(&x);
    feat_terms_free(&scratch);
    vocab_free(v);
}

static void test_vocab_write_read_round_trip(void **state) {
    (void)state;
    struct feat_opts o = {.ngram_max = 2, .min_df = 1, .sublinear = 1, .stem = 0};
    static const char *const docs[] = {"We demand the withdrawal of troops.",
                                       "We are concerned about the troops!",
                                       "\xc3\x89TAT: is it agreed?", "1,189 troops"};
    struct vocab *v = vocab_of(docs, 4, &o);
    struct err e = ERR_INIT;
    FILE *f = tmpfile();
    assert_non_null(f);
    assert_int_equal(vocab_write(v, f, &e), 0);
    rewind(f);
    struct vocab *r = vocab_read(f, "vocab", &e);
    assert_non_null(r);
    assert_int_equal(e.kind, ERR_NONE);
    assert_int_equal(vocab_size(r), vocab_size(v));
    assert_int_equal(vocab_ndocs(r), 4);
    for (size_t id = 1; id <= vocab_size(v); id++) {
        assert_string_equal(vocab_term(r, id), vocab_term(v, id));
        assert_int_equal(vocab_df(r, id), vocab_df(v, id));
        assert_true(vocab_idf(r, id) == vocab_idf(v, id)); /* bit for bit */
        const char *t = vocab_term(v, id);
        assert_int_equal(vocab_id(r, t, strlen(t)), id);
    }
    /* writing what was read gives the same bytes */
    FILE *g = tmpfile();
    assert_non_null(g);
    assert_int_equal(vocab_write(r, g, &e), 0);
    long n1 = ftell(f), n2 = ftell(g);
    assert_true(n1 > 0);
    assert_int_equal(n1, n2);
    rewind(f);
    rewind(g);
    char *b1 = malloc((size_t)n1), *b2 = malloc((size_t)n2);
    assert_int_equal(fread(b1, 1, (size_t)n1, f), (size_t)n1);
    assert_int_equal(fread(b2, 1, (size_t)n2, g), (size_t)n2);
    assert_memory_equal(b1, b2, (size_t)n1);
    assert_memory_equal(b1, "ndocs 4\n", 8);
    free(b1);
    free(b2);
    fclose(f);
    fclose(g);
    vocab_free(r);
    vocab_free(v);
}

/* vocab_read on content s must fail with ERR_DATA and message msg. */
static void check_read_error(const char *s, const char *msg) {
    FILE *f = fmemopen((char *)s, strlen(s), "r");
    assert_non_null(f);
    struct err e = ERR_INIT;
    struct vocab *v = vocab_read(f, "models/x/vocab", &e);
    fclose(f);
    assert_null(v);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
}

static void test_vocab_read_errors(void **state) {
    (void)state;
    check_read_error("", "models/x/vocab: empty vocabulary file");
    check_read_error("ndocs 3", "models/x/vocab:1: truncated line");
    check_read_error("ndoc 3\n", "models/x/vocab:1: malformed vocabulary line");
    check_read_error("ndocs 3x\n", "models/x/vocab:1: malformed vocabulary line");
    check_read_error("ndocs \n", "models/x/vocab:1: malformed vocabulary line");
    check_read_error("ndocs 3\n2\t1.5\tab\n1\t1.7\tcd", "models/x/vocab:3: truncated line");
    check_read_error("ndocs 3\n2\t1.5\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\n2\t1.5\t\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\nx\t1.5\tab\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\n0\t1.5\tab\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\n2\tnan\tab\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\n2\t1.5x\tab\n", "models/x/vocab:2: malformed vocabulary line");
    check_read_error("ndocs 3\n2\t1.5\tab\n1\t1.7\tab\n",
                     "models/x/vocab:3: duplicate term 'ab'");

    /* a header alone is an empty, valid vocabulary */
    FILE *f = fmemopen((char *)"ndocs 7\n", 8, "r");
    struct err e = ERR_INIT;
    struct vocab *v = vocab_read(f, "v", &e);
    fclose(f);
    assert_non_null(v);
    assert_int_equal(vocab_size(v), 0);
    assert_int_equal(vocab_ndocs(v), 7);
    assert_int_equal(vocab_id(v, "a", 1), 0);
    vocab_free(v);
}

static void test_vocab_read_negative_ndocs(void **state) {
    (void)state;
    /* Regression (fixed): the header's document count is parsed with strtoull, which
     * accepts a minus sign: "ndocs -1\n" is read as a valid vocabulary with
     * vocab_ndocs() == 18446744073709551615 instead of failing as a
     * malformed line 1. */
    check_read_error("ndocs -1\n", "models/x/vocab:1: malformed vocabulary line");
}

/* The texts of corpus/data/FILE (every third row), into *texts. */
static size_t corpus_texts(const char *file, char ***texts, size_t n) {
    char path[256];
    snprintf(path, sizeof path, "corpus/data/%s", file);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[65536];
    for (size_t row = 0; fgets(line, sizeof line, f); row++) {
        char *c = line;
        for (int k = 0; k < 4 && c; k++) c = strchr(c, '\t') ? strchr(c, '\t') + 1 : NULL;
        if (!row || !c || row % 3) continue;
        c[strcspn(c, "\t\n")] = '\0';
        *texts = realloc(*texts, (n + 1) * sizeof **texts);
        (*texts)[n++] = strdup(c);
    }
    fclose(f);
    return n;
}

/* feat_vector's direct path (word ids cached, n-grams by vocab_extend)
 * gives exactly the vector of the term strings, on real statements, for
 * the families it serves and those it hands to the strings, with one
 * scratch reused across vocabularies (its word ids belong to one). */
static void test_vector_direct_equals_terms(void **state) {
    (void)state;
    char **texts = NULL;
    size_t n = corpus_texts("unsc.tsv", &texts, 0);
    n = corpus_texts("news.tsv", &texts, n);
    assert_true(n > 1000);
    struct feat_opts sets[7];
    for (int k = 0; k < 7; k++) sets[k] = (struct feat_opts)FEAT_OPTS_DEFAULT;
    sets[1].ngram_max = 1;
    sets[2].ngram_max = 3;
    sets[3].extra = FEAT_HOLDER; /* no mask */
    sets[4].stem = 0, sets[4].cues = 0, sets[4].sublinear = 0, sets[4].extra = 0; /* plain */
    sets[5].extra |= FEAT_NEG | FEAT_MODAL; /* the strings' path */
    sets[6].min_df = 1;
    struct feat_terms scratch = {0}, fresh = {0};
    struct feat_vec a = {0}, b = {0};
    const enum feat_holder held[3] = {FEAT_HELD_ACTOR, FEAT_HELD_NARRATOR, FEAT_HELD_JOINT};
    size_t compared = 0;
    for (int k = 0; k < 7; k++) {
        /* a vocabulary from the first half, vectors of all */
        struct vocab *v = vocab_of((const char *const *)texts, n / 2, &sets[k]);
        for (size_t i = 0; i < n; i++) {
            enum feat_holder h = held[i % 3];
            feat_vector(v, &sets[k], texts[i], strlen(texts[i]), h, &scratch, &a);
            feat_vector_terms(v, &sets[k], texts[i], strlen(texts[i]), h, &fresh, &b);
            assert_int_equal(a.n, b.n);
            for (size_t j = 0; j < a.n; j++) {
                assert_int_equal(a.id[j], b.id[j]);
                assert_true(a.val[j] == b.val[j]);
            }
            compared += a.n;
        }
        vocab_free(v);
    }
    assert_true(compared > 100000);
    feat_vec_free(&a);
    feat_vec_free(&b);
    feat_terms_free(&scratch);
    feat_terms_free(&fresh);
    for (size_t i = 0; i < n; i++) free(texts[i]);
    free(texts);
}

/* vocab_extend finds an n-gram from its parts' ids, and only one the
 * vocabulary has. */
static void test_vocab_extend(void **state) {
    (void)state;
    /* the n-grams given as terms, as feat_terms makes them */
    struct vocab *w = vocab_new();
    char *d1[] = {"a", "b", "c", "a b", "b c", "a b c"};
    char *d2[] = {"a", "b", "a b"};
    vocab_count_doc(w, d1, 6);
    vocab_count_doc(w, d2, 3);
    vocab_finish(w, 1);
    size_t a = vocab_id(w, "a", 1), b = vocab_id(w, "b", 1), c = vocab_id(w, "c", 1);
    size_t ab = vocab_id(w, "a b", 3), bc = vocab_id(w, "b c", 3), abc = vocab_id(w, "a b c", 5);
    assert_true(a && b && c && ab && bc && abc);
    assert_int_equal(vocab_extend(w, a, b), ab);
    assert_int_equal(vocab_extend(w, b, c), bc);
    assert_int_equal(vocab_extend(w, ab, c), abc);
    assert_int_equal(vocab_extend(w, b, a), 0); /* "b a" is not in it */
    assert_int_equal(vocab_extend(w, a, c), 0);
    assert_int_equal(vocab_extend(w, 0, c), 0);
    struct vocab *w2 = vocab_new();
    vocab_count_doc(w2, d2, 3);
    vocab_finish(w2, 1);
    assert_true(vocab_serial(w2) != vocab_serial(w));
    vocab_free(w);
    vocab_free(w2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_terms_unigrams_and_bigrams),
        cmocka_unit_test(test_terms_stemmed),
        cmocka_unit_test(test_terms_cues),
        cmocka_unit_test(test_terms_families),
        cmocka_unit_test(test_terms_holder),
        cmocka_unit_test(test_terms_reset_on_each_call),
        cmocka_unit_test(test_vocab_min_df_and_idf),
        cmocka_unit_test(test_vocab_id_order),
        cmocka_unit_test(test_vector_weights),
        cmocka_unit_test(test_vector_bigrams_sorted),
        cmocka_unit_test(test_vocab_write_read_round_trip),
        cmocka_unit_test(test_vocab_read_errors),
        cmocka_unit_test(test_vocab_read_negative_ndocs),
        cmocka_unit_test(test_vector_direct_equals_terms),
        cmocka_unit_test(test_vocab_extend),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
