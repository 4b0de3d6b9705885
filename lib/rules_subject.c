/* rules_subject.c -- the rules that start from a sentence's subject (see
 * rules_int.h): the parties of a meeting that talked, groups and crowds
 * named as the text names them; and where a subject ends before its verb,
 * which the main-subject rule (rules_main.c) reads too. */
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

/* The last word of the subject of the verb at word v, back over adverbs
 * and weekdays ("EU foreign ministers today urged"); *touch says no
 * punctuation comes between it and the verb, but for a name's ", Jr."
 * ("President Joseph R. Biden, Jr. will visit") and an acronym in
 * brackets ("The United Arab Emirates (UAE) says"). */
size_t rules_verb_subject_end(const char *t, const struct word *ws, size_t v, int *touch) {
    size_t j = v - 1;
    while (j > 0 && (WIS(t, ws[j], LX_BETWEEN | LX_WEEKDAY) || wd_ly_adverb(t, &ws[j])) && !ws[j + 1].punct)
        j--;
    *touch = !ws[j + 1].punct;
    if (j > 0 && ws[j].punct == ',' && ws[j + 1].punct == '.' &&
        (weq(t, &ws[j], "Jr") || weq(t, &ws[j], "Sr"))) {
        *touch = 1;
        return j - 1;
    }
    /* "The United Arab Emirates (UAE) says ...": an acronym in brackets */
    if (j > 0 && ws[j].punct == '(' && ws[j + 1].punct == ')' && !ws[j].lower && ws[j].cap) {
        *touch = !ws[j].punct || ws[j].punct == '(';
        return j - 1;
    }
    return j;
}

/* The head before a place phrase: what rules_int.h says. */
size_t rules_pp_head(const char *t, const struct word *ws, size_t j) {
    static const char *const preps[] = {"in", "from", "at", "to", "for", NULL};
    /* a name ends the phrase, not an adjective ("in the Afghan election") */
    if (!ws[j].cap || j < 2 || wd_affil(t, &ws[j])) return j;
    size_t rs = mn_run_start(t, ws, j);
    if (rs > 0 && weq(t, &ws[rs - 1], "the") && !ws[rs].punct) rs--;
    if (rs < 2 || ws[rs].punct || ws[rs - 1].punct || ws[rs - 1].cap || !wd_in(t, &ws[rs - 1], preps))
        return j;
    return rs - 2;
}

/* Does the subject phrase from word `from` open the sentence, follow a
 * heading's colon or dash, or follow a short opener ("On Monday, ...",
 * "In a statement, ...")? News items put their subject there. */
int rules_opens_sentence(const char *t, const struct word *ws, size_t from) {
    (void)t;
    return from == 0 || ws[from].punct == ':' || ws[from].punct == '-' ||
           (ws[from].punct == ',' && from <= 6 && WIS(t, ws[0], LX_STOP));
}

/* "They discussed the importance of ...", "The two leaders exchanged
 * views ...", "The national security advisors reaffirmed ...": in the
 * readout of a meeting, the parties named together as the subject hold
 * what the sentence says they talked about, whatever the verb (the news
 * corpus's annotators read a position there; the label says none when
 * there is none). */
int rule_meeting_talk(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    /* inside a quotation, "they" are others */
    if (c->st->nmeet < 2 || !c->n || ws[0].punct == '"') return 0;
    for (size_t v = 1; v < c->n && v < 12; v++) {
        const struct word *w = &ws[v];
        /* "They celebrated ...", "The two presidents witnessed the
         * signing ...", "Both sides gave a positive assessment ...": any
         * past tense of the parties is what they did together */
        int past = wd_past(t, w);
        if (w->cap || (!past && !WIS(t, *w, LX_NARRATE | LX_CUE | LX_PLURALV))) continue;
        int touch;
        size_t j = rules_verb_subject_end(t, ws, v, &touch);
        if (!touch) return 0;
        size_t from = mn_np_start(t, ws, j);
        if (!rules_opens_sentence(t, ws, from)) return 0;
        /* "They agreed ...", "Both agreed ...", "Each side committed ..." */
        int they = (j == from && (weq(t, &ws[j], "they") || weq(t, &ws[j], "both"))) ||
                   (j == from + 1 && weq(t, &ws[from], "each") &&
                    (weq(t, &ws[j], "side") || weq(t, &ws[j], "party") || weq(t, &ws[j], "leader")));
        /* "the two", "both sides", "the leaders", "the two presidents",
         * "the national security advisors" */
        /* "the two heads of state" */
        int heads_of = j > from + 2 && weq(t, &ws[j - 1], "of") && weq(t, &ws[j - 2], "heads") &&
                       (weq(t, &ws[j], "state") || weq(t, &ws[j], "government"));
        int parties = (weq(t, &ws[from], "the") || weq(t, &ws[from], "both")) && j > from &&
                      !ws[j].cap && t[ws[j].e - 1] != '\'' &&
                      (heads_of || weq(t, &ws[j], "two") || weq(t, &ws[j], "three") ||
                       (t[ws[j].e - 1] == 's' &&
                        (WIS(t, ws[j], LX_JOINT | LX_ROLE | LX_DESC) || mn_agent_noun(t, &ws[j]))));
        if (!they && !parties) return 0;
        /* "they" and a past tense: only as the sentence's first words
         * ("Moreover, they had closed their eyes" are others) */
        if (they && past && !WIS(t, *w, LX_NARRATE | LX_CUE | LX_PLURALV) &&
            !(v == 1 && t[w->e - 1] == 'd'))
            return 0;
        if (!subj_meeting(c->st, out)) return 0;
        out->how = SPK_JOINT;
        CUE(out, *w);
        return 1;
    }
    return 0;
}

