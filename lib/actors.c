/* actors.c -- the actor dictionary (see actors.h). */
#include "actors.h"
#include "corpus.h"
#include "err.h"
#include "mem.h"
#include "strmap.h"
#include <stdlib.h>
#include <string.h>

struct actors {
    struct actor_entry *entries;
    size_t n, cap;
    struct strmap keys; /* name or alias -> index into entries */
};

struct actors *actors_new(void) { return xcalloc(1, sizeof(struct actors)); }

void actors_free(struct actors *d) {
    if (!d) return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->entries[i].name);
        free(d->entries[i].role);
        free(d->entries[i].affil);
        free(d->entries[i].code);
    }
    strmap_free(&d->keys);
    free(d->entries);
    free(d);
}

static void add_key(struct actors *d, const char *s, size_t len, size_t entry) {
    int added;
    *strmap_put(&d->keys, s, len, &added) = entry; /* a later file takes the alias over */
}

const struct actor_entry *actors_find(const struct actors *d, const char *s, size_t len) {
    if (!d || !len) return NULL;
    const size_t *k = strmap_get(&d->keys, s, len);
    return k ? &d->entries[*k] : NULL;
}

size_t actors_count(const struct actors *d) { return d ? d->n : 0; }

enum { C_NAME, C_ALIASES, C_ROLE, C_AFFIL, C_CODE, C_GENDER, C_KIND, NC };
static const char *const cols[NC] = {"name", "aliases", "role", "affiliation", "code", "gender", "kind"};

static char *opt(char *const *f, const int *pos, int c) {
    return pos[c] >= 0 && *f[pos[c]] ? xstrdup(f[pos[c]]) : NULL;
}

int actors_load(struct actors *d, FILE *f, const char *name, struct err *e) {
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    int pos[NC];
    size_t ncols = 0;
    char **field = NULL;
    int rc = -1;
    long n;
    for (int c = 0; c < NC; c++) pos[c] = -1;
    while ((n = corpus_read_line(f, name, lineno + 1, &line, &cap, NULL, e)) != -1) {
        if (n == -2) goto done;
        lineno++;
        if (lineno > 1 && (n == 0 || line[0] == '#')) continue; /* blank or comment */
        size_t k = 0;
        char *p = line;
        for (char *tab;; p = tab + 1) {
            tab = strchr(p, '\t');
            if (tab) *tab = '\0';
            if (lineno == 1) {
                for (int c = 0; c < NC; c++)
                    if (strcmp(p, cols[c]) == 0) pos[c] = (int)k;
            } else if (k < ncols) {
                field[k] = p;
            }
            k++;
            if (!tab) break;
        }
        if (lineno == 1) {
            if (pos[C_NAME] < 0) {
                err_set(e, ERR_DATA, "%s:1: missing column 'name' in the header", name);
                goto done;
            }
            ncols = k;
            field = xcalloc(ncols, sizeof *field);
            continue;
        }
        if (k != ncols) {
            err_set(e, ERR_DATA, "%s:%ld: expected %zu tab-separated fields as in the header, found %zu",
                    name, lineno, ncols, k);
            goto done;
        }
        if (!*field[pos[C_NAME]]) {
            err_set(e, ERR_DATA, "%s:%ld: empty name", name, lineno);
            goto done;
        }
        const char *g = pos[C_GENDER] >= 0 ? field[pos[C_GENDER]] : "";
        const char *kind = pos[C_KIND] >= 0 ? field[pos[C_KIND]] : "";
        if (*g && strcmp(g, "m") && strcmp(g, "f")) {
            err_set(e, ERR_DATA, "%s:%ld: gender must be m, f or empty, not '%s'", name, lineno, g);
            goto done;
        }
        if (*kind && strcmp(kind, "person") && strcmp(kind, "body")) {
            err_set(e, ERR_DATA, "%s:%ld: kind must be person or body, not '%s'", name, lineno, kind);
            goto done;
        }
        if (d->n == d->cap) {
            d->cap = d->cap ? d->cap * 2 : 64;
            d->entries = xreallocarray(d->entries, d->cap, sizeof *d->entries);
        }
        struct actor_entry *a = &d->entries[d->n];
        a->name = xstrdup(field[pos[C_NAME]]);
        a->role = opt(field, pos, C_ROLE);
        a->affil = opt(field, pos, C_AFFIL);
        a->code = opt(field, pos, C_CODE);
        a->female = strcmp(g, "f") == 0;
        a->person = strcmp(kind, "body") != 0;
        add_key(d, a->name, strlen(a->name), d->n);
        if (pos[C_ALIASES] >= 0)
            for (char *s = field[pos[C_ALIASES]], *bar;; s = bar + 1) {
                bar = strchr(s, '|');
                size_t len = bar ? (size_t)(bar - s) : strlen(s);
                if (len) add_key(d, s, len, d->n);
                if (!bar) break;
            }
        d->n++;
    }
    if (lineno == 0) {
        err_set(e, ERR_DATA, "%s: empty file", name);
        goto done;
    }
    rc = 0;
done:
    free(field);
    free(line);
    return rc;
}
