/* label.c -- label names (see label.h). */
#include "label.h"
#include <string.h>

static const char *const names[LABEL_COUNT] = {
    "demand", "concern", "concession", "agreement", "none"};

const char *label_name(enum label l) {
    return (l >= 0 && l < LABEL_COUNT) ? names[l] : "?";
}

int label_parse(const char *s, size_t len) {
    for (int i = 0; i < LABEL_COUNT; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) return i;
    return -1;
}
