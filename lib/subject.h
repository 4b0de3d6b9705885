/* subject.h -- resolving the subject before a verb to the actors it names.
 *
 * "Shoigu said", "he said", "the minister said", "the two sides agreed",
 * "Vladimir Putin and Angela Merkel agreed", "The United States demanded":
 * the subject phrase that ends right before a verb cue is resolved through
 * the document's registry (registry.h) to one or more actors. */
#ifndef PARLEY_SUBJECT_H
#define PARLEY_SUBJECT_H
#include <stddef.h>
#include "speaker.h"
#include "words.h"

struct registry;

/* Who holds a sentence's position, and the evidence. */
struct who {
    size_t actors[SPK_MAX_ACTORS];
    size_t n;          /* 0: nobody found */
    enum spk_how how;
    size_t cue_start, cue_len; /* the cue in the text (len 0: none) */
    const char *rule;  /* the evidence rule that found it (rules.h), or NULL */
};

/* The parties of the meeting the document reports (registry.h), as
 * evidence; 0 when there is no meeting with two parties. */
int subj_meeting(struct registry *st, struct who *out);

/* The two most salient actors ("the two sides"); 0 without two. */
int subj_pair(struct registry *st, struct who *out);

/* Resolves the subject that ends at word j (a name, country, pronoun,
 * description or joint reference), with any subjects coordinated before
 * it ("X and Y agreed"). 1 when it names someone. */
int subj_at(struct registry *st, const struct word *w, size_t j, struct who *out);

/* The subject that ends at word j of the verb cue: subj_at, except that a
 * name after a preposition inside the subject phrase is not the subject
 * ("Lawyers for Julian Assange warn") and a base-form verb ("urge",
 * "agree") needs a plural or coordinated subject ("the Ukraine question"
 * is no verb). */
int subj_verb(struct registry *st, const struct word *ws, size_t j, const struct word *cue,
              struct who *out);

#endif
