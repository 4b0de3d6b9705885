/* speaker.c -- attribution of sentences to actors (see speaker.h).
 *
 * The stages, one module each: words.h scans a sentence into words;
 * mention.h finds the actors it names and registry.h keeps the document's
 * actors (canonical names, aliases, recency, salience); layout.h finds
 * transcript turns; rules.h holds the ordered evidence rules. This file
 * runs them over the sentences and settles quotations that span sentences.
 * Everything is a heuristic; `make eval` measures it on hand-labelled
 * documents. */
#include "speaker.h"
#include "actors.h"
#include "buf.h"
#include "layout.h"
#include "lexicon.h"
#include "mention.h"
#include "registry.h"
#include "rules.h"
#include "words.h"
#include "mem.h"
#include "sentence.h"
#include "utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *spk_how_name(enum spk_how h) {
    static const char *const n[] = {"narrator", "reporting-verb", "quote", "pronoun",
                                    "description", "joint", "according-to",
                                    "transcript", "speaker", "continuation",
                                    "group", "issuer", "outcome"};
    _Static_assert(sizeof n / sizeof *n == SPK_OUTCOME + 1, "a name for every spk_how");
    return (h >= 0 && (size_t)h < sizeof n / sizeof *n) ? n[h] : "?";
}

static void add_stmt(struct spk_doc *d, struct spk_stmt s) {
    if (d->nstmts == d->cap_stmts) {
        d->cap_stmts = d->cap_stmts ? d->cap_stmts * 2 : 32;
        d->stmts = xreallocarray(d->stmts, d->cap_stmts, sizeof *d->stmts);
    }
    d->stmts[d->nstmts++] = s;
}

/* Does the sentence open with a quotation mark? */
static int opens_quote(const char *t, const struct sent *se) {
    int32_t c = 0;
    if (se->start < se->end) utf8_decode(t + se->start, se->end - se->start, &c);
    return c == '"' || c == 0x201C || c == 0xAB || c == 0x2018 || c == '\'';
}

/* The quotation state after [s, e), given the state before: straight
 * quotes toggle it, curly and angle quotes open or close it. */
static int quote_flip(const char *t, size_t s, size_t e, int open) {
    for (size_t i = s; i < e;) {
        int32_t c;
        size_t n = utf8_decode(t + i, e - i, &c);
        if (c == '"') open = !open;
        else if (c == 0x201C || c == 0xAB) open = 1;
        else if (c == 0x201D || c == 0xBB) open = 0;
        i += n;
    }
    return open;
}

/* Does statement s, in a quotation when its sentence starts (open), hold
 * on a cue of a rule of its own (not a turn's, the speaker's or a
 * continuation), and is that cue inside the quotation marks (1) or outside
 * (0)? -1: no such cue. */
static int cue_quoted(const char *t, const struct spk_stmt *s, int open) {
    if (!s->nactors || !s->cue_len || s->cue_start < s->start || s->how == SPK_TRANSCRIPT ||
        s->how == SPK_SPEAKER || s->how == SPK_CONTINUATION)
        return -1;
    return quote_flip(t, s->start, s->cue_start, open);
}

/* What attribution keeps over a document's sentences. */
struct docstate {
    struct registry st;
    struct words ws;
    long turn;          /* current transcript speaker, -1 */
    long speaker;       /* the document's speaker (--speaker), -1 */
    size_t first;       /* the document's first statement in doc */
    struct who issuer;  /* the statement's issuer: title, or "X and Y issued
                           a joint statement" (n 0: none) */
    int statement;      /* the title is a statement's */
    const char *title;  /* the document's title, or NULL */
    size_t guests[SPK_MAX_ACTORS]; /* whom the title says the speaker met */
    size_t nguests;
    int guests_read;    /* guests looked up (on first need: registering them
                           earlier would reorder every document's actors) */
    size_t voices[SPK_MAX_ACTORS]; /* who has spoken in turns so far */
    size_t nvoices;
};

/* Adds actor a to the set v of *n (at most SPK_MAX_ACTORS), once. */
static void set_add(size_t *v, size_t *n, size_t a) {
    for (size_t k = 0; k < *n; k++)
        if (v[k] == a) return;
    if (*n < SPK_MAX_ACTORS) v[(*n)++] = a;
}

/* "We agreed to ...", "Mr Erdogan and I believe ...", "It is our common
 * opinion ...": in the press statements after talks, what a speaker says
 * "we" did or hold
 * is every party's, the speaker's and those the title says they met or
 * who spoke before (the news corpus's reading of kremlin.ru statements).
 * Only with two parties or more: in a speech "we" is the speaker's. */
