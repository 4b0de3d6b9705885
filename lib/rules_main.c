/* rules_main.c -- the main-subject rule (see rules_int.h): in news, the
 * holder of a position is the subject of the verb that takes it, whatever
 * the verb (ANNOTATION.md, version 2): names, lists of names, appositives,
 * groups at a paragraph's start; only names later in a paragraph. */
#include "rules.h"
#include "rules_int.h"
#include "actors.h"
#include "lexicon.h"
#include "mem.h"
#include "mention.h"
#include "registry.h"
#include "sentence.h"
#include "subject.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Does word w look like the finite verb of a clause: a stance or action
 * verb of the lexicon, or an unknown lower-case word in "-s" ("Egypt opens
 * its border", "Canada becomes ...", "Russia blacklists ...")? */
static int finite_verb(const char *t, const struct word *w) {
    if (w->cap || w->punct) return 0;
    if (WIS(t, *w, LX_CUE | LX_PLURALV)) return 1;
    size_t l = WLEN(t, *w);
    /* "thanks" is a stop word only where it opens a sentence */
    if (l < 4 || t[w->e - 1] != 's' ||
        (WIS(t, *w, LX_STOP | LX_BETWEEN | LX_JOINT) && !weq(t, w, "thanks")))
        return 0;
    char p = t[w->e - 2];
    if (p == 's' || p == 'u' || p == 'i' || p == '\'') return 0;
    /* plurals of news that are never its verbs: "Human rights
     * investigators ...", "Foreign relations committee ..." */
    static const char *const nouns[] = {"rights",   "relations",  "affairs",  "elections",
                                        "weapons",  "operations", "services", "groups", NULL};
    if (wd_in(t, w, nouns)) return 0;
    /* a listed noun for people ("officials"), not one by its ending only:
     * "orders", "offers", "blacklists" are verbs here */
    return !mn_people_noun(t, w);
}

/* "APEC leaders report progress", "Students take part in ...": the
 * base form right after a plural noun for people is their verb (the
 * present tense of news items), not an -ing, -ed or -ly word. */
static int plural_verb(const char *t, const struct word *ws, size_t v) {
    const struct word *w = &ws[v], *p = &ws[v - 1];
    /* "Protesters in Brazil hold ...", "Investigators from the United
     * Nations expand ...": the plural is the head before a place */
    size_t pp = rules_pp_head(t, ws, v - 1);
    if (pp != v - 1) p = &ws[pp];
    size_t l = WLEN(t, *w);
    if (w->cap || w->punct || l < 3 || p->punct == ',' || t[p->e - 1] != 's' ||
        WIS(t, *w, LX_STOP | LX_BETWEEN | LX_WEEKDAY | LX_PEOPLE) || wd_ly_adverb(t, w) ||
        wd_gerund(t, w) || (t[w->e - 2] == 'e' && t[w->e - 1] == 'd') || t[w->e - 1] == 's')
        return 0;
    /* armed men fight and voters vote, they take no position by it:
     * "Syrian forces shell villages", "Israeli voters head to the polls"
     * are the narrator's */
    static const char *const armed[] = {"forces", "troops", "militants", "soldiers", "rebels",
                                        "insurgents", "fighters", "gunmen", "jihadists",
                                        "police", "militias", "guerrillas", "voters", NULL};
    if (wd_in(t, p, armed)) return 0;
    struct word q = *p;
    q.cap = 0; /* "Protesters" opens the sentence */
    return mn_agent_noun(t, &q);
}

/* "Russia and Ukraine swap prisoners", "North Korea and South Korea open
 * ...": a lower-case word right after names joined by "and" at the start
 * of the sentence is their verb, in the plural form finite_verb cannot
 * tell from a noun. */
static int coordinated_verb(const char *t, const struct word *ws, size_t v) {
    const struct word *w = &ws[v];
    if (v < 3 || w->cap || w->punct || WLEN(t, *w) < 3 || !ws[v - 1].cap || !ws[0].cap ||
        WIS(t, *w, LX_STOP | LX_BETWEEN | LX_WEEKDAY) || wd_ly_adverb(t, w))
        return 0;
    /* "Poland and Lithuania are both members of NATO": a state, no act */
    if (weq(t, w, "are") || weq(t, w, "were") || weq(t, w, "have") || weq(t, w, "had") ||
        weq(t, w, "remain") || weq(t, w, "remained"))
        return 0;
    for (size_t x = 1; x + 1 < v; x++)
        if (weq(t, &ws[x], "and") && ws[x - 1].cap &&
            (ws[x + 1].cap || (x + 2 < v && weq(t, &ws[x + 1], "the") && ws[x + 2].cap)))
            return 1;
    return 0;
}

/* Inside a statement's paragraph, only a person named before (or "he",
 * "she") who is the subject is someone else's position: "President Biden
 * will underscore ...", but "Russia continues to ...", "The United States
 * stands with ..." and "History will ..." stay the issuer's (a country the
 * text names is the country, whoever speaks for it). */
static int mid_person(const struct rule_ctx *c, size_t from, size_t j, const struct who *out,
                      size_t known) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    if (out->n != 1 || out->actors[0] >= known) return 0;
    const struct spk_actor *a = &c->doc->actors[out->actors[0]];
    if (!a->person || a->group) return 0;
    if (weq(t, &ws[from], "the")) from++;
    if (from <= j && WIS(t, ws[j], LX_COUNTRY)) return 0;
    const struct actor_entry *e = from <= j ? actors_find(c->st->dict, t + ws[from].s,
                                                           ws[j].e - ws[from].s)
                                            : NULL;
    return !e || e->person;
}

