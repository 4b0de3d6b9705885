/* rules_cue.c -- the rules that start from a cue (see rules_int.h):
 * subjects of reporting verbs in both orders, appositives and relative
 * clauses, "it agreed", agentless and passive positions, "in his
 * opinion" and "according to". */
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
#include "words.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Passive verbs that report what a meeting did, not what one side holds. */
static int outcome_passive(const char *t, const struct word *w) {
    return weq(t, w, "discussed") || weq(t, w, "paid") || weq(t, w, "exchanged") ||
           weq(t, w, "touched") || weq(t, w, "considered") || weq(t, w, "raised") ||
           weq(t, w, "reviewed") || weq(t, w, "addressed") || weq(t, w, "signed") ||
           weq(t, w, "adopted") || weq(t, w, "confirmed") || weq(t, w, "given");
}

/* The actors of the document's last statement that has any (statements
 * from first on): the holders of an agentless position ("It is hoped that
 * ...", "Attention was drawn to ..."), which ANNOTATION.md gives to the most
 * recent speaker. Returns 0 when no one has been reported yet. */
static int last_reported(const struct spk_doc *d, size_t first, struct who *out) {
    for (size_t k = d->nstmts; k-- > first;)
        if (d->stmts[k].nactors) {
            rules_who_of(&d->stmts[k], SPK_DESCRIPTION, out);
            return 1;
        }
    return 0;
}

/* Passive cues of an agentless position: "It is hoped that ...". */
static int agentless_cue(const char *t, const struct word *w) {
    return weq(t, w, "hoped") || weq(t, w, "expected") || weq(t, w, "believed") ||
           weq(t, w, "stressed") || weq(t, w, "noted") || weq(t, w, "emphasized") ||
           weq(t, w, "emphasised") || weq(t, w, "underlined") || weq(t, w, "pointed");
}

/* Passive verbs of a position held by someone the sentence does not name:
 * "Attention was drawn to ...", "The importance of X was stressed". */
static int passive_cue(const char *t, const struct word *w) {
    return weq(t, w, "stressed") || weq(t, w, "noted") || weq(t, w, "emphasized") ||
           weq(t, w, "emphasised") || weq(t, w, "underlined") || weq(t, w, "underscored") ||
           weq(t, w, "drawn") || weq(t, w, "expressed") || weq(t, w, "voiced") ||
           weq(t, w, "reaffirmed") || weq(t, w, "highlighted") || weq(t, w, "agreed") ||
           weq(t, w, "reached") || weq(t, w, "condemned") || weq(t, w, "welcomed");
}


/* "issued" is a cue only in "issued a statement". */
static int issued_statement(const char *t, const struct word *w, size_t n, size_t i) {
    for (size_t q = i + 1; q < n && q <= i + 3; q++)
        if (weq(t, &w[q], "statement")) return 1;
    return 0;
}

/* Verbs of talking together: what the parties discussed may hold a
 * position; what they sent, held or attended does not. */
static int talk_verb(const char *t, const struct word *w) {
    return weq(t, w, "discussed") || weq(t, w, "discuss") || weq(t, w, "exchanged") ||
           weq(t, w, "touched") || weq(t, w, "reviewed") || weq(t, w, "covered") ||
           weq(t, w, "considered");
}

/* Walks back from the cue at word i over adverbs, "on Thursday" and ", Jr."
 * to the last word of its subject; *ok says the subject touches the cue. */
static size_t subject_end(const char *t, const struct word *ws, size_t i, int *ok) {
    size_t j = i;
    *ok = 0;
    while (j > 0) {
        j--;
        if (WIS(t, ws[j], LX_BETWEEN) && !ws[j + 1].punct) continue;
        /* "Joseph R. Biden, Jr. spoke" */
        if ((weq(t, &ws[j], "Jr") || weq(t, &ws[j], "Sr")) && ws[j].punct == ',' && j > 0) {
            *ok = 1;
            return j - 1;
        }
        if (WIS(t, ws[j], LX_WEEKDAY) && j > 0 && weq(t, &ws[j - 1], "on")) {
            j--;
            continue;
        }
        *ok = !ws[j + 1].punct || ws[j + 1].punct == '.';
        break;
    }
    return j;
}