static int joint_we(struct docstate *ds, size_t speaker, struct who *out) {
    const char *t = ds->st.t;
    const struct word *w = ds->ws.v;
    /* what parties do together at talks; "we know", "we signed with
     * Turkey", "we are concerned" are the speaker's side */
    static const char *const together[] = {
        "agreed", "discussed", "reviewed", "noted", "confirmed", "decided", "spoke",
        "exchanged", "arrived", "reached", "instructed", "approved", "backed", "talked",
        "analysed", "analyzed", "recalled", "reaffirmed", "pointed", "considered", "touched",
        "took", "agree", "confirm", "reaffirm", "decide", NULL};
    static const char *const shared[] = {"common", "shared", "joint", "mutual", NULL};
    static const char *const views[] = {"opinion", "view", "position", "conviction",
                                        "understanding", "belief", NULL};
    int we = 0;
    for (size_t i = 0; i < ds->ws.n && i < 12 && !we; i++) {
        int me = WLEN(t, w[i]) == 1 && t[w[i].s] == 'I';
        /* "Mr Erdogan and I believe ...": whatever the verb, both hold it */
        int and_i = me && i > 1 && weq(t, &w[i - 1], "and") && i + 1 < ds->ws.n &&
                    !w[i + 1].punct && !w[i + 1].cap;
        /* the name before "and" opens the sentence ("The President and I") */
        for (size_t x = 0; and_i && x + 1 < i; x++)
            if (w[x].punct || !(w[x].cap || weq(t, &w[x], "the") || weq(t, &w[x], "my"))) and_i = 0;
        /* "I agreed with President Biden to launch ...": both */
        if (me && i + 2 < ds->ws.n && weq(t, &w[i + 1], "agreed") && weq(t, &w[i + 2], "with")) {
            we = 1;
            break;
        }
        /* "It is our common opinion that ...", "In our shared view ..." */
        if (and_i || (weq(t, &w[i], "our") && i + 2 < ds->ws.n && wd_in(t, &w[i + 1], shared) &&
                      wd_in(t, &w[i + 2], views))) {
            we = 1;
            break;
        }
        int subj = weq(t, &w[i], "we") && (w[i].lower || i == 0);
        /* the verb, past adverbs and "have": "we have also thoroughly discussed" */
        for (size_t v = i + 1; subj && v < ds->ws.n && v <= i + 4 && !w[v].punct; v++) {
            if (wd_in(t, &w[v], together)) we = 1;
            if (we || !(weq(t, &w[v], "have") || weq(t, &w[v], "also") ||
                        weq(t, &w[v], "today") || WIS(t, w[v], LX_BETWEEN) ||
                        wd_ly_adverb(t, &w[v])))
                break;
        }
    }
    if (!we) return 0;
    if (!ds->guests_read && ds->title) {
        ds->nguests = lay_title_guests(&ds->st, ds->title, ds->guests);
        ds->guests_read = 1;
    }
    *out = (struct who){{speaker}, 1, SPK_JOINT, 0, 0};
    for (size_t k = 0; k < ds->nguests; k++) set_add(out->actors, &out->n, ds->guests[k]);
    /* the parties the lead names: "X and Y made statements for the press" */
    for (size_t k = 0; k < ds->st.nmeet; k++) set_add(out->actors, &out->n, ds->st.meet[k]);
    for (size_t k = 0; k < ds->nvoices; k++) set_add(out->actors, &out->n, ds->voices[k]);
    return out->n >= 2;
}

/* "The United States and the United Kingdom issued the following joint
 * statement": the actors of that sentence issue what follows. */
static int issues_statement(const char *t, const struct words *ws, const struct sent *se,
                            const struct who *who) {
    if (!who->n || !who->cue_len || !ws->n) return 0;
    size_t last = ws->v[ws->n - 1].e;
    int verb = 0, doc = 0, follows = last < se->end && t[last] == ':';
    for (size_t i = 0; i < ws->n; i++) {
        const struct word *w = &ws->v[i];
        if (w->s == who->cue_start && (weq(t, w, "issued") || weq(t, w, "adopted") ||
                                       weq(t, w, "released") || weq(t, w, "signed")))
            verb = 1;
        if (weq(t, w, "statement") || weq(t, w, "declaration") || weq(t, w, "communique"))
            doc = 1;
        if (weq(t, w, "following")) follows = 1;
    }
    /* only when the statement's text follows: "issued the following joint
     * statement:", not "issued a statement on dialogue, requesting ..." */
    return verb && doc && follows;
}

