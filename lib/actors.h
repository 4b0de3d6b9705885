/* actors.h -- the actor dictionary: canonical names, aliases, roles,
 * affiliations, codes and gender of known actors.
 *
 * Attribution (speaker.h) consults it when it meets a name, so that
 * "Zelensky", "Zelenskyy" and "Volodymyr Zelenskyy" are one actor with
 * affiliation Ukraine, and "she" can find Ursula von der Leyen. The file
 * format is TSV with a header row: `name` required; `aliases` (separated
 * by |), `role`, `affiliation`, `code` (ISO 3166 / CAMEO-style actor code),
 * `gender` (m, f or empty), `kind` (person or body; default person)
 * optional, in any order. corpus/actors.tsv is the shipped dictionary;
 * users add their own with `classify --actors FILE`. */
#ifndef PARLEY_ACTORS_H
#define PARLEY_ACTORS_H
#include <stddef.h>
#include <stdio.h>

struct err;

struct actor_entry {
    char *name, *role, *affil, *code; /* role/affil/code may be NULL */
    int female;                       /* 1 f, 0 m or unknown */
    int person;                       /* 1 person, 0 body */
};

struct actors;

struct actors *actors_new(void);
void actors_free(struct actors *d); /* NULL is a no-op */

/* Reads a dictionary file and adds its entries; an alias or name already
 * known is taken over by the later entry (user files override the shipped
 * one). Returns 0, or -1 with e set ("FILE:LINE: what is wrong"). */
int actors_load(struct actors *d, FILE *f, const char *name, struct err *e);

/* The entry whose name or alias is s[0..len) (exact, case-sensitive), or
 * NULL. d may be NULL. */
const struct actor_entry *actors_find(const struct actors *d, const char *s, size_t len);

size_t actors_count(const struct actors *d);

#endif