/* "Jack Straw, touring a camp of displaced people, urged ...", "The EU's
 * foreign policy chief, Josep Borrell, warned ...": an appositive or
 * participial phrase between subject and the cue at word i (a comma right
 * before it); the name in it, else the subject before it, up to three
 * comma segments back ("Mahmoud Abbas, 87, who has led ..., rejected"). */
static int appositive_subject(struct rule_ctx *c, size_t i, struct who *out) {
    struct registry *st = c->st;
    const char *t = st->t;
    const struct word *ws = c->w, *w = &ws[i];
    /* "We, the Leaders of the G7, express ...": the speakers themselves,
     * whom the first-person rules find */
    if (c->n > 1 && ws[1].punct == ',' && (weq(t, &ws[0], "we") || weq(t, &ws[0], "i"))) return 0;
    /* "The minister, Sergei Lavrov, said": the name after the comma; but
     * "Ahmed Aboul Gheit, Secretary-General of the Arab League, declares":
     * a title of a body there describes the name before it */
    size_t rs = mn_run_word(ws, i - 1) ? mn_run_start(t, ws, i - 1) : i;
    int title_of = 0;
    for (size_t x = rs + 1; x < i && WIS(t, ws[rs], LX_ROLE); x++) title_of |= weq(t, &ws[x], "of");
    if (rs < i && ws[rs].punct == ',' && !title_of && subj_verb(st, ws, i - 1, w, out)) return 1;
    size_t q = i - 1;
    for (int seg = 0; seg < 3 && q > 0; seg++) {
        while (q > 0 && i - q < 30 && ws[q].punct != ',') q--;
        if (q == 0 || ws[q].punct != ',') {
            /* "Cardinal Keith O'Brien who leads the Church in Scotland,
             * defends ...": a relative clause with no comma before it */
            for (size_t h = i - 1; h > 0 && i - h < 30; h--)
                if (weq(t, &ws[h], "who") && !ws[h].punct) return subj_verb(st, ws, h - 1, w, out);
            break;
        }
        if (!ws[q - 1].punct || mn_np_start(t, ws, q - 1) == 0) {
            size_t jj = q - 1;
            if (subj_verb(st, ws, jj, w, out)) return 1;
            size_t from = mn_np_start(t, ws, jj);
            long a = from == 0 && mn_agent_noun(t, &ws[mn_np_head(t, ws, from, jj)])
                         ? mn_group(st, ws, from, jj)
                         : -1;
            if (a >= 0) {
                *out = (struct who){{(size_t)a}, 1, rules_group_how(c->st, a), 0, 0};
                return 1;
            }
        }
        q--;
    }
    return 0;
}

/* "..., said Shoigu", "..., the minister added": the subject after a cue
 * that may follow it. */
static int post_cue_subject(struct rule_ctx *c, size_t i, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w, *w = &ws[i];
    size_t n = c->n, k = i + 1, e2;
    if (!WIS(t, *w, LX_POSTCUE) || !(w->punct == ',' || w->quote_before) || k >= n) return 0;
    if (weq(t, &ws[k], "the") && k + 1 < n) {
        e2 = k + 1;
        while (e2 + 1 < n && !ws[e2 + 1].punct && !WIS(t, ws[e2], LX_DESC) &&
               !WIS(t, ws[e2], LX_JOINT))
            e2++;
        /* "says the Adviser-Commissioner of the President of Ukraine for
         * Children's Rights Daria Herasymchuk": the name that ends a long
         * title */
        size_t e3 = k + 1;
        while (e3 + 1 < n && !ws[e3 + 1].punct) e3++;
        const unsigned title = LX_ROLE | LX_BODY | LX_PLACE | LX_COUNTRY | LX_STOP | LX_DESC;
        if (e3 > k + 3 && ws[e3].cap && ws[e3 - 1].cap && ws[e3].lower && ws[e3 - 1].lower &&
            !WIS(t, ws[e3], title) && !WIS(t, ws[e3 - 1], title) && !wd_affil(t, &ws[e3 - 1])) {
            long a = reg_run_actor(c->st, ws, e3 - 1, e3, 1);
            if (a >= 0 && c->doc->actors[a].person) {
                *out = (struct who){{(size_t)a}, 1, SPK_REPORTING_VERB, 0, 0};
                return 1;
            }
        }
        return subj_at(c->st, ws, e2, out);
    }
    if (ws[k].cap || weq(t, &ws[k], "he") || weq(t, &ws[k], "she")) {
        e2 = ws[k].cap ? mn_run_end(t, ws, n, k) : k;
        return subj_at(c->st, ws, e2, out);
    }
    return 0;
}