/* "The discussion focused on ...", "The document pointed to ...", "The
 * documents signed include ...", "Also signed was ...": in the readout of
 * a meeting, what its talks covered and what its texts say are the
 * parties' (ANNOTATION.md, version 2); its logistics ("The meeting was
 * attended by ...", "The talks took place ...") are the narrator's. */
int rule_meeting_outcome(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t n = c->n;
    if (c->st->nmeet < 2 || n < 3 || ws[0].punct == '"') return 0;
    static const char *const talks[] = {"conversation", "talks", "discussion", "discussions",
                                        "exchange", "negotiations", "meeting", "consultations",
                                        NULL};
    static const char *const texts[] = {"document", "documents", "statement", "declaration",
                                        "communique", "communiqué", "agreements", "memorandum",
                                        NULL};
    /* what the talks did: their subjects, their tone */
    static const char *const covered[] = {"focused", "focussed", "covered", "touched", "included",
                                          "considered", "addressed", "dealt", "concentrated",
                                          "centred", "centered", "featured", NULL};
    static const char *const tone[] = {"constructive", "substantive", "businesslike", "frank",
                                       "friendly", "productive", "useful", "fruitful", NULL};
    /* what a text says */
    static const char *const says[] = {"said", "says", "pointed", "stressed", "noted", "expressed",
                                       "highlighted", "reaffirmed", "set", "indicated", "include",
                                       "includes", "emphasised", "emphasized", "underlined",
                                       "confirmed", "reflects", "reflected", "contains",
                                       "outlined", "states", "stated", "declared", "affirmed",
                                       "mentioned", "voiced", "welcomed", "condemned", NULL};
    if (weq(t, &ws[0], "also") && weq(t, &ws[1], "signed") &&
        (weq(t, &ws[2], "was") || weq(t, &ws[2], "were")))
        goto parties;
    if (!(weq(t, &ws[0], "the") || weq(t, &ws[0], "this"))) return 0;
    for (size_t h = 1; h < n && h <= 3; h++) {
        if (ws[h].punct) return 0;
        int talk = wd_in(t, &ws[h], talks), text = wd_in(t, &ws[h], texts);
        if (!talk && !text) continue;
        size_t v = h + 1;
        if (v < n && weq(t, &ws[v], "signed") && text) v++; /* "The documents signed include" */
        if (v < n && WIS(t, ws[v], LX_BETWEEN)) v++;           /* "also", "primarily" */
        if (v >= n || ws[v].punct) return 0;
        if (talk && wd_in(t, &ws[v], covered)) goto parties;
        if (talk && (weq(t, &ws[v], "was") || weq(t, &ws[v], "were")) && v + 1 < n &&
            wd_in(t, &ws[v + 1], tone))
            goto parties;
        if (text && wd_in(t, &ws[v], says)) goto parties;
        return 0;
    }
    return 0;
parties:
    return subj_meeting(c->st, out);
}

/* The subject phrase ws[from..j] without a trailing adjunct of how it
 * spoke: "The Venezuelan Military in a statement says", "Chilean President
 * Sebastián Piñera in a nationally televised address apologizes". */
