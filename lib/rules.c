/* rules.c -- the evidence rules of attribution as an ordered table (see
 * rules.h), and the rules of discourse: the first person of a statement's
 * issuer, the continuation of a report, the person named last. The cue
 * rules are in rules_cue.c, the subjects of news items in rules_subject.c.
 * Everything is a heuristic; `make eval` measures it on hand-labelled
 * documents. */
#include "rules.h"
#include "rules_int.h"
#include "actors.h"
#include "buf.h"
#include "lexicon.h"
#include "mention.h"
#include "mem.h"
#include "registry.h"
#include "sentence.h"
#include "subject.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The actors of statement s, as evidence of kind how for another one. */
void rules_who_of(const struct spk_stmt *s, enum spk_how how, struct who *out) {
    out->n = s->nactors;
    memcpy(out->actors, s->actors, sizeof out->actors);
    out->how = how;
}

/* A phrase mn_group resolved: a group, or the person its name ends in. */
enum spk_how rules_group_how(const struct registry *st, long a) {
    return st->doc->actors[a].group ? SPK_GROUP : SPK_REPORTING_VERB;
}

/* Is word i the last of a capitalised run ("World War I")? */
static int ws_cap_run(const struct word *w, size_t i) { return w[i - 1].cap && !w[i].punct; }

/* The first word of the sentence in the first person ("I", "we", "my",
 * "our", "us"), else NULL. Case matters: "US" is no "us", "World War I" no
 * "I". */
static const struct word *first_person(const struct rule_ctx *c) {
    const char *t = c->st->t;
    for (size_t i = 0; i < c->n; i++) {
        const struct word *w = &c->w[i];
        if ((WLEN(t, *w) == 1 && t[w->s] == 'I' && !(i > 0 && ws_cap_run(c->w, i))) ||
            ((weq(t, w, "we") || weq(t, w, "my") || weq(t, w, "our") || weq(t, w, "us")) &&
             w->lower))
            return w;
    }
    return NULL;
}

/* "I strongly condemn ...", "We reaffirm ...": in a statement, the first
 * person is its issuer (from the title), before any continuation. */
static int rule_first_person(struct rule_ctx *c, struct who *out) {
    if (!c->issuer || !c->issuer->n) return 0;
    const struct word *w = first_person(c);
    if (!w) return 0;
    *out = *c->issuer;
    CUE(out, *w);
    return 1;
}

/* Continuation: press releases report a speaker's words over several
 * sentences and name the speaker once ("Andriy Yermak said ... So Europe
 * must help."). A sentence with no evidence of its own goes on with the
 * sentence before, unless it narrates ("The presidents discussed ...").
 * Measured on the non-dev kremlin-ua documents: accuracy on sentences with
 * a position 0.768 -> 0.830, on all sentences 0.797 -> 0.839. */
static int rule_continuation(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    size_t k = c->doc->nstmts;
    while (k > c->first && c->doc->stmts[k - 1].list_marker) k--; /* "2." is no break */
    if (k <= c->first) return 0;
    const struct spk_stmt *pv = &c->doc->stmts[k - 1];
    /* a section break ("* * *") ends the report */
    if (pv->end <= c->se->start && memchr(t + pv->end, '*', c->se->start - pv->end)) return 0;
    for (size_t i = 0; i < c->n; i++)
        if (WIS(t, c->w[i], LX_NARRATE)) return 0;
    if (!pv->nactors || pv->how == SPK_TRANSCRIPT || pv->how == SPK_SPEAKER) return 0;
    /* in a statement, a sentence that names no one is in the issuer's
     * voice, not more of the party the sentence before reported ("Saudi
     * Arabia demonstrated leadership ... Oman played a central role ..."):
     * news dev position accuracy 0.683 -> 0.687 */
    if (c->issuer && c->issuer->n) return 0;
    /* A paragraph that opens with a name of its own ("Poland's ruling Law
     * and Justice proposes ...", "TDA is ...") starts a new item, not more
     * of the report before: news digests put one story a paragraph. Whom
     * it names the rules above did not resolve, so it is the narrator's.
     * News: all sentences 0.683 -> 0.729, pair F1 0.672 -> 0.681, position
     * accuracy 0.710 -> 0.707; kremlin-ua unchanged. */
    const struct word *w0 = &c->w[0];
    if (c->se->para_start && c->n && w0->cap && !w0->quote_before && !WIS(t, *w0, LX_STOP))
        return 0;
    /* nor does one that opens with an article, a number or a quantity
     * (mn_quantity: "A federal judge rules ...", "Thousands
     * of people rally ...", "Some 200 protesters ...") */
    if (c->se->para_start && c->n && mn_quantity(t, w0)) return 0;
    rules_who_of(pv, SPK_CONTINUATION, out);
    out->cue_start = out->cue_len = 0;
    return 1;
}

