/* label.c -- label names and label sets (see label.h). */
#include "label.h"
#include <string.h>

/* The default labels, in enum order: the one list of their names. */
static const struct labelset def = {
    LABEL_COUNT, {"demand", "concern", "concession", "agreement", "none"}};

const char *label_name(enum label l) {
    return (l >= 0 && l < LABEL_COUNT) ? def.name[l] : "?";
}

int label_parse(const char *s, size_t len) {
    for (int i = 0; i < LABEL_COUNT; i++)
        if (strlen(def.name[i]) == len && memcmp(def.name[i], s, len) == 0) return i;
    return -1;
}

void labels_default(struct labelset *ls) { *ls = def; }

const struct labelset *labels_default_set(void) { return &def; }

int labels_is_default(const struct labelset *ls) {
    if (ls->n != LABEL_COUNT) return 0;
    for (int i = 0; i < LABEL_COUNT; i++)
        if (strcmp(ls->name[i], def.name[i]) != 0) return 0;
    return 1;
}

int labels_find(const struct labelset *ls, const char *s, size_t len) {
    for (size_t i = 0; i < ls->n; i++)
        if (strlen(ls->name[i]) == len && memcmp(ls->name[i], s, len) == 0) return (int)i;
    return -1;
}

/* Lower-case ASCII letters, digits, '_' and '-': safe as a manifest word, a
 * TSV field, a JSON key and a feature-report column. */
static int valid_name(const char *s, size_t len) {
    if (len == 0 || len > LABEL_NAME_MAX) return 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return 0;
    }
    return 1;
}

int labels_intern(struct labelset *ls, const char *s, size_t len) {
    int i = labels_find(ls, s, len);
    if (i >= 0) return i;
    if (!valid_name(s, len)) return -1;
    if (ls->n >= LABELS_MAX) return -2;
    memcpy(ls->name[ls->n], s, len);
    ls->name[ls->n][len] = '\0';
    return (int)ls->n++;
}

const char *labels_name(const struct labelset *ls, int i) {
    return (i >= 0 && (size_t)i < ls->n) ? ls->name[i] : "?";
}

int labels_none(const struct labelset *ls) { return labels_find(ls, "none", 4); }

int labels_parse_list(struct labelset *ls, const char *list, char sep, const char **why) {
    memset(ls, 0, sizeof *ls);
    const char *p = list;
    for (;;) {
        const char *e = strchr(p, sep);
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (labels_find(ls, p, len) >= 0) {
            *why = "a label is named twice";
            return -1;
        }
        int r = labels_intern(ls, p, len);
        if (r == -1) {
            *why = "a label name must be 1 to 32 lower-case letters, digits, '_' or '-'";
            return -1;
        }
        if (r == -2) {
            *why = "at most 16 labels";
            return -1;
        }
        if (!e) break;
        p = e + 1;
    }
    if (ls->n < 2) {
        *why = "at least two labels";
        return -1;
    }
    return 0;
}

/* The crosswalk of label.h, indexed by enum label. */
static const char *const cameo[LABEL_COUNT][3] = {
    {"10", NULL}, {"11", "012", NULL}, {"08", NULL}, {"03", "05", NULL}, {NULL}};
static const char *const plover[LABEL_COUNT][3] = {
    {"REQUEST", NULL}, {"ACCUSE", NULL}, {"CONCEDE", NULL}, {"AGREE", "SUPPORT", NULL}, {NULL}};

/* A custom scheme that happens to use a default name ("none") still has
 * no crosswalk: the codes describe the default labels' definitions. */
const char *const *labels_cameo(const struct labelset *ls, int i) {
    return labels_is_default(ls) && i >= 0 && i < LABEL_COUNT ? cameo[i] : NULL;
}

const char *const *labels_plover(const struct labelset *ls, int i) {
    return labels_is_default(ls) && i >= 0 && i < LABEL_COUNT ? plover[i] : NULL;
}
