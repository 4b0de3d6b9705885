/* classify.h -- the classification stage: statements in, labelled results
 * out. Turns an article into sentences, attributed statements and labels,
 * or labels ready-made statements, using a loaded model. */
#ifndef PARLEY_CLASSIFY_H
#define PARLEY_CLASSIFY_H
#include <stddef.h>
#include "label.h"

struct model;
struct article;
struct actors;
struct stmt;

struct result_actor {
    char *name;  /* "Sergei Shoigu", or "narrator" */
    char *role;  /* may be NULL */
    char *affil; /* may be NULL */
    char *code;  /* actor code from the dictionary, may be NULL */
};

/* One feature that pushed a statement to its label (classify --explain). */
struct result_why {
    char *term;    /* the vocabulary term: a stem, a two-word n-gram, "#cue:demand" */
    double weight; /* its part in the decision for the label, > 0 */
};

struct result {
    char *doc;                 /* article id or file name */
    char *id;                  /* statement id when the input had one */
    long start, end;           /* byte offsets in the article text; -1 for statements */
    struct result_actor *actors;
    size_t nactors;            /* >= 1 */
    const char *how;           /* the evidence: the attribution rule that named the
                                  actor ("reporting-verb", "main-subject", ...;
                                  rules.h) or the layout ("transcript", "speaker",
                                  "issuer", "quote", "narrator"), or "given" */
    const char *mention;       /* how the actor was named: "name", "pronoun",
                                  "description", "joint", "group", ... (the
                                  spk_how of speaker.h), or NULL */
    char *cue;                 /* the cue text, may be NULL */
    int label;
    double confidence;         /* probability of label */
    double scores[LABELS_MAX]; /* per label of the model's set */
    char *text;
    struct result_why *why;    /* the features behind the label, strongest first */
    size_t nwhy;               /* 0 unless the list asked (explain) */
    int uncertain;             /* the model's label fell below min_confidence:
                                  label is none (when the set has one) */
};

/* What the caller asks of classification. */
struct classify_opts {
    size_t explain;        /* list up to this many features behind each label (0: none) */
    int own_threshold;     /* 0: the model's min_confidence; 1: the one below */
    double min_confidence; /* below it the label is none and the statement uncertain */
};

struct result_list {
    struct result *v;
    size_t n, cap;
    const struct labelset *labels; /* what label indexes name: the model's
                                      (set by the classify calls; NULL: the
                                      default five) */
    struct classify_opts opts;     /* set by the caller */
};

/* Labels one text with the model: fills label, confidence (the probability
 * of the label) and scores; with o (may be NULL) explain > 0, up to that
 * many features behind the label (a linear model only; see clf_explain);
 * below the model's min_confidence (or o's own), uncertain is set and the
 * label becomes none. */
void classify_text(const struct model *m, const char *text, size_t len,
                   const struct classify_opts *o, struct result *r);

/* Splits, attributes and classifies one article; appends one result per
 * sentence. speaker: the whole document's speaker, or NULL; dict: the actor
 * dictionary, or NULL. */
void classify_article(const struct model *m, const struct article *a, const char *speaker,
                      const struct actors *dict, struct result_list *out);

/* Classifies one given statement (its actor, if any, is taken as given;
 * default_actor when it has none, "narrator" when that is NULL too). */
void classify_statement(const struct model *m, const char *doc, const struct stmt *s,
                        const char *default_actor, struct result_list *out);

void result_list_free(struct result_list *l);

#endif
