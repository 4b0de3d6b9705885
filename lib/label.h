/* label.h -- label sets: the five position labels of ANNOTATION.md, or a
 * researcher's own scheme ("threat promise denial none").
 *
 * A statement's label is an index into its label set. libsvm stores class
 * labels as numbers, and svm.model uses exactly these indexes; the model's
 * manifest names the set in order ("labels demand concern ..."), so a model
 * trained on any scheme classifies and reports in that scheme. The default
 * set keeps the numbers below: never renumber them. */
#ifndef PARLEY_LABEL_H
#define PARLEY_LABEL_H
#include <stddef.h>

enum label {
    LABEL_DEMAND = 0,
    LABEL_CONCERN = 1,
    LABEL_CONCESSION = 2,
    LABEL_AGREEMENT = 3,
    LABEL_NONE = 4,
    LABEL_COUNT = 5
};

/* At most this many labels in a set, each a name of at most
 * LABEL_NAME_MAX bytes of lower-case ASCII letters, digits, '_' or '-'. */
#define LABELS_MAX 16
#define LABEL_NAME_MAX 32

struct labelset {
    size_t n;
    char name[LABELS_MAX][LABEL_NAME_MAX + 1];
};

/* The name of a default label ("demand", ...); "?" out of range. */
const char *label_name(enum label l);

/* Parses an exact lower-case default label name of len bytes. Returns the
 * label or -1 when it is not one of the five. */
int label_parse(const char *s, size_t len);

/* Fills ls with the five default labels, in enum order. */
void labels_default(struct labelset *ls);

/* The five default labels, as one shared constant set. */
const struct labelset *labels_default_set(void);

/* 1 when ls is the default set in the default order. */
int labels_is_default(const struct labelset *ls);

/* The index of the label named s (len bytes), or -1. */
int labels_find(const struct labelset *ls, const char *s, size_t len);

/* The index of the label named s, added at the end when new. Returns -1
 * when the name is not a valid label name, -2 when the set is full. */
int labels_intern(struct labelset *ls, const char *s, size_t len);

/* The name of label i of ls; "?" out of range. */
const char *labels_name(const struct labelset *ls, int i);

/* The index of the label that means "no position" (named "none"), or -1
 * when the scheme has none. */
int labels_none(const struct labelset *ls);

/* The event-data codes a default label corresponds to, for users who join
 * Parley's output to CAMEO- or PLOVER-coded data: a NULL-terminated list
 * (empty for none), or NULL when label i of ls is not a default label
 * (a scheme of one's own has no crosswalk).
 *   demand      CAMEO 10 (demand)             PLOVER REQUEST
 *   concern     CAMEO 11 (disapprove), 012    PLOVER ACCUSE
 *   concession  CAMEO 08 (yield)              PLOVER CONCEDE
 *   agreement   CAMEO 03, 05 (intend to       PLOVER AGREE, SUPPORT
 *               cooperate, cooperate)                                   */
const char *const *labels_cameo(const struct labelset *ls, int i);
const char *const *labels_plover(const struct labelset *ls, int i);

/* Parses a list of label names separated by sep (',' on the command line,
 * ' ' in the manifest) into ls: each valid and distinct, at least two.
 * Returns 0, or -1 with *why set to a static explanation. */
int labels_parse_list(struct labelset *ls, const char *list, char sep, const char **why);

#endif
