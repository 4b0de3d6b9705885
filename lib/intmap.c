/* intmap.c -- 64-bit integer keys to numbers (see intmap.h). */
#include "intmap.h"
#include "mem.h"
#include <stdlib.h>

/* A 64-bit mix (the finaliser of splitmix64): pairs of small ids differ
 * in few bits, and the low bits pick the slot. */
static size_t mix(uint64_t k) {
    k ^= k >> 30;
    k *= UINT64_C(0xbf58476d1ce4e5b9);
    k ^= k >> 27;
    k *= UINT64_C(0x94d049bb133111eb);
    return (size_t)(k ^ (k >> 31));
}

static struct intmap_slot *find(const struct intmap *m, uint64_t stored) {
    size_t mask = m->nslots - 1;
    for (size_t i = mix(stored) & mask;; i = (i + 1) & mask)
        if (m->slots[i].key == stored || !m->slots[i].key) return &m->slots[i];
}

size_t intmap_get(const struct intmap *m, uint64_t key) {
    if (!m->n) return 0;
    const struct intmap_slot *x = find(m, key + 1);
    return x->key ? x->val : 0;
}

/* Doubles the table (at most half full, so probes stay short). */
static void grow(struct intmap *m) {
    struct intmap old = *m;
    m->nslots = old.nslots ? old.nslots * 2 : 64;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    for (size_t i = 0; i < old.nslots; i++)
        if (old.slots[i].key) *find(m, old.slots[i].key) = old.slots[i];
    free(old.slots);
}

void intmap_put(struct intmap *m, uint64_t key, size_t val) {
    if (2 * (m->n + 1) > m->nslots) grow(m);
    struct intmap_slot *x = find(m, key + 1);
    if (!x->key) m->n++;
    *x = (struct intmap_slot){key + 1, val};
}

void intmap_free(struct intmap *m) {
    free(m->slots);
    *m = (struct intmap)INTMAP_INIT;
}
