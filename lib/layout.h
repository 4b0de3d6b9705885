/* layout.h -- the layout of a document that tells who speaks: transcript
 * speaker tags ("President of Russia Vladimir Putin: ..."), also after a
 * heading glued to them at the start of a paragraph. */
#ifndef PARLEY_LAYOUT_H
#define PARLEY_LAYOUT_H
#include <stddef.h>
#include "speaker.h"
#include "words.h"

struct registry;

/* A transcript tag at the start of the sentence t[s, e) (words w[0..n)):
 * returns its actor (registered) and sets *body_start to the first byte
 * after the colon; -1 when there is none. */
long lay_transcript_tag(struct registry *st, const struct word *w, size_t n, size_t s,
                        size_t e, size_t *body_start);

/* The same, also after a heading glued to the tag; *tag_start is where the
 * tag begins. */
long lay_headed_tag(struct registry *st, const struct word *w, size_t n, size_t s, size_t e,
                    size_t *tag_start, size_t *body_start);

/* A speaker tag closed by a full stop, a paragraph of its own sentence
 * inside a transcript ("Sebastian Kurz. Thank you for your question."):
 * the sentence t[s, e) is only the name of a person the document named
 * before. Returns the actor, or -1. */
long lay_dotted_tag(struct registry *st, const struct word *w, size_t n, size_t s, size_t e);

/* The persons a title says the document's speaker met: "Press statements
 * following a meeting with President of Italy Sergio Mattarella", "...
 * talks with ...". Fills out (at most SPK_MAX_ACTORS); returns how many. */
size_t lay_title_guests(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]);

/* The parties of a readout, from its title: "Readout of President Joseph
 * R. Biden, Jr. Call with Prime Minister Benjamin Netanyahu of Israel",
 * "Readout of National Security Advisor Jake Sullivan's Meeting with ...".
 * Registers them (so "The President" later resolves) and fills out;
 * returns how many (0: no readout title). */
size_t lay_title_readout(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]);

/* The issuer of a statement or the speaker of remarks, from the title:
 * "Statement by President Biden on ...", "Statement from NSC Spokesperson
 * Adrienne Watson on ...", "Joint Statement of the United States and
 * Japan", "Remarks by President Biden ...". Registers them and fills out
 * (at most four); returns how many (0: the title names no issuer). */
size_t lay_title_issuer(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]);

/* 1 when the title is a statement's, remarks' or a declaration's, whether
 * or not it names the issuer. */
int lay_title_is_statement(const char *title);

/* The person a speech's title says speaks ("Speech by President of
 * Ukraine Volodymyr Zelenskyy in the Knesset", "We will win - address by
 * the President of Ukraine", "First Lady Olena Zelenska addressed the
 * officials ...", "President Volodymyr Zelenskyy's address to ..."), else
 * -1: the document's speaker when the user names none. */
long lay_title_speaker(struct registry *st, const char *title);

/* The issuer a statement names in its own words when its title does not:
 * "We, the leaders of the Group of Seven (G7), reaffirm ..." anywhere, or,
 * in the first sentence of a document titled a statement (opens_doc), a list of parties that
 * goes on in the first person ("China, France, Russia, the United Kingdom
 * and the United States consider ... our foremost responsibilities"; two
 * parties at least). Fills out (at most four); returns how many. */
size_t lay_self_named(struct registry *st, const struct word *w, size_t n, int opens_doc,
                      size_t out[SPK_MAX_ACTORS]);

/* A speech header that opens a paragraph: "Speech by the President of
 * Russia Vladimir Putin", "Remarks by President Biden on ...", "Address by
 * President of Ukraine Volodymyr Zelenskyy", "Opening remarks by ...": the
 * speaker of the first-person text that follows; -1 when the sentence is
 * none (a header has no final stop and names its speaker after "by"). */
long lay_speech_header(struct registry *st, const struct word *w, size_t n, size_t s, size_t e);

/* The length of a paragraph number or list marker at t[s, e) ("1. ",
 * "2) ", "(a) ", "iii. ", "IV. "), with the space after it; 0 when there
 * is none. A sentence that is only a marker is not a statement. */
size_t lay_list_marker(const char *t, size_t s, size_t e);

/* Does the sentence with words w[0..n) report a meeting or call ("had a
 * telephone conversation with", "held talks with", "met with", "spoke
 * today with", "a meeting between")? Returns 1 + the first word of the
 * phrase that names its parties, 0 when it reports none. */
size_t lay_meeting(const char *t, const struct word *w, size_t n);

#endif
