/* strmap.c -- byte strings to numbers (see strmap.h). */
#include "strmap.h"
#include "mem.h"
#include <stdlib.h>
#include <string.h>

/* The slot of s[0..len) with hash h: its own, or the empty one where it
 * would go. */
static struct strmap_slot *find_h(const struct strmap *m, const char *s, size_t len, uint64_t h) {
    size_t mask = m->nslots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        struct strmap_slot *x = &m->slots[i];
        if (!x->key || (x->hash == h && x->len == len && memcmp(x->key, s, len) == 0)) return x;
    }
}

/* A hash of s[0..len) that reads eight bytes at a time (a multiply and a
 * shift per word: FNV-1a's byte loop was the lookups' main cost). Only
 * where keys sit depends on it, never what the map returns. */
static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = UINT64_C(0x9e3779b97f4a7c15) ^ len;
    for (; len >= 8; s += 8, len -= 8) {
        uint64_t k;
        memcpy(&k, s, 8);
        h = (h ^ k) * UINT64_C(0xbf58476d1ce4e5b9);
        h ^= h >> 31;
    }
    uint64_t k = 0;
    memcpy(&k, s, len);
    h = (h ^ k) * UINT64_C(0x94d049bb133111eb);
    return h ^ (h >> 29);
}

static struct strmap_slot *find(const struct strmap *m, const char *s, size_t len) {
    return find_h(m, s, len, hash_bytes(s, len));
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
        if (old.slots[i].key)
            *find_h(m, old.slots[i].key, old.slots[i].len, old.slots[i].hash) = old.slots[i];
    free(old.slots);
}

struct strmap_slot *strmap_put_slot(struct strmap *m, const char *s, size_t len, int *added) {
    if (2 * (m->n + 1) > m->nslots) grow(m);
    uint64_t h = hash_bytes(s, len);
    struct strmap_slot *x = find_h(m, s, len, h);
    *added = !x->key;
    if (*added) {
        *x = (struct strmap_slot){xstrndup(s, len), len, 0, h};
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
