/* intmap.h -- a map from 64-bit integer keys to numbers: open addressing,
 * linear probing, keys stored in the table (no allocation per key). The
 * integer twin of strmap.h, for keys that are pairs of ids: the
 * vocabulary's n-grams by (id of the first words, id of the last word), so
 * that a bigram's feature id is found without building its string. */
#ifndef PARLEY_INTMAP_H
#define PARLEY_INTMAP_H
#include <stddef.h>
#include <stdint.h>

struct intmap {
    struct intmap_slot *slots; /* nslots, a power of two */
    size_t nslots, n;
};

struct intmap_slot {
    uint64_t key; /* key + 1: 0 marks an empty slot */
    size_t val;
};

#define INTMAP_INIT {NULL, 0, 0}

/* The key of the pair (a, b), both below 2^32. */
static inline uint64_t intmap_pair(size_t a, size_t b) { return (uint64_t)a << 32 | (uint64_t)b; }

/* The value of key, or 0 when it is not in the map (store values from 1). */
size_t intmap_get(const struct intmap *m, uint64_t key);

/* Sets key's value (val from 1), replacing any before. */
void intmap_put(struct intmap *m, uint64_t key, size_t val);

void intmap_free(struct intmap *m);

#endif