/* Is the "-s" word at v more likely a plural noun than the verb of the
 * one-word subject at j? A verb takes its object next: a name, an article
 * or possessive, a number, "that" ("Hamas bans Fatah supporters ...",
 * "Gabon dissolves the party"); "Polling stations opened", "Suicide
 * bombings in ...", "Exit polls show" have a noun there. */
static int noun_guess(const char *t, const struct word *ws, size_t n, size_t j, size_t v) {
    static const char *const objects[] = {"the", "a", "an", "its", "their", "his", "her",
                                          "that", "all", "any", "two", "three", NULL};
    if (wd_gerund(t, &ws[j]) || v + 1 >= n) return 1;
    const struct word *x = &ws[v + 1];
    if (x->punct) return 1;
    return !(x->cap || wd_in(t, x, objects) || (t[x->s] >= '0' && t[x->s] <= '9'));
}

/* Can the run w[i..e] stand for an actor of its own: two words or more
 * (not opening with a function word: "Later", "In"), or one word the
 * dictionary or the country list knows, or an acronym ("NATO")? */
static int name_like(const struct rule_ctx *c, size_t i, size_t e) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    if (WIS(t, ws[i], LX_STOP | LX_WEEKDAY | LX_MONTH) || wd_gerund(t, &ws[i])) return 0;
    if (e > i) return 1;
    return WIS(t, ws[i], LX_COUNTRY) || !ws[i].lower ||
           actors_find(c->st->dict, t + ws[i].s, WLEN(t, ws[i])) != NULL;
}

/* A list of names that opens the sentence and ends right before the verb
 * at word v: "Macedonia, Serbia, Croatia, and Slovenia shut ...", "France,
 * Germany, and the United Kingdom issue ...". Every item must name an
 * actor; at least two. */