/* A transcript tag names a's turn: sm is a's, and so is what follows
 * until the next tag, over paragraphs (a speaker's answer in a briefing
 * runs to many: news corpus position accuracy 0.376 -> 0.520, kremlin-ua
 * unchanged). */
static void open_turn(struct docstate *ds, struct spk_stmt *sm, size_t a) {
    ds->turn = (long)a;
    if (!ds->st.doc->actors[a].asks) set_add(ds->voices, &ds->nvoices, a);
    sm->how = SPK_TRANSCRIPT;
    sm->actors[0] = a;
    sm->nactors = 1;
}

/* Layout first: a list marker alone is no statement; a speech header or a
 * transcript tag names the speaker of what follows. Returns 1 when the
 * sentence is settled by layout alone (sm filled). */
static int layout_of(struct docstate *ds, const struct sent *se, struct spk_stmt *sm,
                     long *tag) {
    struct registry *st = &ds->st;
    const char *t = st->t;
    size_t ml = lay_list_marker(t, se->start, se->end);
    if (ml && se->start + ml >= se->end) {
        sm->list_marker = 1;
        return 1;
    }
    size_t from = se->start + ml;
    wd_scan(t, from, se->end, &ds->ws);
    if (se->para_start && !ml) {
        long h = lay_speech_header(st, ds->ws.v, ds->ws.n, from, se->end);
        if (h >= 0) {
            ds->turn = h;
            return 1;
        }
    }
    size_t body = from, tag_start = from;
    *tag = se->para_start
               ? lay_headed_tag(st, ds->ws.v, ds->ws.n, from, se->end, &tag_start, &body)
               : lay_transcript_tag(st, ds->ws.v, ds->ws.n, from, se->end, &body);
    /* "Sebastian Kurz." after a question: a tag with a full stop */
    if (*tag < 0 && se->para_start && !ml && ds->turn >= 0) {
        long d = lay_dotted_tag(st, ds->ws.v, ds->ws.n, from, se->end);
        if (d >= 0) {
            open_turn(ds, sm, (size_t)d);
            return 1;
        }
    }
    if (*tag >= 0) {
        open_turn(ds, sm, (size_t)*tag);
        sm->start = body;
        sm->cue_start = tag_start;
        sm->cue_len = body - tag_start;
        wd_scan(t, body, se->end, &ds->ws);
    }
    return 0;
}

/* Does name end in a plural noun for people ("Indo-Pacific Partners",
 * "Transatlantic Leaders")? A title names a group so, whose members the
 * text names. */
static int plural_group(const char *name) {
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    size_t n = strlen(last);
    return n >= 4 && last[n - 1] == 's' && (lex_flags(last, n) & LX_PEOPLE); /* any case */
}

/* A joint statement's parties are the parties of a meeting: "the
 * leaders", "they agreed" are all of them. */
static void note_parties(struct registry *st, const struct who *issuer) {
    if (issuer->n < 2) return;
    memcpy(st->meet, issuer->actors, issuer->n * sizeof *st->meet);
    st->nmeet = issuer->n;
}

/* "2011 Jordanian protests: Relatives of jailed Islamists demand ...": a
 * news item's heading of at most six words, no verb among them, then a
 * colon and a capital. Returns how many words it holds (0: none). */
static size_t heading_words(const char *t, const struct word *w, size_t n) {
    (void)t; /* WIS reads the word's classes only */
    for (size_t k = 1; k < n && k <= 6; k++) {
        if (w[k].punct == ':') return w[k].cap ? k : 0;
        if (w[k].punct || (!w[k].cap && WIS(t, w[k], LX_CUE | LX_PLURALV | LX_NARRATE)))
            return 0;
    }
    return 0;
}

/* Attributes one sentence: its layout, the turn it is in or the document's
 * speaker, else the first evidence rule that names someone, else the
 * statement's issuer. */