/* The subject of the cue at word i that stands before it: the subject
 * itself, "it", the first subject of coordinated verbs ("The parties
 * discussed X and expressed concern") or the subject before a relative
 * clause ("X, who heads the legal group, added that ..."). */
static int subject_before(struct rule_ctx *c, size_t i, struct who *out) {
    struct registry *st = c->st;
    const char *t = st->t;
    const struct word *ws = c->w, *w = &ws[i];
    int ok;
    size_t j = subject_end(t, ws, i, &ok);
    if (i > 1 && ws[i].punct == ',') return appositive_subject(c, i, out);
    if (!ok) return 0;
    /* "it said": the body or country reported last */
    if (j + 1 == i && weq(t, &ws[j], "it") && !WIS(t, *w, LX_PLURALV)) {
        long a = reg_recent_body(st, 0);
        if (a >= 0) {
            *out = (struct who){{(size_t)a}, 1, SPK_PRONOUN, 0, 0};
            return 1;
        }
    }
    /* "The Turkish deputy ambassador to Britain says ...": the group
     * named with its place, not the place */
    size_t h = rules_pp_head(t, ws, j);
    if (h != j) {
        size_t from = mn_np_start(t, ws, j);
        struct word hw = ws[h];
        hw.cap = 0;
        long a = from <= h && mn_agent_noun(t, &hw) ? mn_group(st, ws, from, j) : -1;
        if (a >= 0) {
            *out = (struct who){{(size_t)a}, 1, rules_group_how(st, a), 0, 0};
            return 1;
        }
    }
    if (subj_verb(st, ws, j, w, out)) return 1;
    /* "We, the Leaders of the G7, express ... and condemn ...": the first
     * verb's subject is the speakers, whom the first-person rules find */
    if (weq(t, &ws[j], "and") && !weq(t, &ws[0], "we") && !weq(t, &ws[0], "i"))
        for (size_t x = 0; x + 1 < j && x < 8; x++)
            if (!ws[x + 1].cap && !ws[x + 1].punct && !WIS(t, ws[x + 1], LX_STOP) &&
                (ws[x].cap || WIS(t, ws[x], LX_JOINT | LX_DESC)) && subj_at(st, ws, x, out))
                return 1;
    for (size_t q = j; q > 0 && j - q < 12; q--)
        if (weq(t, &ws[q], "who")) return subj_at(st, ws, q - 1, out);
    return 0;
}

/* Does a phrase for people or a body ("West African leaders", "The Israeli
 * cabinet") open the sentence right before the cue at word i? */
static int group_opens(const struct rule_ctx *c, size_t i) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t j = i - 1;
    if (ws[i].punct || WIS(t, ws[j], LX_STOP)) return 0;
    size_t from = mn_np_start(t, ws, j);
    struct word h = ws[mn_np_head(t, ws, from, j)];
    h.cap = 0;
    return from == 0 && j > 0 && WIS(t, h, LX_PEOPLE) && !WIS(t, ws[0], LX_STOP);
}

/* Is the cue w "reports" or "writes" with a news outlet as its one subject
 * ("Reuters", "The Daily Telegraph", "Kyodo News Agency", "South Korean
 * media")? */
