/* strmap.h -- a map from byte strings to numbers: open addressing, linear
 * probing, a word-at-a-time multiplicative hash, keys copied in. The one container of the
 * library's string tables: the vocabulary (term -> id), the lexicon (word
 * -> classes), the actor dictionary (name or alias -> entry) and the stem
 * cache of features.c. */
#ifndef PARLEY_STRMAP_H
#define PARLEY_STRMAP_H
#include <stddef.h>
#include <stdint.h>

struct strmap {
    struct strmap_slot *slots; /* nslots, a power of two; key NULL: empty */
    size_t nslots, n;
};

struct strmap_slot {
    char *key;
    size_t len;
    size_t val;
    uint64_t hash; /* of the key: compared before the bytes, kept for growing */
};

#define STRMAP_INIT {NULL, 0, 0}

/* The value of s[0..len), or NULL when it is not in the map. */
size_t *strmap_get(const struct strmap *m, const char *s, size_t len);

/* The value of s[0..len), added (as 0) when new; *added says which. The
 * pointer is good until the next put. */
size_t *strmap_put(struct strmap *m, const char *s, size_t len, int *added);

/* The slot of s[0..len), added (val 0) when new; *added says which. Its
 * key is the map's own copy, good until the map is cleared or freed (a
 * table may keep it instead of a copy of its own); the slot pointer is good
 * until the next put. */
struct strmap_slot *strmap_put_slot(struct strmap *m, const char *s, size_t len, int *added);

/* Empties the map, keeping nothing. */
void strmap_clear(struct strmap *m);
void strmap_free(struct strmap *m);

#endif
