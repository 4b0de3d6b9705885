/* speaker.h -- attribution: which actor holds the position in each sentence.
 *
 * Evidence, in order: transcript speaker tags (also after a glued heading),
 * reporting verbs in "X said ..." and "..., said X" order (coordinated
 * subjects joint), pronouns and descriptions resolved to the most recent
 * compatible actor, joint actors ("the two sides"), agentless passives
 * ("It is hoped", "Attention was drawn") to the last reported actor,
 * "according to X", quotes continued across sentences, a report continued
 * over sentences that name no one, and the narrator otherwise.
 * Canonical actors: "Russian Defense Minister Sergei Shoigu" becomes
 * "Sergei Shoigu" with role "Defense Minister" and affiliation "Russia", and
 * later "Shoigu" maps to him. */
#ifndef PARLEY_SPEAKER_H
#define PARLEY_SPEAKER_H
#include <stddef.h>


/* The most actors one statement holds jointly: a joint statement of the
 * G7 leaders, or of eighteen governments on a hostage crisis, names each. */
#define SPK_MAX_ACTORS 20
struct sent_list;
struct actors;

enum spk_how {
    SPK_NARRATOR,       /* no holder of a position found */
    SPK_REPORTING_VERB, /* "Shoigu said ...", "..., said Shoigu" */
    SPK_QUOTE,          /* inside a quote attributed in another sentence */
    SPK_PRONOUN,        /* "he said" */
    SPK_DESCRIPTION,    /* "the minister said", "the British side noted" */
    SPK_JOINT,          /* "the two sides agreed" */
    SPK_ACCORDING_TO,   /* "According to Shoigu, ..." with no other cue */
    SPK_TRANSCRIPT,     /* "Vladimir Putin: ..." */
    SPK_SPEAKER,        /* the document's speaker (--speaker) */
    SPK_CONTINUATION,   /* no evidence of its own: goes on with the sentence before */
    SPK_GROUP,          /* "EU foreign ministers urged ...": a group named as the text names it */
    SPK_ISSUER,         /* the issuer of a statement, from its title */
    SPK_OUTCOME         /* the agentless outcome of a meeting: each party */
};

const char *spk_how_name(enum spk_how h);

struct spk_actor {
    char *name;  /* canonical: "Sergei Shoigu", "Russian Foreign Ministry" */
    char *role;  /* "Defense Minister", or NULL */
    char *affil; /* "Russia", or NULL */
    char *code;  /* actor code from the dictionary ("RUSMIL"), or NULL */
    int person;  /* 1 person, 0 body */
    int female;  /* 1 when a first name or title says so ("she" resolves here) */
    int group;   /* 1 for a group named as the text names it ("EU foreign ministers") */
    int asks;    /* 1 for the interviewer of a transcript ("journalist", "moderator"):
                    their questions hold no position (ANNOTATION.md, version 2) */
};

struct spk_stmt {
    size_t start, end;   /* byte offsets of the statement in the text */
    size_t actors[SPK_MAX_ACTORS]; /* indexes into spk_doc.actors */
    size_t nactors;      /* 0 means the narrator */
    enum spk_how how;
    size_t cue_start, cue_len; /* the cue word in the text (len 0: none) */
    int list_marker;     /* the sentence is only a list marker ("2.", "(b)") */
    const char *rule;    /* the name of the evidence rule that attributed it
                            ("reporting-verb", "main-subject", ...; rules.h),
                            NULL when layout or the speaker did */
};

struct spk_doc {
    struct spk_actor *actors;
    size_t nactors, cap_actors;
    struct spk_stmt *stmts;
    size_t nstmts, cap_stmts;
};

/* Attributes every sentence of text. speaker, if not NULL, is the whole
 * document's speaker (first-person speech): sentences without other
 * evidence go to it instead of the narrator. dict (may be NULL) is the
 * actor dictionary (actors.h): names it knows become its canonical names,
 * with its roles, affiliations and gender. Fills doc (caller zeroes it,
 * frees with spk_doc_free). Never fails. */
void spk_attribute(const char *text, size_t len, const struct sent_list *sents,
                   const char *speaker, const struct actors *dict, struct spk_doc *doc);

/* What is known of a document besides its text. */
struct spk_input {
    const char *speaker; /* first-person speech of this person, or NULL */
    const char *title;   /* "Statement by President Biden on ...": the issuer of
                            a statement holds its first-person and otherwise
                            unattributed sentences; or NULL */
};

/* spk_attribute with a title (in may be NULL). */
void spk_attribute_doc(const char *text, size_t len, const struct sent_list *sents,
                       const struct spk_input *in, const struct actors *dict,
                       struct spk_doc *doc);

/* Writes "A; B" (or "narrator") for a statement's actors into a new string. */
char *spk_actor_names(const struct spk_doc *doc, const struct spk_stmt *s);

void spk_doc_free(struct spk_doc *doc);

#endif
