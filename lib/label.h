/* label.h -- the five position labels of ANNOTATION.md.
 *
 * The numeric values are part of the model format: libsvm stores class
 * labels as numbers, and svm.model uses exactly these. Never renumber. */
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

const char *label_name(enum label l); /* "demand", ...; "?" out of range */

/* Parses an exact lower-case label name of len bytes. Returns the label or
 * -1 when it is not one of the five. */
int label_parse(const char *s, size_t len);

#endif