static int media_report(const struct rule_ctx *c, const struct word *w, const struct who *out) {
    const char *t = c->st->t;
    if (out->n != 1 || !(weq(t, w, "reports") || weq(t, w, "reported") || weq(t, w, "writes") ||
                         weq(t, w, "wrote")))
        return 0;
    static const char *const outlets[] = {
        "news", "agency", "times", "post", "telegraph", "reuters", "magazine", "daily",
        "journal", "gazette", "guardian", "bbc", "cnn", "yonhap", "kcna", "xinhua", "tass",
        "interfax", "herald", "tribune", "kyodo", "beast", "haaretz", "bloomberg", "media",
        "newspaper", "outlet", "broadcaster", "television", "tv", "ap", "afp", NULL};
    const char *name = c->doc->actors[out->actors[0]].name;
    struct words nw = {0};
    wd_scan(name, 0, strlen(name), &nw);
    int media = 0;
    for (size_t k = 0; k < nw.n && !media; k++) media = wd_in(name, &nw.v[k], outlets);
    free(nw.v);
    return media;
}

/* "Shoigu said ...", "The United States demanded ...", "..., said X": the
 * first cue whose subject resolves. */
int rule_reporting_verb(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 1; i < c->n; i++) {
        const struct word *w = &ws[i];
        if (w->cap) continue; /* "States" is no cue */
        /* "The two leaders discussed the urgent need ...", "They exchanged
         * views": what the parties of a meeting did together is theirs
         * (ANNOTATION.md, version 2); one actor's "held talks" narrates.
         * Position accuracy: kremlin-ua 0.837 -> 0.843, news 0.658 -> 0.668
         * (all sentences on kremlin-ua 0.834 -> 0.814: its older labels give
         * such narration to the narrator) */
        if (WIS(t, *w, LX_NARRATE) && !WIS(t, *w, LX_CUE) && talk_verb(t, w)) {
            /* the parties of a reported meeting, or names joined by "and" */
            int joined = 0;
            for (size_t x = 0; x < i; x++) joined |= weq(t, &ws[x], "and") && ws[x + 1].cap;
            if ((c->st->nmeet >= 2 || joined) && subject_before(c, i, out) && out->n >= 2) {
                CUE(out, *w);
                return 1;
            }
            /* "The President also discussed the need to ...", "Mr. Sullivan
             * reviewed progress ...": one named actor's report of the talks
             * is that actor's (news readouts 0.846 -> 0.852); not "the
             * presidents" of no meeting */
            if ((weq(t, w, "discussed") || weq(t, w, "reviewed")) && subject_before(c, i, out) &&
                out->n == 1 && out->how != SPK_JOINT) {
                CUE(out, *w);
                return 1;
            }
            *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
            continue;
        }
        if (!WIS(t, *w, LX_CUE | LX_PLURALV)) continue;
        if (weq(t, w, "issued") && !issued_statement(t, ws, c->n, i)) continue;
        if (subject_before(c, i, out) || post_cue_subject(c, i, out)) {
            /* "Reuters reports the United States and its allies have
             * notified ...", "Kyodo News Agency reports that ... Abe
             * asked ...": a news outlet reporting is the source, not the
             * holder (as "according to" is); a later cue may name one */
            if (media_report(c, w, out)) {
                *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
                continue;
            }
            CUE(out, *w);
            return 1;
        }
        /* "West African leaders urge the UN to remove President Laurent
         * Gbagbo, who refuses ...": the sentence's own subject is a group
         * (the group rule names it); a later cue is in a clause of its own */
        if (group_opens(c, i)) return 0;
    }
    return 0;
}

/* "It was agreed to ...": in a readout, the parties to the talks. */
int rule_it_agreed(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 0; i + 2 < c->n; i++) {
        if (!weq(t, &ws[i], "it") || !(weq(t, &ws[i + 1], "was") || weq(t, &ws[i + 1], "is")) ||
            !weq(t, &ws[i + 2], "agreed"))
            continue;
        if (subj_meeting(c->st, out) || subj_pair(c->st, out)) {
            CUE(out, ws[i + 2]);
            return 1;
        }
    }
    return 0;
}

/* Agentless "It is hoped that ...", "It was stressed that ...": the most
 * recent speaker holds it (ANNOTATION.md). */
int rule_agentless(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    if (c->n > 3 && weq(t, &ws[0], "it") && (weq(t, &ws[1], "is") || weq(t, &ws[1], "was")) &&
        agentless_cue(t, &ws[2]) && last_reported(c->doc, c->first, out)) {
        CUE(out, ws[2]);
        return 1;
    }
    return 0;
}