static int list_subject(struct rule_ctx *c, size_t v, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t from[SPK_MAX_ACTORS], to[SPK_MAX_ACTORS], n = 0, i = 0;
    int commas = 0;
    /* the spans first: nothing is registered unless the whole list holds */
    while (i < v && n < SPK_MAX_ACTORS) {
        if (weq(t, &ws[i], "the") && i + 1 < v) i++;
        if (!ws[i].cap) return 0;
        size_t e = mn_run_end(t, ws, v, i);
        if (e >= v || !name_like(c, i, e)) return 0;
        from[n] = i, to[n++] = e;
        i = e + 1;
        if (i == v) break;
        if (ws[i].punct == ',') commas = 1;
        else if (!weq(t, &ws[i], "and")) return 0;
        if (weq(t, &ws[i], "and")) i++;
    }
    if (i != v || n < 2 || !commas || ws[v].punct) return 0;
    struct who got = {{0}, 0, SPK_JOINT, 0, 0};
    for (size_t k = 0; k < n; k++) {
        long a = reg_run_actor(c->st, ws, from[k], to[k], 1);
        if (a < 0) return 0;
        got.actors[got.n++] = (size_t)a;
    }
    *out = got;
    return 1;
}

/* Is word w followed by a possessive "'s" (which the scanner skips)? */
static int possessive(const char *t, const struct word *w) {
    const unsigned char *p = (const unsigned char *)t + w->e;
    if (p[0] == '\'') return p[1] == 's' || p[1] == 'S';
    return p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99 && (p[3] == 's' || p[3] == 'S');
}

/* "Adel al-Jubeir, Saudi Arabia's foreign minister, foresees ...", "John
 * Baird, the Canadian Minister of Foreign Affairs announces ...": a name
 * opens the sentence, an appositive of at most twelve words follows
 * between commas, then the verb at word v (no "is", "who", "has" in
 * between: "X, a columnist, is reported missing" is no act of X's). */
static int appositive_main(struct rule_ctx *c, size_t v, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t q = 1;
    while (q < v && ws[q].punct != ',') q++;
    if (q >= v || v - q > 12 || !mn_run_word(ws, q - 1)) return 0;
    /* an appositive describes: "the ...", "a ...", "Saudi Arabia's ...",
     * a role, or names the title before it; a list goes on with names and
     * "and" */
    for (size_t x = q; x < v; x++)
        if (weq(t, &ws[x], "and") || (x > q && WIS(t, ws[x], LX_BREAKER))) return 0;
    int describes = weq(t, &ws[q], "the") || weq(t, &ws[q], "a") || weq(t, &ws[q], "an") ||
                    !ws[q].cap || WIS(t, ws[q], LX_ROLE) || wd_affil(t, &ws[q]) ||
                    possessive(t, &ws[q]);
    size_t k = mn_np_start(t, ws, q - 1);
    if (k == 0 && weq(t, &ws[0], "the")) k = 1;
    if (k > 1 || (k == 1 && !weq(t, &ws[0], "the")) || !ws[k].cap) return 0;
    /* the name first and what it is after it */
    long a = describes && name_like(c, k, q - 1) ? reg_run_actor(c->st, ws, k, q - 1, 1) : -1;
    if (a < 0) {
        /* "The Iranian Supreme Leader, Ayatollah Ali Khamenei, publicly
         * accuses ...": a title first, the name in the appositive */
        size_t c2 = v;
        while (c2 > q && ws[c2].punct != ',') c2--;
        int title = 0;
        for (size_t x = k; x < q; x++) title |= WIS(t, ws[x], LX_ROLE);
        if (!title || c2 <= q + 1 || !mn_run_word(ws, c2 - 1) ||
            mn_run_start(t, ws, c2 - 1) != q || !name_like(c, q, c2 - 1))
            return 0;
        a = reg_run_actor(c->st, ws, q, c2 - 1, 1);
    }
    if (a < 0) return 0;
    *out = (struct who){{(size_t)a}, 1, SPK_REPORTING_VERB, 0, 0};
    return 1;
}

/* Does the paragraph up to the end of this sentence hold a quotation mark
 * (straight or curly)? Its sentences are then someone's report. */
