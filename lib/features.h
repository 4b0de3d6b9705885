/* features.h -- statement text -> sparse tf-idf vector.
 *
 * Terms are the normalised tokens (token.h) minus punctuation (except ? and
 * !, which carry questions and exclamations), words stemmed (Snowball
 * English, from libstemmer: "demanded", "demands" -> "demand"; on the
 * corpus without the dev split it lifted 5-fold macro-F1 from 0.577 to
 * 0.592), as unigrams and, up to
 * ngram_max, space-joined n-grams. Weights: sublinear tf (1 + log tf) times
 * idf, the vector L2-normalised. With cues on, the pooled label-cue terms
 * of cues.h are added ("#cue:concession"). The settings travel in the model
 * manifest. */
#ifndef PARLEY_FEATURES_H
#define PARLEY_FEATURES_H
#include "cues.h"
#include <stddef.h>
#include "buf.h"
#include "strmap.h"

struct vocab;

/* Feature families beyond words, each a bit of feat_opts.extra:
 *   neg     the words in a negation's reach ("not", "no", "never", "n't",
 *           "without": the next three words, up to punctuation) also count
 *           as "!word": "will not withdraw" is not "will withdraw";
 *   modal   who an obligation is put on: "#modal:self" (we must), "#modal:
 *           other" (Russia must, all parties should), "#modal:none" (there
 *           must be): a demand is an obligation put on others;
 *   person  who speaks: "#p:i", "#p:we", "#p:you" for first- and second-
 *           person words, "#p:reported" for reported speech (said, told,
 *           according to);
 *   mask    capitalised words inside a sentence (names of actors and places)
 *           become "#name", so the model learns positions, not who tends
 *           to say what;
 *   holder  who holds the statement, as attribution or the input says:
 *           "#held:narrator" when no one does (the narrator tells it),
 *           "#held:joint" when several actors hold it together. A text
 *           that reports events is no one's position in a news item but
 *           a speaker's grievance in a debate: the word weights need not
 *           carry both. */
enum {
    FEAT_NEG = 1,
    FEAT_MODAL = 2,
    FEAT_PERSON = 4,
    FEAT_MASK = 8,
    FEAT_HOLDER = 16
};

/* Who holds a statement, for the holder family. */
enum feat_holder {
    FEAT_HELD_ACTOR = 0, /* one actor, or not known */
    FEAT_HELD_NARRATOR,  /* no one: the narrator's */
    FEAT_HELD_JOINT      /* several actors together */
};

/* The holder of a statement from its actor as the corpus and the statement
 * formats write it: "narrator" is the narrator's, "A; B" is joint; NULL
 * (no actor given) is one actor not named. */
enum feat_holder feat_holder_of(const char *actor);

struct feat_opts {
    long ngram_max; /* 1 or 2 (default 2) */
    long min_df;    /* terms in fewer training documents are dropped (2) */
    int sublinear;  /* 1: tf -> 1 + log tf (default 1) */
    int stem;       /* 1: words reduced to their Snowball English stem (default 1) */
    int cues;       /* the version of cues.h's list whose pooled label-cue terms
                       are added (default CUES_LATEST), 0: none */
    unsigned extra; /* FEAT_NEG | FEAT_MODAL | ...: the families above */
};

#define FEAT_OPTS_DEFAULT {2, 2, 1, 1, CUES_LATEST, FEAT_MASK | FEAT_HOLDER}

/* Parses a --features list ("stem,cues,neg,modal,person,mask,holder", any subset;
 * "plain": none of them and raw tf, plain tf-idf of words and word pairs;
 * "default": FEAT_OPTS_DEFAULT's families) into o's stem, cues, sublinear and
 * extra. Returns 0, or -1 naming the unknown family in *bad (a static
 * message). */
int feat_parse_families(const char *list, struct feat_opts *o, const char **bad);

/* The families of o as a list ("stem,cues,neg", "none"), into out (at
 * least 64 bytes): the manifest's "features" line. */
void feat_format_families(const struct feat_opts *o, char *out, size_t size);

/* The terms of a text, as a list of NUL-terminated strings. Also carries
 * the stemmer, created on first use, so that reusing one feat_terms across
 * many texts pays for it once. */
struct feat_terms {
    char **v; /* into arena: valid until the next feat_terms call */
    size_t n, cap;
    struct buf arena, warena; /* the strings of v and neg, of w */
    char **w; /* scratch: the normalised, unstemmed words, for the cues */
    size_t wn, wcap;
    unsigned char *wname; /* scratch: w[i] was capitalised inside a sentence */
    size_t wncap;
    char **neg; /* scratch: the "!word" terms of negations */
    size_t nneg, negcap;
    struct sb_stemmer *stemmer;
    /* the stems of words seen before (word -> index into stem_v): most
     * words of a text have been stemmed before; at most STEM_CACHE_MAX */
    struct strmap stems;
    char **stem_v;
    size_t nstem, capstem;
    /* feat_vector's scratch: the ids of a text's terms, its words'
     * unigram ids and n-gram ids */
    size_t *ids, *uni, *gram;
    size_t idcap, unicap, gramcap;
    /* the unigram id of each word seen before (normalised word and
     * whether it is stemmed -> id, 0 when the vocabulary lacks it), for
     * the vocabulary whose vocab_serial is ids_for; at most
     * STEM_CACHE_MAX */
    struct strmap word_ids;
    unsigned long ids_for;
    size_t name_id, narrator_id, joint_id; /* "#name", "#held:..." there */
};

#define STEM_CACHE_MAX 100000

/* Fills terms (caller zero-initialises; reset on each call) with the terms
 * of text[0..len), held as holder says. */
void feat_terms(const char *text, size_t len, enum feat_holder holder, const struct feat_opts *o,
                struct feat_terms *terms);
void feat_terms_free(struct feat_terms *t);

/* A sparse vector: ids ascending, 1-based. */
struct feat_vec {
    size_t n, cap;
    size_t *id;
    double *val;
};

/* Computes the weighted, normalised vector of text against vocab. Terms not
 * in the vocabulary are ignored; an empty vector is possible. */
void feat_vector(const struct vocab *v, const struct feat_opts *o, const char *text,
                 size_t len, enum feat_holder holder, struct feat_terms *scratch,
                 struct feat_vec *out);
/* The same vector, always through the term strings of feat_terms: the
 * reference that feat_vector's direct path (word ids cached, n-grams by
 * vocab_extend, for the families that read one word at a time) must equal;
 * for tests. */
void feat_vector_terms(const struct vocab *v, const struct feat_opts *o, const char *text,
                       size_t len, enum feat_holder holder, struct feat_terms *scratch,
                       struct feat_vec *out);
void feat_vec_free(struct feat_vec *x);

#endif