static void attribute_one(struct docstate *ds, const struct sent *se) {
    struct registry *st = &ds->st;
    const char *t = st->t;
    struct spk_doc *doc = st->doc;
    struct spk_stmt sm = {se->start, se->end, {0}, 0, SPK_NARRATOR, 0, 0, 0};
    long tag = -1;
    if (layout_of(ds, se, &sm, &tag)) {
        add_stmt(doc, sm);
        return;
    }
    mn_register(st, ds->ws.v, ds->ws.n);
    size_t meet = st->nmeet ? 0 : lay_meeting(t, ds->ws.v, ds->ws.n);
    if (meet) reg_note_meeting(st, ds->ws.v, meet - 1, ds->ws.n);
    struct who who = {{0}, 0, SPK_NARRATOR, 0, 0};
    if (ds->turn >= 0 || ds->speaker >= 0) {
        long a = ds->turn >= 0 ? ds->turn : ds->speaker;
        who = (struct who){{(size_t)a}, 1, ds->turn >= 0 ? SPK_TRANSCRIPT : SPK_SPEAKER, 0, 0};
        struct rule_ctx c = {st, ds->ws.v, ds->ws.n, se, doc, ds->first, &ds->issuer};
        struct who rep;
        /* a position the speaker reports of someone else is theirs (news
         * corpus 0.639 -> 0.640, kremlin-ua 0.833 -> 0.834) */
        if (tag < 0 && rules_reported(&c, &rep) && !(rep.n == 1 && rep.actors[0] == (size_t)a))
            who = rep;
        else if (tag < 0 && ds->turn >= 0 && !doc->actors[a].asks && joint_we(ds, (size_t)a, &rep)) {
            who = rep;
            who.rule = "joint-we";
        }
    } else {
        /* the rules read the sentence after a news item's heading */
        size_t h = heading_words(t, ds->ws.v, ds->ws.n);
        struct rule_ctx c = {st, ds->ws.v + h, ds->ws.n - h, se, doc, ds->first, &ds->issuer};
        if (!ds->issuer.n) {
            ds->issuer.n = lay_self_named(st, ds->ws.v, ds->ws.n,
                                          ds->statement && doc->nstmts == ds->first,
                                          ds->issuer.actors);
            note_parties(st, &ds->issuer);
            if (ds->issuer.n) {
                who = ds->issuer;
                who.rule = "issuer";
                goto found;
            }
        }
        /* a statement's sentences that name no one are its issuer's */
        if (!rules_apply(&c, &who) && ds->issuer.n) {
            who = ds->issuer;
            who.rule = "issuer";
        }
        else if (!ds->issuer.n && issues_statement(t, &ds->ws, se, &who)) {
            ds->issuer = who;
            ds->issuer.how = SPK_ISSUER;
        }
    }
found:
    if (tag < 0 && who.n) {
        sm.how = who.how;
        sm.nactors = who.n;
        memcpy(sm.actors, who.actors, sizeof who.actors);
        sm.cue_start = who.cue_start;
        sm.cue_len = who.cue_len;
        sm.rule = who.rule;
        if (who.n == 1 && doc->actors[who.actors[0]].person)
            st->last_subject = (long)who.actors[0];
    }
    add_stmt(doc, sm);
}

void spk_attribute(const char *t, size_t len, const struct sent_list *sents,
                   const char *speaker, const struct actors *dict, struct spk_doc *doc) {
    struct spk_input in = {speaker, NULL};
    spk_attribute_doc(t, len, sents, &in, dict, doc);
}