static int para_quoted(const struct rule_ctx *c) {
    const char *t = c->st->t;
    size_t b = c->se->start;
    while (b > 0 && !(t[b - 1] == '\n' && (b < 2 || t[b - 2] == '\n'))) b--;
    for (size_t i = b; i < c->se->end; i++)
        if (t[i] == '"' || (i + 2 < c->se->end && (unsigned char)t[i] == 0xE2 &&
                            (unsigned char)t[i + 1] == 0x80 &&
                            ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)))
            return 1;
    return 0;
}

/* "Vladimir Putin provided specific examples ...", "Ursula von der Leyen
 * handed over ...", "Jake Sullivan made clear ...": a past tense in "-ed"
 * (or a common irregular one) right after a name of two words
 * or more (not a role: "the Prime Minister elected"; not a journey:
 * "Fumio Kishida arrived in New Delhi" narrates). */
static int name_past(const char *t, const struct word *ws, size_t v) {
    static const char *const irregular[] = {"made", "gave", "led", "set", "put", "kept",
                                            "brought", "sought", "took", NULL};
    const struct word *w = &ws[v];
    size_t l = WLEN(t, *w);
    int ed = l >= 5 && t[w->e - 2] == 'e' && t[w->e - 1] == 'd';
    if (v < 2 || w->cap || w->punct || !(ed || wd_in(t, w, irregular)) ||
        WIS(t, *w, LX_STOP | LX_BETWEEN))
        return 0;
    static const char *const moves[] = {"arrived", "departed", "returned", "travelled",
                                        "traveled", "landed", "stayed", "visited", NULL};
    const struct word *a = &ws[v - 1];
    if (!a->cap || !a->lower || (a->punct && a->punct != '.') ||
        WIS(t, *a, LX_ROLE | LX_BODY | LX_PLACE) ||
        wd_in(t, w, moves) || !mn_run_word(ws, v - 1))
        return 0;
    size_t k = mn_run_start(t, ws, v - 1);
    return k < v - 1 && !WIS(t, ws[k], LX_STOP);
}

/* Is word v the main verb of the sentence: a modal ("will", "is to"), a
 * progressive after a name ("The European Commission is threatening"), or
 * a verb by finite_verb, coordinated_verb or plural_verb? *aux says it
 * was a modal or progressive. */
static int main_verb(const struct rule_ctx *c, size_t v, int *aux) {
    const char *t = c->st->t;
    const struct word *ws = c->w, *w = &ws[v];
    int modal = (weq(t, w, "will") || weq(t, w, "would")) && v + 1 < c->n && !ws[v + 1].cap;
    /* "Nigeria is to question ...": news's future of a plan */
    modal |= (weq(t, w, "is") || weq(t, w, "are")) && v + 2 < c->n &&
             weq(t, &ws[v + 1], "to") && !ws[v + 2].cap && !ws[v + 1].punct;
    /* "The European Commission is threatening Poland ...", of a subject
     * that is a name ("Debates around the issue are becoming strained" is
     * not) */
    int prog = (weq(t, w, "is") || weq(t, w, "are")) && v + 1 < c->n &&
               wd_gerund(t, &ws[v + 1]) && !ws[v + 1].cap && !ws[v + 1].punct;
    for (size_t x = 0; prog && x < v; x++)
        if (!ws[x].cap && !weq(t, &ws[x], "the") && !weq(t, &ws[x], "of")) prog = 0;
    *aux = modal || prog;
    /* after an appositive's closing comma too ("Ahmad Vahidi, Iran's
     * Minister of Defense, offers ..."): the caller checks the comma */
    struct word x = *w;
    x.punct = 0;
    return *aux || finite_verb(t, &x) || coordinated_verb(t, ws, v) || plural_verb(t, ws, v) ||
           name_past(t, ws, v);
}

/* "The Vatican concludes ...": no person goes by "the"; the one word after
 * it is a body, named as the text names it. */