static size_t adjunct_cut(const char *t, const struct word *ws, size_t from, size_t j) {
    static const char *const dets[] = {"a", "an", "his", "her", "its", "their", NULL};
    for (size_t x = from + 1; x < j; x++)
        if ((weq(t, &ws[x], "in") || weq(t, &ws[x], "during")) && !ws[x].cap &&
            wd_in(t, &ws[x + 1], dets) && !ws[x + 1].cap)
            return x - 1;
    return j;
}

/* "EU foreign ministers urged ...", "A senior Iranian military official
 * warned ...", "Thousands of protesters demand ...": the subject phrase
 * that opens the sentence (or follows a heading's colon) and ends in a
 * noun for people or bodies is an actor of its own, named as the text
 * names it (ANNOTATION.md, version 2). */
int rule_group(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 1; i < c->n && i < 16; i++) {
        const struct word *w = &ws[i];
        if (w->cap || !WIS(t, *w, LX_CUE | LX_PLURALV)) continue;
        int touch;
        size_t j = rules_verb_subject_end(t, ws, i, &touch);
        if (!touch && ws[j + 1].punct != '.') return 0;
        size_t from = mn_np_start(t, ws, j);
        if (!rules_opens_sentence(t, ws, from)) return 0;
        j = adjunct_cut(t, ws, from, j);
        if (!mn_agent_noun(t, &ws[mn_np_head(t, ws, from, j)])) return 0;
        /* "The President", "the parties", "Both countries", "Ukraine and the
         * United Kingdom": descriptions and coordinated names refer to
         * actors named before, which the other rules resolve */
        size_t f = from;
        while (f < j && WIS(t, ws[f], LX_STOP) && !weq(t, &ws[f], "a") && !weq(t, &ws[f], "an")) f++;
        /* but "The Dutch government", "the Afghan government": a body of a
         * country the text names, not one named before */
        size_t g = f < j && weq(t, &ws[f], "the") ? f + 1 : f; /* a capitalised "The" */
        int national = j == g + 1 && wd_affil(t, &ws[g]) && WIS(t, ws[j], LX_BODY) &&
                       !WIS(t, ws[j], LX_DESC | LX_JOINT);
        if (!national && (weq(t, &ws[from], "the") || weq(t, &ws[f], "the") ||
                          weq(t, &ws[f], "both") || weq(t, &ws[f], "two") || weq(t, &ws[f], "all")))
            if (WIS(t, ws[j], LX_ROLE | LX_DESC | LX_JOINT) || j == f + 1) return 0;
        for (size_t x = from; x < j; x++)
            if (weq(t, &ws[x], "and") && ws[x + 1].cap) return 0;
        if (!WIS(t, *w, LX_CUE) && t[ws[j].e - 1] != 's') return 0;
        long a = mn_group(c->st, ws, national ? g : from, j);
        if (a < 0) return 0;
        *out = (struct who){{(size_t)a}, 1, rules_group_how(c->st, a), 0, 0};
        CUE(out, *w);
        return 1;
    }
    return 0;
}

/* ---- crowds ---------------------------------------------------------- */

/* The anonymous crowd of a protest: "Thousands of people", "protesters". */
static int crowd_word(const char *t, const struct word *w) {
    static const char *const v[] = {"people", "thousands", "hundreds", "dozens", "tens",
                                    "protesters", "protestors", "demonstrators", "crowd",
                                    "crowds", NULL};
    return wd_in(t, w, v);
}

/* Does word w start with a digit ("200" of "200,000")? */
static int digit(const char *t, const struct word *w) { return t[w->s] >= '0' && t[w->s] <= '9'; }

/* "protest", "demonstration", "rally", "march" as nouns. */
static int protest_noun(const char *t, const struct word *w) {
    static const char *const v[] = {"protest", "protests", "demonstration", "demonstrations",
                                    "rally", "rallies", "march", "marches", NULL};
    return wd_in(t, w, v);
}

/* A verb of protesting at word v: "protest", "rally", "demonstrate",
 * "march", "gather", "take to the streets" (any tense). */
static int protest_verb(const char *t, const struct word *ws, size_t n, size_t v) {
    static const char *const stems[] = {"protest", "rall", "demonstrat", "march", "gather",
                                        NULL};
    const struct word *w = &ws[v];
    if (w->cap || w->punct) return 0;
    if ((weq(t, w, "take") || weq(t, w, "takes") || weq(t, w, "took")) && v + 2 < n &&
        weq(t, &ws[v + 1], "to") && (weq(t, &ws[v + 2], "the") || weq(t, &ws[v + 2], "streets")))
        return 1;
    /* the stem and an inflection: "", "s", "e", "es", "ed", "y", "ies",
     * "ied" ("protested", "demonstrates", "rallies"; not "protesters") */
    static const char *const ends[] = {"", "s", "e", "es", "ed", "y", "ies", "ied", NULL};
    size_t l = WLEN(t, *w);
    for (const char *const *x = stems; *x; x++) {
        size_t k = strlen(*x);
        if (l < k || strncasecmp(t + w->s, *x, k) != 0) continue;
        for (const char *const *e = ends; *e; e++)
            if (l - k == strlen(*e) && strncasecmp(t + w->s + k, *e, l - k) == 0) return 1;
    }
    return 0;
}