void spk_attribute_doc(const char *t, size_t len, const struct sent_list *sents,
                       const struct spk_input *in, const struct actors *dict,
                       struct spk_doc *doc) {
    (void)len;
    struct docstate ds = {{t, doc, dict, NULL, NULL, 0, 0, -1, {0}, 0}, {0}, -1, -1, doc->nstmts,
                          {{0}, 0, SPK_ISSUER, 0, 0}};
    struct registry *stp = &ds.st;
    if (doc->nactors) { /* a document appended to a spk_doc already in use */
        stp->cap = doc->cap_actors;
        stp->recency = xcalloc(stp->cap, sizeof *stp->recency);
        stp->mentions = xcalloc(stp->cap, sizeof *stp->mentions);
    }
    if (in && in->speaker) {
        ds.speaker = (long)reg_add(stp, xstrdup(in->speaker), NULL, NULL, 1);
        reg_touch(stp, (size_t)ds.speaker);
    }
    if (in && in->title && ds.speaker < 0) ds.speaker = lay_title_speaker(stp, in->title);
    if (in && in->title && ds.speaker < 0) {
        ds.issuer.n = lay_title_issuer(stp, in->title, ds.issuer.actors);
        ds.statement = lay_title_is_statement(in->title);
    }
    ds.title = in ? in->title : NULL;
    /* a readout's parties, named in its title only ("The President spoke
     * today with ..."), are the meeting's */
    if (in && in->title && ds.speaker < 0) {
        size_t parties[SPK_MAX_ACTORS];
        size_t np = lay_title_readout(stp, in->title, parties);
        /* "... Meeting with NATO's Indo-Pacific Partners": a group the
         * title names is the lead's to name person by person */
        for (size_t k = 0; k < np; k++)
            if (plural_group(stp->doc->actors[parties[k]].name)) np = 0;
        if (np >= 2 && !stp->nmeet) {
            memcpy(stp->meet, parties, np * sizeof *parties);
            stp->nmeet = np;
        }
    }
    note_parties(stp, &ds.issuer);
    int open = 0; /* inside a quotation carried over from earlier sentences */
    size_t first_of_doc = ds.first;
    /* per sentence: inside a quotation when it starts / when it ends */
    int *in_quote = xmalloc((sents->n ? sents->n : 1) * sizeof *in_quote);
    int *opened = xmalloc((sents->n ? sents->n : 1) * sizeof *opened);
    size_t nq = 0;
    for (size_t si = 0; si < sents->n; si++) {
        const struct sent *se = &sents->v[si];
        attribute_one(&ds, se);
        /* a quotation that runs over paragraphs reopens each of them (the
         * news convention); a paragraph that does not open with a quote
         * mark ends it, so one stray '"' (an inch mark) cannot hold the
         * rest of the document */
        if (se->para_start && open && !opens_quote(t, se)) open = 0;
        in_quote[nq] = open;
        open = quote_flip(t, se->start, se->end, open);
        opened[nq] = open;
        nq++;
    }
    /* A quotation spanning sentences belongs to whoever is named in any of
     * its sentences: "... years. ... truth," the Head of State said. */
    for (size_t i = 0; i < nq;) {
        if (!opened[i] && !(i + 1 < nq && in_quote[i + 1])) { i++; continue; }
        size_t j = i;
        while (j + 1 < nq && in_quote[j + 1]) j++;
        struct spk_stmt *src = NULL;
        int tag = 0;
        /* the one whose cue stands outside the quotation marks ('...,"
         * said Nykyforov'), before one named inside the quoted words
         * ('"Ukraine, France and Germany are ready ...'; kremlin-ua
         * position accuracy 0.851 -> 0.860) */
        for (size_t k = i; k <= j && !src; k++) {
            struct spk_stmt *s = &doc->stmts[first_of_doc + k];
            if (cue_quoted(t, s, in_quote[k]) == 0) src = s, tag = 1;
        }
        for (size_t k = i; k <= j && !src; k++) {
            struct spk_stmt *s = &doc->stmts[first_of_doc + k];
            if (s->nactors && s->how != SPK_TRANSCRIPT && s->how != SPK_SPEAKER &&
                s->how != SPK_CONTINUATION)
                src = s;
        }
        /* Nobody named inside the quotation ('The message reads: "...'):
         * it is the words of the last single actor named before it (a
         * quotation has one author, so joint statements do not count). */
        for (size_t k = i; k-- > 0 && !src;) {
            struct spk_stmt *s = &doc->stmts[first_of_doc + k];
            if (s->nactors == 1) src = s;
        }
        if (src)
            for (size_t k = i; k <= j; k++) {
                struct spk_stmt *s = &doc->stmts[first_of_doc + k];
                /* a holder of its own, unless its cue is inside the quoted
                 * words of the tag's speaker ('"Now Putin demands
                 * guarantees," Zelenskyy said' is Zelenskyy's):
                 * kremlin-ua 0.860 -> 0.864 */
                int own = s->nactors && s->how != SPK_CONTINUATION;
                if (own && tag && s != src && cue_quoted(t, s, in_quote[k]) == 1) own = 0;
                if (own) continue;
                s->nactors = src->nactors;
                memcpy(s->actors, src->actors, sizeof s->actors);
                s->how = SPK_QUOTE;
                s->rule = "quote";
                s->cue_start = src->cue_start;
                s->cue_len = src->cue_len;
            }
        i = j + 1;
    }
    free(in_quote);
    free(opened);
    free(ds.ws.v);
    reg_free(stp);
}

char *spk_actor_names(const struct spk_doc *doc, const struct spk_stmt *s) {
    if (!s->nactors) return xstrdup("narrator");
    struct buf b = BUF_INIT;
    for (size_t i = 0; i < s->nactors; i++) {
        if (i) buf_adds(&b, "; ");
        buf_adds(&b, doc->actors[s->actors[i]].name);
    }
    return buf_detach(&b);
}

void spk_doc_free(struct spk_doc *doc) {
    for (size_t i = 0; i < doc->nactors; i++) {
        free(doc->actors[i].name);
        free(doc->actors[i].role);
        free(doc->actors[i].affil);
        free(doc->actors[i].code);
    }
    free(doc->actors);
    free(doc->stmts);
    memset(doc, 0, sizeof *doc);
}