static long the_body(struct rule_ctx *c, size_t j) {
    const char *t = c->st->t;
    char *name = xstrndup(t + c->w[j].s, WLEN(t, c->w[j]));
    long g = reg_find(c->st, name);
    if (g >= 0) {
        free(name);
    } else {
        g = (long)reg_add(c->st, name, NULL, NULL, 0);
        c->doc->actors[g].group = 1;
    }
    reg_touch(c->st, (size_t)g);
    return g;
}

/* Resolves the subject phrase w[from..j] of the verb at word v (the_name:
 * it is "The" and a name): a name, pronoun or description (subj_verb), else
 * at a paragraph's start a group named as the text names it. 1 when out
 * names someone. */
static int resolve_subject(struct rule_ctx *c, size_t v, size_t from, size_t j, int mid,
                           int aux, int the_name, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w, *w = &ws[v];
    size_t known = c->doc->nactors;
    /* "Protesters burn ...": a common noun for people is a group */
    int people = from == j && WIS(t, ws[j], LX_PEOPLE);
    /* "The Chief Public Prosecutor's Office in Istanbul launches ...": the
     * place is no subject, the phrase before it is, named with it */
    int placed = rules_pp_head(t, ws, j) != j;
    if (!people && !placed && subj_verb(c->st, ws, j, w, out)) {
        /* inside a statement's paragraph, only a person the sentence names
         * is someone else's position; "Russia continues to ..." is still
         * the issuer's account of Russia */
        if (mid && (c->issuer && c->issuer->n) && !mid_person(c, from, j, out, known)) return 0;
        /* a word the verb guess made a name of ("Polling stations opened"):
         * a one-word person never seen before is no subject */
        const struct spk_actor *a = &c->doc->actors[out->actors[0]];
        if (out->n == 1 && out->actors[0] >= known && a->person && !strchr(a->name, ' ') &&
            !a->code && !aux && !WIS(t, *w, LX_CUE | LX_PLURALV) &&
            (noun_guess(t, ws, c->n, j, v) || !(from == j || (the_name && from + 1 == j)))) {
            reg_forget_last(c->st, out->actors[0]);
            if (!the_name || j != from + 1) return 0;
            long g = the_body(c, j);
            *out = (struct who){{(size_t)g}, 1, rules_group_how(c->st, g), 0, 0};
        }
        return 1;
    }
    /* later in a paragraph, only a name is a subject of its own: a group or
     * description there is more often the report's topic */
    if (mid) return 0;
    /* "The Pope calls for ...": a title no one named before */
    int title = j == from + 1 && weq(t, &ws[from], "the") && ws[j].cap && WIS(t, ws[j], LX_ROLE);
    if (!title && !mn_agent_noun(t, &ws[mn_np_head(t, ws, from, j)])) return 0;
    /* "The leaders made statements": a description of actors named before,
     * which the joint rules resolve, is no group of its own */
    if ((weq(t, &ws[from], "the") || weq(t, &ws[from], "both") || weq(t, &ws[from], "two") ||
         weq(t, &ws[from], "all")) &&
        j == from + 1 && WIS(t, ws[j], LX_JOINT | LX_DESC))
        return 0;
    long a = mn_group(c->st, ws, title ? j : from, j);
    if (a < 0) return 0;
    *out = (struct who){{(size_t)a}, 1, rules_group_how(c->st, a), 0, 0};
    return 1;
}

/* Does this document tell its events in the present tense, as news items
 * and agency leads do ("The United States says ...", "Locals claim ...")?
 * More of its statements so far have a cue verb in the present than in the
 * past. There each sentence may bring in a new actor ("... Iran refutes
 * the claim ..."), where a readout's account of what a leader said, in the
 * past tense, goes on in its later sentences ("The Kiev authorities
 * continue to ..."). */