/* A verb that says a protest happened: "takes place", "continue",
 * "resume", "erupt", "spread". */
static int event_verb(const char *t, const struct word *ws, size_t n, size_t v) {
    const struct word *w = &ws[v];
    if ((weq(t, w, "take") || weq(t, w, "takes") || weq(t, w, "took")) && v + 1 < n &&
        weq(t, &ws[v + 1], "place"))
        return 1;
    return weq(t, w, "continue") || weq(t, w, "continues") || weq(t, w, "continued") ||
           weq(t, w, "resume") || weq(t, w, "resumes") || weq(t, w, "resumed") ||
           weq(t, w, "erupt") || weq(t, w, "erupts") || weq(t, w, "erupted") ||
           weq(t, w, "spread") || weq(t, w, "spreads");
}

/* "Thousands of people protest in Skopje ...", "Protests against the visit
 * take place", "... as thousands protest against it": an anonymous crowd
 * protesting is the actor "protesters" (the news corpus's annotators name
 * it so: 15 of its development statements, all missed before). */
int rule_protest(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t n = c->n, s0 = 0;
    /* "2011 Egyptian revolution: Thousands of people gather ..." */
    for (size_t i = 1; i < n && i < 8; i++)
        if (ws[i].punct == ':') s0 = i;
    int crowd = 0, noun = 0, found = 0;
    long named = -1;
    for (size_t v = s0; v < n && v < s0 + 14 && !found; v++) {
        /* a verb right after its subject ("the protests" is no verb) */
        int after = v > s0 && (!WIS(t, ws[v - 1], LX_STOP | LX_BETWEEN) ||
                               crowd_word(t, &ws[v - 1])); /* "Thousands rally ..." */
        if (after && (protest_verb(t, ws, n, v) ? crowd || noun : noun && event_verb(t, ws, n, v)))
            found = 1;
        /* "Hundreds of Vietnamese citizens protest", "Approximately 200,000
         * Muslims protest": a crowd the text names is that group */
        if (found && crowd && v > s0 + 1 && !crowd_word(t, &ws[v - 1]) && !ws[v].punct &&
            !ws[v - 1].cap && mn_agent_noun(t, &ws[v - 1])) {
            size_t f = v - 1;
            while (f > s0 && !weq(t, &ws[f - 1], "of") && !mn_quantity(t, &ws[f - 1]) &&
                   !digit(t, &ws[f - 1]) && !ws[f].punct)
                f--;
            if (f > s0 && f + 3 >= v) named = mn_group(c->st, ws, f, v - 1);
        }
        if (ws[v].punct == ',' && v > s0 && !(digit(t, &ws[v]) && digit(t, &ws[v - 1]))) break;
        crowd |= crowd_word(t, &ws[v]) || digit(t, &ws[v]);
        noun |= protest_noun(t, &ws[v]) && (!ws[v].cap || v == s0);
        /* another verb first: "Police detained 40 people during the protests" */
        if (!found && !ws[v].cap && (WIS(t, ws[v], LX_CUE | LX_NARRATE) ||
                                     (WLEN(t, ws[v]) > 4 && t[ws[v].e - 2] == 'e' &&
                                      t[ws[v].e - 1] == 'd')))
            break;
    }
    /* "..., as thousands protest against it" */
    for (size_t v = 1; v + 1 < n && !found; v++)
        if ((weq(t, &ws[v - 1], "as") || weq(t, &ws[v - 1], "while")) && crowd_word(t, &ws[v]) &&
            protest_verb(t, ws, n, v + 1))
            found = 1;
    if (!found) return 0;
    long a = named >= 0 ? named : reg_find(c->st, "protesters");
    if (a < 0) {
        a = (long)reg_add(c->st, xstrdup("protesters"), NULL, NULL, 0);
        c->doc->actors[a].group = 1;
    }
    reg_touch(c->st, (size_t)a);
    *out = (struct who){{(size_t)a}, 1, SPK_GROUP, 0, 0};
    return 1;
}
