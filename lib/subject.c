/* subject.c -- resolving the subject before a verb to the actors it names
 * (see subject.h): names and countries, pronouns, descriptions ("the
 * minister", "the British side"), joint references ("the two sides", the
 * parties of a meeting) and coordinated subjects. */
#include "subject.h"
#include "buf.h"
#include "lexicon.h"
#include "mem.h"
#include "mention.h"
#include "registry.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The parties of the meeting the document reports, as evidence. */
int subj_meeting(struct registry *st, struct who *out) {
    if (st->nmeet < 2) return 0;
    *out = (struct who){{0}, st->nmeet, SPK_OUTCOME, 0, 0};
    memcpy(out->actors, st->meet, st->nmeet * sizeof *st->meet);
    return 1;
}

/* The two most salient actors ("the two sides"), as evidence. */
int subj_pair(struct registry *st, struct who *out) {
    size_t p[2];
    if (reg_recent_pair(st, p) < 2) return 0;
    *out = (struct who){{p[0], p[1]}, 2, SPK_JOINT, 0, 0};
    return 1;
}

/* Resolves the one subject that ends at word j (the word before a cue);
 * *start is set to its first word when it is a name or description run
 * that may be coordinated with another before it, else to SIZE_MAX. */
static int subject_one(struct registry *st, const struct word *w, size_t j, struct who *out,
                       size_t *start) {
    *start = SIZE_MAX;
    const char *t = st->t;
    if (weq(t, &w[j], "he") || weq(t, &w[j], "she") || weq(t, &w[j], "him") ||
        weq(t, &w[j], "her")) {
        long a = reg_recent_person(st, weq(t, &w[j], "she") || weq(t, &w[j], "her"));
        if (a < 0) return 0;
        *out = (struct who){{(size_t)a}, 1, SPK_PRONOUN};
        return 1;
    }
    /* "they" after a group ("Western diplomats met ... They said") */
    if (weq(t, &w[j], "they")) {
        long a = reg_recent_body(st, 1);
        if (a >= 0) {
            *out = (struct who){{(size_t)a}, 1, SPK_PRONOUN, 0, 0};
            return 1;
        }
    }
    /* "The three NSAs reaffirmed", "the two ministers": as many as the
     * meeting has parties (not "the two countries", which are countries) */
    static const char *const lands[] = {"countries", "governments", "states", "nations", NULL};
    if (j > 0 && t[w[j].e - 1] == 's' && WLEN(t, w[j]) > 2 && !wd_in(t, &w[j], lands)) {
        static const char *const counts[] = {"two", "three", "four", "five", NULL};
        for (size_t q = 0; counts[q]; q++)
            if (st->nmeet == q + 2 && wd_eq_n(t, &w[j - 1], counts[q], strlen(counts[q]))) {
                subj_meeting(st, out);
                out->how = SPK_JOINT;
                return 1;
            }
    }
    if (weq(t, &w[j], "they") || weq(t, &w[j], "both") ||
        (WIS(t, w[j], LX_JOINT) && j > 0 &&
         (weq(t, &w[j - 1], "two") || weq(t, &w[j - 1], "both") || weq(t, &w[j - 1], "the") ||
          weq(t, &w[j - 1], "all")))) {
        if (subj_meeting(st, out) || subj_pair(st, out)) {
            out->how = SPK_JOINT;
            return 1;
        }
        return 0;
    }
    /* "The document pointed to ...", "The joint statement mentioned ...":
     * the text the parties signed speaks for all of them */
    static const char *const documents[] = {"document", "statement", "declaration",
                                            "communique", "communiqué", NULL};
    if (wd_in(t, &w[j], documents) && j > 0 &&
        (weq(t, &w[j - 1], "the") || weq(t, &w[j - 1], "joint") || weq(t, &w[j - 1], "final")) &&
        subj_meeting(st, out))
        return 1;
    /* "The Head of the Ukrainian state emphasized": the president */
    if (weq(t, &w[j], "state") && !w[j].cap && j >= 3) {
        size_t h = j - 1;
        const char *affil = wd_affil(t, &w[h]) ? wd_affil(t, &w[h--]) : NULL;
        if (weq(t, &w[h], "the")) h--;
        if (h >= 1 && weq(t, &w[h], "of") && weq(t, &w[h - 1], "head")) {
            long a = reg_describe(st, "President", 9, affil);
            if (a < 0) return 0;
            reg_touch(st, (size_t)a);
            *out = (struct who){{(size_t)a}, 1, SPK_DESCRIPTION};
            return 1;
        }
    }
    if (!w[j].cap && WIS(t, w[j], LX_DESC)) {
        const char *affil = NULL;
        size_t k = j;
        while (k > 0 && !weq(t, &w[k - 1], "the") && j - k < 3) {
            k--;
            if (wd_affil(t, &w[k])) affil = wd_affil(t, &w[k]);
        }
        if (k == 0 || !weq(t, &w[k - 1], "the")) return 0;
        long a = reg_describe(st, t + w[j].s, WLEN(t, w[j]), affil);
        /* "The Dutch government says": a body no one named before, named
         * as the text names it */
        if (a < 0 && affil && k < j) a = mn_group(st, w, k, j);
        if (a < 0) return 0;
        reg_touch(st, (size_t)a);
        *out = (struct who){{(size_t)a}, 1, SPK_DESCRIPTION};
        return 1;
    }
    if (!mn_run_word(w, j)) return 0;
    size_t k = mn_run_start(t, w, j);
    long a = reg_run_actor(st, w, k, j, 1);
    if (a >= 0) {
        *out = (struct who){{(size_t)a}, 1, SPK_REPORTING_VERB};
        *start = k;
        return 1;
    }
    /* Only role words: "The President", "the Russian Defense Minister",
     * "The President of Russia": the noun is the last role word, the
     * affiliation an adjective or the country after "of" (kept as the
     * text writes it, "Russia"). */
    /* "The President of the European Commission", "The President of
     * South Africa": the person named before with that whole role, or who
     * speaks for the body or country after "of" (not the most salient
     * president) */
    for (size_t x = k + 1; x < j; x++) {
        if (!weq(t, &w[x], "of")) continue;
        struct buf role = BUF_INIT;
        reg_role_words(t, w, k, j + 1, &role);
        a = reg_describe(st, role.p, role.len, NULL);
        buf_free(&role);
        size_t y = x + 1 < j && weq(t, &w[x + 1], "the") ? x + 2 : x + 1;
        if (a < 0 && y < j) {
            char *of = xstrndup(t + w[y].s, w[j].e - w[y].s);
            long c = reg_find(st, of);
            free(of);
            if (c >= 0) a = reg_speaker_for(st, (size_t)c);
        }
        if (a >= 0 && st->doc->actors[a].person) {
            reg_touch(st, (size_t)a);
            *out = (struct who){{(size_t)a}, 1, SPK_DESCRIPTION};
            *start = k;
            return 1;
        }
        break;
    }
    const char *affil = NULL;
    struct buf country = BUF_INIT;
    size_t noun = wd_head_of(t, w, k, j);
    for (size_t i = k; i <= j; i++) {
        if (wd_affil(t, &w[i])) affil = wd_affil(t, &w[i]);
        if (i > k && weq(t, &w[i - 1], "of") && WIS(t, w[i], LX_COUNTRY)) {
            buf_reset(&country);
            buf_add(&country, t + w[i].s, WLEN(t, w[i]));
        }
    }
    if (!affil && country.len) affil = buf_str(&country);
    /* "the Head of State" is the president */
    if (noun + 2 <= j && weq(t, &w[noun], "head") && weq(t, &w[noun + 1], "of") &&
        weq(t, &w[noun + 2], "state"))
        a = reg_describe(st, "President", 9, affil);
    else
        a = reg_describe(st, t + w[noun].s, WLEN(t, w[noun]), affil);
    if (a < 0 && affil) a = reg_describe(st, "", 0, affil);
    buf_free(&country);
    if (a < 0) return 0;
    reg_touch(st, (size_t)a);
    *out = (struct who){{(size_t)a}, 1, SPK_DESCRIPTION};
    *start = k;
    return 1;
}