int rules_present_tense(const struct rule_ctx *c) {
    struct registry *st = c->st;
    /* counted as the statements come, not again for every sentence */
    if (st->tense_seen < c->first) st->tense_seen = c->first;
    for (; st->tense_seen < c->doc->nstmts; st->tense_seen++) {
        const struct spk_stmt *s = &c->doc->stmts[st->tense_seen];
        if (!s->cue_len) continue;
        struct word w = {.s = s->cue_start, .e = s->cue_start + s->cue_len};
        st->tense_balance += wd_past(st->t, &w) ? -1 : 1;
    }
    return st->tense_balance > 0;
}

/* The subject of the sentence's main verb, whatever the verb ("Egypt
 * opens its border with Gaza", "Canada will boycott the conference", "The
 * Israeli cabinet approves ..."): in news, the holder of a position is the
 * subject of the action that takes it (ANNOTATION.md, version 2). Only a
 * subject phrase that opens the sentence, and only the first verb. */
int rule_main_subject(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    /* In a paragraph's later sentences the subject is more often part of
     * a report that goes on ("Ukraine needs weapons" in Zelenskyy's
     * words): there only a name or a pronoun counts, and not in a
     * paragraph with a quotation ("Ukraine will always remember this").
     * News dev position accuracy 0.726 -> 0.730, kremlin-ua unchanged
     * (paragraph starts only before: kremlin-ua 0.824 vs 0.802 everywhere). */
    /* News items in the present tense (rules_present_tense) with no issuer
     * are a paragraph of subjects that act, each its own. News dev
     * position accuracy 0.766 -> 0.770 (news items 0.678 -> 0.688),
     * kremlin-ua 0.883 -> 0.882. */
    int mid = !c->se->para_start && ((c->issuer && c->issuer->n) || !rules_present_tense(c));
    if (mid && para_quoted(c)) return 0;
    for (size_t v = 1; v < c->n && v < 16; v++) {
        const struct word *w = &ws[v];
        /* "Minister A held talks with Secretary B": narration, no position
         * (ANNOTATION.md's worked example) */
        /* (but "took the opportunity to congratulate ..." acts) */
        if (!w->cap && WIS(t, *w, LX_NARRATE) &&
            !(v + 2 < c->n && weq(t, &ws[v + 2], "opportunity")))
            return 0;
        int aux;
        if (!main_verb(c, v, &aux)) continue;
        /* "France, Germany, and the United Kingdom issue ...": a list of
         * names is the subject, all of them */
        if (!mid && list_subject(c, v, out)) {
            CUE(out, *w);
            return 1;
        }
        int touch;
        size_t j = rules_verb_subject_end(t, ws, v, &touch);
        size_t from = touch ? mn_np_start(t, ws, j) : 0;
        /* "Adel al-Jubeir, Saudi Arabia's foreign minister, foresees ...":
         * the name before the appositive */
        if (!touch || (from > 0 && ws[from].punct == ',' && !rules_opens_sentence(t, ws, from))) {
            if (mid || !appositive_main(c, v, out)) return 0;
            CUE(out, *w);
            return 1;
        }
        /* "The talks lasted ...": an article alone is no subject, the
         * noun after it no verb */
        if (from == j && (weq(t, &ws[j], "the") || weq(t, &ws[j], "a") || weq(t, &ws[j], "an")))
            continue;
        if (!rules_opens_sentence(t, ws, from)) return 0;
        /* "It", "This", "There"; but "The European Commission", "The
         * President of France ..." name their subject */
        int the_name = weq(t, &ws[from], "the") && from + 1 <= j && ws[from + 1].cap &&
                       !ws[from + 1].punct;
        int pronoun = from == j && (weq(t, &ws[j], "he") || weq(t, &ws[j], "she"));
        if (WIS(t, ws[from], LX_STOP) && !mn_quantity(t, &ws[from]) && !the_name && !pronoun)
            return 0;
        if (!resolve_subject(c, v, from, j, mid, aux, the_name, out)) return 0;
        CUE(out, *w);
        return 1;
    }
    return 0;
}