/* "I am confident that ...", "We hope ...", "in our opinion" with no one
 * named and nothing to continue: the words of the person reported last,
 * else of the person named last (an address or remarks whose speaker the
 * page named once, then narrated around). Position accuracy: kremlin-ua
 * 0.846 -> 0.851, news unchanged. */
static int rule_first_person_recent(struct rule_ctx *c, struct who *out) {
    if (!first_person(c)) return 0;
    for (size_t k = c->doc->nstmts; k-- > c->first;) {
        const struct spk_stmt *s = &c->doc->stmts[k];
        if (s->nactors == 1 && c->doc->actors[s->actors[0]].person) {
            rules_who_of(s, SPK_CONTINUATION, out);
            return 1;
        }
    }
    long a = reg_recent_person(c->st, 0);
    if (a < 0) return 0;
    *out = (struct who){{(size_t)a}, 1, SPK_CONTINUATION, 0, 0};
    return 1;
}

int rules_reported(struct rule_ctx *c, struct who *out) {
    *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
    if (!rule_reporting_verb(c, out) || !out->n) return 0;
    /* a named person or group, not "we", "it" or a country the speaker
     * speaks for */
    for (size_t k = 0; k < out->n; k++) {
        const struct spk_actor *a = &c->doc->actors[out->actors[k]];
        if (!a->person && !a->group) return 0;
    }
    return out->how == SPK_REPORTING_VERB || out->how == SPK_PRONOUN ||
           out->how == SPK_DESCRIPTION || out->how == SPK_GROUP;
}

const struct rule spk_rules[] = {
    {"media-report", rule_media_report},
    {"reporting-verb", rule_reporting_verb},
    {"it-agreed", rule_it_agreed},
    {"agentless", rule_agentless},
    {"passive", rule_passive},
    {"in-opinion", rule_in_opinion},
    {"according-to", rule_according_to},
    {"meeting-talk", rule_meeting_talk},
    {"meeting-outcome", rule_meeting_outcome},
    {"protest", rule_protest},
    {"group", rule_group},
    {"first-person", rule_first_person},
    {"main-subject", rule_main_subject},
    {"passive-agent", rule_passive_agent},
    {"continuation", rule_continuation},
    {"first-person-recent", rule_first_person_recent},
    {NULL, NULL},
};

/* "X says ..., while Y calls ...", "X condemns it, but Y said ...": a second clause joined by "while",
 * "whereas", ", but" or ", as", whose own subject stands right before its
 * cue, holds the sentence's position too (the news corpus names both).
 * Adds that clause's actors to *out. News development part, position
 * accuracy 0.708 -> 0.711; a clause after a semicolon measured 4 worse
 * (the corpus gives it one holder as often as two). */