/* Subjects coordinated before the one starting at word k: "Vladimir Putin
 * and Angela Merkel agreed", "The President of France and the Federal
 * Chancellor of Germany expressed": all of them hold the position (up to
 * four; a loop, not recursion, so a long chain of names costs nothing). */
static size_t joint_subject(struct registry *st, const struct word *w, size_t k, struct who *out) {
    const char *t = st->t;
    int listed = 0; /* an "and" joined the last two: commas join the rest */
    while (out->n < sizeof out->actors / sizeof *out->actors) {
        if (k >= 1 && weq(t, &w[k - 1], "the") && !w[k - 1].punct && !w[k].punct) k--;
        size_t prev; /* the last word of the subject before */
        if (!w[k].punct && k >= 2 && weq(t, &w[k - 1], "and") && !w[k - 1].punct)
            prev = k - 2, listed = 1;
        else if (listed && w[k].punct == ',' && k >= 1) /* "the United Kingdom, Germany and France" */
            prev = k - 1;
        else
            return k;
        if (!mn_run_word(w, prev)) return k;
        struct who first;
        size_t start;
        if (!subject_one(st, w, prev, &first, &start) || first.n != 1 || start == SIZE_MAX) return k;
        /* "In Moscow, Putin and Merkel agreed": a place the sentence opens
         * with is no item of the list */
        static const char *const openers[] = {"in", "at", "on", "from", "after", "during", "for",
                                              "with", "to", NULL};
        size_t b = start > 0 && weq(t, &w[start - 1], "the") ? start - 1 : start;
        if (prev == k - 1 && b > 0 && wd_in(t, &w[b - 1], openers)) return k;
        for (size_t i = 0; i < out->n; i++)
            if (out->actors[i] == first.actors[0]) return k;
        memmove(out->actors + 1, out->actors, out->n * sizeof *out->actors);
        out->actors[0] = first.actors[0];
        out->n++;
        out->how = SPK_JOINT;
        k = start;
    }
    return k;
}

