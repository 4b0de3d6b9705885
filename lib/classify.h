/* classify.h -- the classification stage: statements in, labelled results
 * out. Turns an article into sentences, attributed statements and labels,
 * or labels ready-made statements, using a loaded model. */
#ifndef PARLEY_CLASSIFY_H
#define PARLEY_CLASSIFY_H
#include <stddef.h>
#include "corpus.h"
#include "features.h"
#include "label.h"

struct model;
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

/* One document's metadata, shared by its statements: what a JSONL article
 * carried besides its text, for timelines and for the output. */
struct result_doc {
    char *date, *title, *url; /* may be NULL */
    struct meta_field *extra; /* the article's other string fields */
    size_t nextra;
};

struct result {
    char *doc;                 /* article id or file name */
    const struct result_doc *meta; /* NULL when the input had none */
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
    char **targets;            /* whom the statement addresses, as the sentence
                                  names them ("the United States"); found
                                  whatever the label (target.h) */
    size_t ntargets;
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
    struct result_doc **docs;      /* owned: the metadata results point to */
    size_t ndocs, capdocs;
    char **names;                  /* owned: how and mention strings that are
                                      not the library's own (read back from
                                      JSONL); see result_list_name */
    size_t nnames, capnames;
    struct labelset own;           /* the set labels points to when the list
                                      was read back from JSONL */
};

/* A new zeroed result at the end of the list. */
struct result *result_list_push(struct result_list *l);

/* A copy of s (how or mention read from outside) owned by the list: one
 * copy per distinct string; NULL when the list holds RESULT_NAMES_MAX
 * already (the library has a few dozen: more is not its output). */
#define RESULT_NAMES_MAX 256
const char *result_list_name(struct result_list *l, const char *s);

/* A new document's metadata owned by the list (fields empty). */
struct result_doc *result_list_doc(struct result_list *l);

/* Labels one text, held as holder says (features.h: the narrator's, one
 * actor's or several actors' together), with the model: fills label,
 * confidence (the probability of the label) and scores; with o (may be NULL) explain > 0, up to that
 * many features behind the label (a linear model only; see clf_explain);
 * below the model's min_confidence (or o's own), uncertain is set and the
 * label becomes none. */
void classify_text(const struct model *m, const char *text, size_t len,
                   enum feat_holder holder, const struct classify_opts *o, struct result *r);

/* Frees the scratch space classify_text keeps in each thread between
 * statements (the term arrays, the vector, the stemmer): call it in a
 * thread that has classified before the thread ends. */
void classify_release(void);

/* Splits, attributes and classifies one article; appends one result per
 * sentence. speaker: the whole document's speaker, or NULL; dict: the actor
 * dictionary, or NULL. */
void classify_article(const struct model *m, const struct article *a, const char *speaker,
                      const struct actors *dict, struct result_list *out);

/* Classifies one given statement (its actor, if any, is taken as given;
 * default_actor when it has none, "narrator" when that is NULL too). */
void classify_statement(const struct model *m, const char *doc, const struct stmt *s,
                        const char *default_actor, struct result_list *out);

/* Applies another minimum confidence to results classified before (read
 * back from JSONL): a label whose probability is below min becomes none
 * and the result uncertain; an uncertain one whose likeliest label reaches
 * min gets that label back. */
void classify_rethreshold(struct result_list *l, double min);

/* Appends src's results to dst, with everything they point to; src is
 * left empty. */
void result_list_move(struct result_list *dst, struct result_list *src);

/* Drops the results from the n-th on (a file that failed half-way). */
void result_list_truncate(struct result_list *l, size_t n);

void result_list_free(struct result_list *l);

#endif
