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

/* First word of the subject noun phrase that ends at word j, read back to
 * punctuation, a clause opener or another verb (at most 12 words). */
size_t mn_np_start(const char *t, const struct word *w, size_t j);

/* The head word of the phrase w[from..j]: the word before its first
 * preposition ("delegates" in "delegates at Iraq's National
 * Conference"), else its last word. */
size_t mn_np_head(const char *t, const struct word *w, size_t from, size_t j);

/* A group or description named as the text names it ("EU foreign
 * ministers", "senior Iranian military official", "delegates at Iraq's
 * National Conference"): the phrase w[from..j] without its article or
 * quantity ("Thousands of protesters" is "protesters"), registered as an
 * actor of its own. -1 when the phrase cannot be a group's name. */
long mn_group(struct registry *st, const struct word *w, size_t from, size_t j);

/* Is word w one of the listed nouns for people or bodies ("ministers",
 * "cleric", "government", "media")? */
int mn_people_noun(const char *t, const struct word *w);

/* Is word w the first of a document's name ("Declaration", "Treaty",
 * "Charter" ...)? "Declaration of State Sovereignty" names no one. */
int mn_document(const char *t, const struct word *w);

/* Can word w head the name of a group or body ("ministers", "cleric",
 * "protesters", a capitalised name)? */
int mn_agent_noun(const char *t, const struct word *w);

/* Is w a quantity or article that opens a phrase ("Thousands", "More",
 * "The", "1,000")? */
int mn_quantity(const char *t, const struct word *w);

/* Does word w name people on someone's side, so that the name after a
 * preposition is not the subject ("Lawyers for Julian Assange warn")? */
int mn_side_noun(const char *t, const struct word *w);

/* Does the capitalised run w[i..j] name a topic rather than a party ("the
 * Strategic Partnership", "Advanced Capabilities", "Latino Leaders")? */
int mn_concept_run(const char *t, const struct word *w, size_t i, size_t j);

#endif