/* Agentless passive ("Attention was drawn to ...", "Further steps were
 * agreed"), no "by" agent: in a readout, the position of whoever was
 * reported last; an agreement, of the two most salient actors when both
 * were named more than once (a place named in passing is no party: "The
 * route to Brovary has been agreed upon" in one official's briefing). */
int rule_passive(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 1; i + 1 < c->n; i++) {
        if (!(weq(t, &ws[i], "was") || weq(t, &ws[i], "were") || weq(t, &ws[i], "is") ||
              weq(t, &ws[i], "are") || weq(t, &ws[i], "been")))
            continue;
        size_t k = i + 1;
        if (WIS(t, ws[k], LX_BETWEEN) && k + 1 < c->n) k++;
        if (ws[k].punct) continue;
        /* "The situation in Syria was discussed", "Attention was paid to
         * ...": in the readout of a meeting, an outcome of both parties */
        if (!passive_cue(t, &ws[k]) && !(c->st->nmeet >= 2 && outcome_passive(t, &ws[k])))
            continue;
        if (k + 1 < c->n && weq(t, &ws[k + 1], "by")) return 0;
        size_t p[2];
        /* in the readout of a meeting or call, an agentless outcome is each
         * party's (ANNOTATION.md, version 2; kremlin-ua position accuracy
         * 0.827 -> 0.830 against the last reported actor alone) */
        if (subj_meeting(c->st, out))
            out->how = SPK_OUTCOME;
        else if ((weq(t, &ws[k], "agreed") || weq(t, &ws[k], "reached")) &&
                 reg_recent_pair(c->st, p) == 2 && c->st->mentions[p[0]] >= 2 &&
                 c->st->mentions[p[1]] >= 2)
            *out = (struct who){{p[0], p[1]}, 2, SPK_JOINT, 0, 0};
        else if (!last_reported(c->doc, c->first, out))
            return 0;
        CUE(out, ws[k]);
        return 1;
    }
    return 0;
}

/* "In his opinion, ..." is "according to him". */
int rule_in_opinion(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 0; i + 2 < c->n; i++) {
        if (!weq(t, &ws[i], "in") || !weq(t, &ws[i + 2], "opinion") ||
            !(weq(t, &ws[i + 1], "his") || weq(t, &ws[i + 1], "her")))
            continue;
        long a = reg_recent_person(c->st, weq(t, &ws[i + 1], "her"));
        if (a >= 0) {
            *out = (struct who){{(size_t)a}, 1, SPK_ACCORDING_TO, ws[i].s, ws[i + 2].e - ws[i].s};
            return 1;
        }
    }
    return 0;
}

/* "According to X, ..." names the holder when nothing else does. */
int rule_according_to(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t n = c->n;
    for (size_t i = 0; i + 2 < n; i++) {
        if (!weq(t, &ws[i], "according") || !weq(t, &ws[i + 1], "to")) continue;
        size_t k = i + 2, e2 = k;
        if (ws[k].cap) e2 = mn_run_end(t, ws, n, k);
        else if (weq(t, &ws[k], "the") && k + 1 < n) {
            e2 = k + 1;
            while (e2 + 1 < n && !ws[e2 + 1].punct) e2++;
            if (!WIS(t, ws[e2], LX_DESC)) continue;
        } else if (!weq(t, &ws[k], "him") && !weq(t, &ws[k], "her"))
            continue;
        if (subj_at(c->st, ws, e2, out)) {
            out->how = SPK_ACCORDING_TO;
            out->cue_start = ws[i].s, out->cue_len = ws[i + 1].e - ws[i].s;
            return 1;
        }
    }
    return 0;
}

/* "The former's passage is condemned by China", "All these measures,
 * criticized by Labor Party leader Amir Peretz, ...", "is jeered by
 * onlookers who blame ...": the agent after "by" of a cue in the past
 * participle holds the position. */
