/* rules_int.h -- what the files of the evidence rules share (rules.c,
 * rules_cue.c, rules_subject.c); not part of the library's interface. Each
 * rule reads a sentence through struct rule_ctx and fills the evidence
 * (rules.h). */
#ifndef PARLEY_RULES_INT_H
#define PARLEY_RULES_INT_H
#include "rules.h"

struct registry;

/* Marks word w as the cue of the evidence in *out. */
#define CUE(out, w) ((out)->cue_start = (w).s, (out)->cue_len = (w).e - (w).s)

/* A phrase mn_group resolved: a group, or the person its name ends in. */
enum spk_how rules_group_how(const struct registry *st, long a);

/* The cue rules (rules_cue.c). */
int rule_media_report(struct rule_ctx *c, struct who *out);
int rule_reporting_verb(struct rule_ctx *c, struct who *out);
int rule_it_agreed(struct rule_ctx *c, struct who *out);
int rule_agentless(struct rule_ctx *c, struct who *out);
int rule_passive(struct rule_ctx *c, struct who *out);
int rule_passive_agent(struct rule_ctx *c, struct who *out);
int rule_in_opinion(struct rule_ctx *c, struct who *out);
int rule_according_to(struct rule_ctx *c, struct who *out);

/* The subject rules (rules_subject.c) and the main-subject rule
 * (rules_main.c). */
int rule_meeting_talk(struct rule_ctx *c, struct who *out);
int rule_meeting_outcome(struct rule_ctx *c, struct who *out);
int rule_group(struct rule_ctx *c, struct who *out);
int rule_protest(struct rule_ctx *c, struct who *out);
int rule_main_subject(struct rule_ctx *c, struct who *out);

/* What the subject rules share (rules_subject.c): an "-ly" adverb
 * ("strongly"; not "family"); the last word of the subject of the verb at
 * word v, *touch saying no punctuation comes between (rules_subject.c
 * says where it may); does the subject phrase from word `from` open the
 * sentence (or follow a heading's colon, or a short opener)? */
struct word;
size_t rules_verb_subject_end(const char *t, const struct word *ws, size_t v, int *touch);
/* The head noun before a phrase "in|from|at|to|for [the] Name" that ends
 * at word j ("protesters" in "Protesters in Brazil", "ambassador" in "The
 * Turkish ambassador to Britain"), else j: the name there is a place, not
 * the subject. */
size_t rules_pp_head(const char *t, const struct word *ws, size_t j);
int rules_opens_sentence(const char *t, const struct word *ws, size_t from);
/* Is the document told in the present tense so far (more present than
 * past cue verbs among its statements: news items, "X says")? The rules
 * main-subject and speaker-country read it (rules_main.c). */
int rules_present_tense(const struct rule_ctx *c);

#endif
