/* rules.h -- the evidence rules of attribution, as an ordered table.
 *
 * Each rule reads one sentence (its words, the document's registry of
 * actors and the statements attributed so far) and either names the
 * actors that hold the sentence's position or passes. The first rule that
 * names someone wins; its name is the statement's `how`. Transcript turns
 * and the document's speaker come before the rules (layout.h, speaker.c);
 * quotations spanning sentences are settled after them. */
#ifndef PARLEY_RULES_H
#define PARLEY_RULES_H
#include <stddef.h>
#include "speaker.h"
#include "subject.h"
#include "words.h"

struct registry;
struct sent;

/* What a rule reads. */
struct rule_ctx {
    struct registry *st;
    const struct word *w; /* the sentence's words */
    size_t n;
    const struct sent *se;
    struct spk_doc *doc;  /* statements so far */
    size_t first;         /* this document's first statement in doc */
    const struct who *issuer; /* the statement's issuer (n 0: none), from the title */
};

struct rule {
    const char *name;
    int (*fn)(struct rule_ctx *c, struct who *out); /* 1: out filled */
};

/* The rules, in order of precedence; the table ends with a NULL name. */
extern const struct rule spk_rules[];

/* Applies the rules in order; 1 when one named the holder. */
int rules_apply(struct rule_ctx *c, struct who *out);

/* Inside a speaker's turn or speech: a position the speaker reports of a
 * named person or group ("President Putin has said ...", "He says
 * President Biden can do more") is that person's. 1 when the reporting-verb
 * rule names one. */
int rules_reported(struct rule_ctx *c, struct who *out);

/* The actors of statement s, as evidence of kind how for another one. */
void rules_who_of(const struct spk_stmt *s, enum spk_how how, struct who *out);

#endif
