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
#include <stddef.h>

struct vocab;

struct feat_opts {
    long ngram_max; /* 1 or 2 (default 2) */
    long min_df;    /* terms in fewer training documents are dropped (2) */
    int sublinear;  /* 1: tf -> 1 + log tf (default 1) */
    int stem;       /* 1: words reduced to their Snowball English stem (default 1) */
    int cues;       /* 1: add the pooled label-cue terms of cues.h (default 1) */
};

#define FEAT_OPTS_DEFAULT {2, 2, 1, 1, 1}

/* The terms of a text, as a list of NUL-terminated strings. Also carries
 * the stemmer, created on first use, so that reusing one feat_terms across
 * many texts pays for it once. */
struct feat_terms {
    char **v;
    size_t n, cap;
    char **w; /* scratch: the normalised, unstemmed words, for the cues */
    size_t wn, wcap;
    struct sb_stemmer *stemmer;
};

/* Fills terms (caller zero-initialises; reset on each call) with the terms
 * of text[0..len). */
void feat_terms(const char *text, size_t len, const struct feat_opts *o, struct feat_terms *terms);
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
                 size_t len, struct feat_terms *scratch, struct feat_vec *out);
void feat_vec_free(struct feat_vec *x);

#endif