/* Resolves the subject that ends at word j, with any coordinated before it.
 * Countries named after a role ("The presidents of Russia and Belarus
 * noted ...", "The President of France") are the persons who speak for
 * them, when the text named them; a country alone ("Russia proposed",
 * "The United States and Russia sign ...") is the country (ANNOTATION.md,
 * version 2). */
int subj_at(struct registry *st, const struct word *w, size_t j, struct who *out) {
    const char *t = st->t;
    size_t start;
    if (!subject_one(st, w, j, out, &start)) return 0;
    if (start == SIZE_MAX) return 1;
    if (out->n == 1) start = joint_subject(st, w, start, out);
    /* "of" after a role, before the names or among them */
    size_t from = start >= 2 ? start - 1 : start;
    for (size_t x = from; x <= j; x++)
        if (x > 0 && weq(t, &w[x], "of") && !w[x].punct &&
            (WIS(t, w[x - 1], LX_ROLE | LX_DESC | LX_JOINT) || mn_people_noun(t, &w[x - 1]))) {
            for (size_t i = 0; i < out->n; i++)
                out->actors[i] = (size_t)reg_speaker_for(st, out->actors[i]);
            break;
        }
    return 1;
}

/* Is word w a preposition that can stand inside a subject phrase? */
static int preposition(const char *t, const struct word *w) {
    return weq(t, w, "for") || weq(t, w, "of") || weq(t, w, "at") || weq(t, w, "in") ||
           weq(t, w, "from") || weq(t, w, "with") || weq(t, w, "against") || weq(t, w, "to") ||
           weq(t, w, "on") || weq(t, w, "by");
}

/* A preposition inside a subject phrase that puts the name after it out
 * of subject position: "Lawyers for Julian Assange warn" (but "President of
 * France", "presidents of Russia and Belarus" are role phrases). */
static int phrase_preposition(const char *t, const struct word *ws, size_t from, size_t rs) {
    for (size_t x = from + 1; x < rs; x++) {
        if (ws[x].cap || !preposition(t, &ws[x])) continue;
        if (mn_side_noun(t, &ws[x - 1])) return 1;
        /* "The Chinese embassy in Oslo warns": a place after a lower-case
         * noun is where the subject is, not the subject */
        if (x + 1 == rs && !ws[x - 1].cap && !WIS(t, ws[x - 1], LX_ROLE) &&
            (weq(t, &ws[x], "in") || weq(t, &ws[x], "at") || weq(t, &ws[x], "from")))
            return 1;
    }
    return 0;
}

/* The subject that ends at word j of the verb cue: a name, pronoun or
 * description (subject_at). A base-form verb ("urge", "agree") needs a
 * plural or coordinated subject: "the Ukraine question" is no verb. */
int subj_verb(struct registry *st, const struct word *ws, size_t j,
                        const struct word *cue, struct who *out) {
    const char *t = st->t;
    size_t from = mn_np_start(t, ws, j);
    size_t rs = mn_run_word(ws, j) ? mn_run_start(t, ws, j) : j;
    if (phrase_preposition(t, ws, from, rs < j ? rs : j)) return 0;
    /* "our Declaration of State Sovereignty adopted in 1990": a document
     * named, not someone */
    if (rs < j && mn_document(t, &ws[rs])) return 0;
    if (!subj_at(st, ws, j, out)) return 0;
    int base = WIS(t, *cue, LX_PLURALV) && !WIS(t, *cue, LX_CUE) && t[cue->e - 1] != 's';
    if (!base || out->n >= 2 || weq(t, &ws[j], "they") || weq(t, &ws[j], "we") ||
        (!ws[j].cap && t[ws[j].e - 1] == 's'))
        return 1;
    *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
    return 0;
}

