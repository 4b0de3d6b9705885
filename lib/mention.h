/* mention.h -- finding mentions of actors among a sentence's words:
 * capitalised runs ("President of the Republic of Kazakhstan Kassym-Jomart
 * Tokayev"), bare personal names, names the dictionary knows. */
#ifndef PARLEY_MENTION_H
#define PARLEY_MENTION_H
#include <stddef.h>
#include "words.h"

struct registry;

/* Is word i a link inside a capitalised run ("of", "the", "von")? */
int mn_run_link(const char *t, const struct word *w, size_t i);

/* Can word i be part of a capitalised run? */
int mn_run_word(const struct word *w, size_t i);

/* First word of the capitalised run that ends at word j. */
size_t mn_run_start(const char *t, const struct word *w, size_t j);

/* Last word of the capitalised run that starts at word k (n words). */
size_t mn_run_end(const char *t, const struct word *w, size_t n, size_t k);

/* Registers every run of the sentence that names someone ("Role Name", a
 * bare "First Last", a dictionary name) and touches known ones, so later
 * surnames, pronouns and "the two sides" can find them. */
void mn_register(struct registry *st, const struct word *w, size_t n);

#endif