static void second_clause(struct rule_ctx *c, struct who *out) {
    if (!out->n) return;
    struct registry *st = c->st;
    const char *t = st->t;
    const struct word *ws = c->w;
    size_t k = 1;
    while (out->cue_len && k < c->n && ws[k].s < out->cue_start + out->cue_len) k++;
    for (; k + 2 < c->n && out->n < SPK_MAX_ACTORS; k++) {
        const struct word *w = &ws[k];
        size_t s0;
        if ((weq(t, w, "while") || weq(t, w, "whereas")) && !w->cap)
            s0 = k + 1;
        else if (w->punct == ',' && !w->cap && weq(t, w, "but"))
            s0 = k + 1;
        /* not "The two leaders discussed ..., as Israel responds to ...":
         * the "as" of a time after what several parties did */
        else if (w->punct == ',' && !w->cap && weq(t, w, "as") && out->n == 1)
            s0 = k + 1;
        else
            continue;
        if (s0 > k && ws[s0].punct) continue;
        for (size_t i = s0 + 1; i < c->n && i < s0 + 10; i++) {
            if (ws[i].punct) break;
            if (ws[i].cap || !WIS(t, ws[i], LX_CUE)) continue;
            struct who two = {{0}, 0, SPK_NARRATOR, 0, 0};
            if (mn_np_start(t, ws, i - 1) != s0) break;
            if (!subj_verb(st, ws, i - 1, &ws[i], &two)) {
                /* "the Polish government rejects": a group the phrase names */
                struct word hw = ws[mn_np_head(t, ws, s0, i - 1)];
                hw.cap = 0;
                long a = mn_agent_noun(t, &hw) ? mn_group(st, ws, s0, i - 1) : -1;
                if (a < 0) break;
                two.actors[0] = (size_t)a, two.n = 1;
            }
            for (size_t a = 0; a < two.n && out->n < SPK_MAX_ACTORS; a++) {
                size_t x = 0;
                while (x < out->n && out->actors[x] != two.actors[a]) x++;
                if (x == out->n) out->actors[out->n++] = two.actors[a];
            }
            break;
        }
    }
}

/* In a statement, the country its issuer speaks for is the issuer: "The
 * UK will keep increasing the pressure" in a statement by the Foreign
 * Secretary (the country of a person the dictionary or the text
 * affiliates). */
static void issuer_country(const struct rule_ctx *c, struct who *out) {
    if (!c->issuer || c->issuer->n != 1 || out->n != 1) return;
    const struct spk_actor *who = &c->doc->actors[out->actors[0]];
    const struct spk_actor *is = &c->doc->actors[c->issuer->actors[0]];
    if (!who->person && is->person && is->affil && strcmp(is->affil, who->name) == 0)
        out->actors[0] = c->issuer->actors[0];
}

/* "Ukraine expects ...", "Russia proposed ..." right after a person who
 * speaks for that country was reported: the country's position as that
 * person put it (the person reported last, ANNOTATION.md's "A said Russia
 * would respond" is A's). */
static void speaker_country(const struct rule_ctx *c, struct who *out) {
    /* not in news told in the present ("The United States welcomes ...",
     * "Iran announces ..." are the country's) nor in a statement, whose
     * issuer issuer_country reads */
    if (out->n != 1 || c->doc->nstmts <= c->first || c->se->para_start ||
        (c->issuer && c->issuer->n) || rules_present_tense(c))
        return;
    const struct spk_actor *who = &c->doc->actors[out->actors[0]];
    if (who->person || who->group) return;
    const struct spk_stmt *pv = &c->doc->stmts[c->doc->nstmts - 1];
    if (pv->nactors != 1) return;
    const struct spk_actor *p = &c->doc->actors[pv->actors[0]];
    if (p->person && !p->group && p->affil && strcmp(p->affil, who->name) == 0)
        out->actors[0] = pv->actors[0];
}

int rules_apply(struct rule_ctx *c, struct who *out) {
    for (const struct rule *r = spk_rules; r->name; r++) {
        *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
        if (r->fn(c, out) && out->n) {
            out->rule = r->name;
            if (out->how == SPK_REPORTING_VERB || out->how == SPK_GROUP ||
                out->how == SPK_DESCRIPTION || out->how == SPK_PRONOUN)
                second_clause(c, out);
            issuer_country(c, out);
            speaker_country(c, out);
            return 1;
        }
    }
    *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
    return 0;
}