int rule_passive_agent(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    size_t n = c->n;
    for (size_t i = 1; i + 2 < n; i++) {
        const struct word *w = &ws[i];
        if (w->cap || !WIS(t, *w, LX_CUE) || WLEN(t, *w) < 4 || t[w->e - 2] != 'e' ||
            t[w->e - 1] != 'd' || !weq(t, &ws[i + 1], "by") || ws[i + 1].punct)
            continue;
        /* the sentence's own passive ("is condemned by", "was quickly
         * denounced by") or a participle set off by a comma, not a noun's
         * modifier ("war crimes committed by", "a ceasefire proposed by") */
        size_t b = i - 1;
        if (b > 0 && wd_ly_adverb(t, &ws[b])) b--;
        int relative = 0; /* "decisions that had been adopted by" */
        for (size_t r = b; r + 5 > b && r > 0 && !relative; r--)
            relative = weq(t, &ws[r], "that") || weq(t, &ws[r], "which") || weq(t, &ws[r], "who");
        if (relative) continue;
        if (!(w->punct == ',' || weq(t, &ws[b], "is") || weq(t, &ws[b], "are") ||
              weq(t, &ws[b], "was") || weq(t, &ws[b], "were") || weq(t, &ws[b], "been") ||
              weq(t, &ws[b], "be")))
            continue;
        size_t k = i + 2, e2 = k;
        if (ws[k].punct) continue;
        /* the agent phrase: to punctuation or a function word ("who",
         * "on", "and") */
        while (e2 + 1 < n && !ws[e2 + 1].punct && !WIS(t, ws[e2 + 1], LX_STOP) &&
               !(ws[e2 + 1].cap == 0 && wd_past(t, &ws[e2 + 1])))
            e2++;
        if (ws[k].cap) e2 = mn_run_end(t, ws, n, k);
        /* "by the opposition Labour Party and the Scottish National Party" */
        size_t q = e2 + 2;
        if (q < n && weq(t, &ws[e2 + 1], "and") && !ws[e2 + 1].punct && q + 1 < n &&
            weq(t, &ws[q], "the") && !ws[q + 1].punct)
            q++;
        if (q < n && weq(t, &ws[e2 + 1], "and") && ws[q].cap && !ws[q].punct)
            e2 = mn_run_end(t, ws, n, q);
        size_t from = weq(t, &ws[k], "the") ? k + 1 : k;
        if (from > e2) continue;
        if (subj_at(c->st, ws, e2, out) && out->n) {
            CUE(out, *w);
            return 1;
        }
        struct word h = ws[mn_np_head(t, ws, from, e2)];
        h.cap = 0;
        long a = mn_agent_noun(t, &h) ? mn_group(c->st, ws, k, e2) : -1;
        if (a >= 0) {
            *out = (struct who){{(size_t)a}, 1, rules_group_how(c->st, a), 0, 0};
            CUE(out, *w);
            return 1;
        }
    }
    return 0;
}

/* "Kyodo News Agency reports that ... Abe asked Iran ...", "The Daily
 * Telegraph reports that the American government secretly backed ...": a
 * news outlet that opens the sentence reporting is its source; the holder
 * is the subject of the clause it reports (the clause read as a sentence
 * of its own). */
int rule_media_report(struct rule_ctx *c, struct who *out) {
    const char *t = c->st->t;
    const struct word *ws = c->w;
    for (size_t i = 1; i + 2 < c->n && i < 8; i++) {
        const struct word *w = &ws[i];
        if (w->cap || w->punct || !(weq(t, w, "reports") || weq(t, w, "reported") ||
                                    weq(t, w, "writes") || weq(t, w, "wrote")))
            continue;
        struct who src;
        if (mn_np_start(t, ws, i - 1) != 0 || !subj_at(c->st, ws, i - 1, &src) ||
            !media_report(c, w, &src))
            return 0;
        size_t k = i + 1 + weq(t, &ws[i + 1], "that");
        struct rule_ctx sub = *c;
        sub.w = ws + k, sub.n = c->n - k;
        *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
        if (rule_reporting_verb(&sub, out) && out->n) return 1;
        *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
        if (rule_group(&sub, out) && out->n) return 1;
        *out = (struct who){{0}, 0, SPK_NARRATOR, 0, 0};
        return rule_main_subject(&sub, out) && out->n;
    }
    return 0;
}
