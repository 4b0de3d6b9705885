/* registry.h -- the actors of one document.
 *
 * Every mention of an actor goes through the registry: a name run becomes
 * one canonical actor ("Russian Defense Minister Sergei Shoigu" is "Sergei
 * Shoigu", role "Defense Minister", affiliation "Russia"; a later "Shoigu"
 * is him; the dictionary's aliases map "Zelensky" to "Volodymyr
 * Zelenskyy"). The registry also keeps, per actor, when it was last
 * mentioned and how often: pronouns, descriptions ("the minister") and
 * joint references ("the two sides") resolve by recency and salience. */
#ifndef PARLEY_REGISTRY_H
#define PARLEY_REGISTRY_H
#include <stddef.h>
#include "speaker.h"
#include "words.h"

struct actors;
struct actor_entry;
struct buf;

struct registry {
    const char *t;             /* the document's text */
    struct spk_doc *doc;       /* owns the actors */
    const struct actors *dict; /* may be NULL */
    size_t *recency;   /* per actor: counter of last mention (0 never) */
    size_t *mentions;  /* per actor: how often mentioned (salience) */
    size_t clock;
    size_t cap;        /* entries allocated in recency and mentions */
    long last_subject; /* actor index of the last attributed person, -1 */
    size_t meet[SPK_MAX_ACTORS];   /* the parties of the meeting or call the document
                          reports ("Putin had a telephone conversation with
                          Macron"), in order of mention */
    size_t nmeet;
    /* the tense of the document's cue verbs so far (rules_main.c's
     * present_tense_news): present ones minus past ones, over its
     * statements before tense_seen */
    long tense_balance;
    size_t tense_seen;
};

/* Records a mention of actor a (recency and salience). */
void reg_touch(struct registry *st, size_t a);

/* Adds an actor (takes ownership of the strings); returns its index. */
size_t reg_add(struct registry *st, char *name, char *role, char *affil, int person);

/* The actor named name, or a person whose surname it is; -1 if none. */
long reg_find(struct registry *st, const char *name);

/* Replaces name by its canonical form when the dictionary knows it as a
 * name or alias; returns the entry (NULL when unknown). */
const struct actor_entry *reg_canonical(const struct registry *st, struct buf *name);

/* Fills what the text did not say about a from the dictionary entry e. */
void reg_enrich(struct spk_actor *a, const struct actor_entry *e);

/* The actor named *name (in its canonical form when the dictionary knows
 * it): found, or added as a person or body and enriched from the
 * dictionary; touched as the latest mention. Frees *name's bytes. */
long reg_named(struct registry *st, struct buf *name, int person);

/* Canonicalises the capitalised run w[k..j] (inclusive) into an actor:
 * registers it (when register_new, or when it has a role), or finds it by
 * name or surname. Returns the index, or -1 when the run names nobody
 * (only role words: a description the caller resolves). */
long reg_run_actor(struct registry *st, const struct word *w, size_t k, size_t j,
                   int register_new);

/* Is actor a more salient than b: mentioned more often, or as often and
 * more recently? */
int reg_more_salient(const struct registry *st, size_t a, size_t b);

/* The two most salient distinct actors (persons first), in order of first
 * registration: "the two sides". Returns how many were found (0-2). */
size_t reg_recent_pair(struct registry *st, size_t out[2]);

/* The last attributed person of that gender, else the most recent one; -1. */
long reg_recent_person(struct registry *st, int female);

/* The actor a description names: "the [Adj] noun", "The President of
 * Russia" (noun "President", affil "Russia"); nlen 0 matches any actor of
 * that affiliation. -1 when none fits. */
long reg_describe(struct registry *st, const char *noun, size_t nlen, const char *affil);

/* Appends to role the role words w[k, e) as the registry keeps a role:
 * without "the" and affiliation adjectives ("President of the European
 * Commission" -> "President of Commission"). */
void reg_role_words(const char *t, const struct word *w, size_t k, size_t e, struct buf *role);

/* A country speaks through the most salient person affiliated with it. */
long reg_speaker_for(struct registry *st, size_t a);

/* The body or country mentioned last ("it said"); with plural_group, only
 * a plural group named after every person ("Western diplomats ... they
 * said"). -1 when none. */
long reg_recent_body(struct registry *st, int plural_group);

/* Records the parties of a meeting when none are known yet: the actors
 * named by the capitalised runs of w[from..n) (persons when at least two,
 * else bodies too), in order. Returns how many there are now. */
size_t reg_note_meeting(struct registry *st, const struct word *w, size_t from, size_t n);

/* Forgets actor a when it is the last one registered (a name a guess made
 * up, "Polling" of "Polling stations opened"), so no later pronoun finds it. */
void reg_forget_last(struct registry *st, size_t a);

/* Frees the registry's own arrays (not the document). */
void reg_free(struct registry *st);

#endif
