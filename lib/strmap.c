/* strmap.c -- byte strings to numbers (see strmap.h). */
#include "strmap.h"
#include "checksum.h"
#include "mem.h"
#include <stdlib.h>
#include <string.h>

static struct strmap_slot *find(const struct strmap *m, const char *s, size_t len) {
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)checksum_update(CHECKSUM_INIT, s, len) & mask;; i = (i + 1) & mask) {
        struct strmap_slot *x = &m->slots[i];
        if (!x->key || (x->len == len && memcmp(x->key, s, len) == 0)) return x;
    }
}

size_t *strmap_get(const struct strmap *m, const char *s, size_t len) {
    if (!m->n) return NULL;
    struct strmap_slot *x = find(m, s, len);
    return x->key ? &x->val : NULL;
}

/* Doubles the table (at most half full, so probes stay short). */
static void grow(struct strmap *m) {
    struct strmap old = *m;
    m->nslots = old.nslots ? old.nslots * 2 : 64;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    for (size_t i = 0; i < old.nslots; i++)
        if (old.slots[i].key) *find(m, old.slots[i].key, old.slots[i].len) = old.slots[i];
    free(old.slots);
}

struct strmap_slot *strmap_put_slot(struct strmap *m, const char *s, size_t len, int *added) {
    if (2 * (m->n + 1) > m->nslots) grow(m);
    struct strmap_slot *x = find(m, s, len);
    *added = !x->key;
    if (*added) {
        *x = (struct strmap_slot){xstrndup(s, len), len, 0};
        m->n++;
    }
    return x;
}

size_t *strmap_put(struct strmap *m, const char *s, size_t len, int *added) {
    return &strmap_put_slot(m, s, len, added)->val;
}

void strmap_clear(struct strmap *m) {
    for (size_t i = 0; i < m->nslots; i++) free(m->slots[i].key);
    if (m->nslots) memset(m->slots, 0, m->nslots * sizeof *m->slots);
    m->n = 0;
}

void strmap_free(struct strmap *m) {
    strmap_clear(m);
    free(m->slots);
    *m = (struct strmap)STRMAP_INIT;
}
