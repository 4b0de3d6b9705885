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
                                    "group", "question", "issuer", "outcome"};
    return (h >= 0 && (size_t)h < sizeof n / sizeof *n) ? n[h] : "?";
}

static void add_stmt(struct spk_doc *d, struct spk_stmt s) {
    if (d->nstmts == d->cap_stmts) {
        d->cap_stmts = d->cap_stmts ? d->cap_stmts * 2 : 32;
        d->stmts = xreallocarray(d->stmts, d->cap_stmts, sizeof *d->stmts);
    }
    d->stmts[d->nstmts++] = s;
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

/* Attributes one sentence: a transcript tag, the turn it is in or the
 * document's speaker, else the first evidence rule that names someone. */
static void attribute_one(struct registry *st, struct words *ws, const struct sent *se,
                          long *turn, long doc_speaker, size_t first_of_doc,
                          const struct who *issuer) {
    const char *t = st->t;
    struct spk_doc *doc = st->doc;
    /* a transcript turn lasts until the next tag, over paragraphs: a
     * speaker's answer in a briefing runs to many (news corpus: position
     * accuracy 0.376 -> 0.520; kremlin-ua unchanged) */
    wd_scan(t, se->start, se->end, ws);
    struct spk_stmt sm = {se->start, se->end, {0}, 0, SPK_NARRATOR, 0, 0};
    size_t body = se->start;
    size_t tag_start = se->start;
    long tag = se->para_start
                   ? lay_headed_tag(st, ws->v, ws->n, se->start, se->end, &tag_start, &body)
                   : lay_transcript_tag(st, ws->v, ws->n, se->start, se->end, &body);
    if (tag >= 0) {
        *turn = tag;
        sm.start = body;
        sm.how = SPK_TRANSCRIPT;
        sm.actors[0] = (size_t)tag;
        sm.nactors = 1;
        sm.cue_start = tag_start;
        sm.cue_len = body - tag_start;
        wd_scan(t, body, se->end, ws);
    }
    mn_register(st, ws->v, ws->n);
    struct who who = {{0}, 0, SPK_NARRATOR, 0, 0};
    if (*turn >= 0 || doc_speaker >= 0) {
        long a = *turn >= 0 ? *turn : doc_speaker;
        who = (struct who){{(size_t)a}, 1, *turn >= 0 ? SPK_TRANSCRIPT : SPK_SPEAKER, 0, 0};
    } else {
        struct rule_ctx c = {st, ws->v, ws->n, se, doc, first_of_doc, issuer};
        /* a statement's sentences that name no one are its issuer's */
        if (!rules_apply(&c, &who) && issuer && issuer->n) who = *issuer;
    }
    if (tag < 0 && who.n) {
        sm.how = who.how;
        sm.nactors = who.n;
        memcpy(sm.actors, who.actors, sizeof who.actors);
        sm.cue_start = who.cue_start;
        sm.cue_len = who.cue_len;
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
    struct registry st = {t, doc, dict, NULL, NULL, 0, -1};
    struct words ws = {0};
    long doc_speaker = -1;
    if (in && in->speaker) {
        doc_speaker = (long)reg_add(&st, xstrdup(in->speaker), NULL, NULL, 1);
        reg_touch(&st, (size_t)doc_speaker);
    }
    struct who issuer = {{0}, 0, SPK_ISSUER, 0, 0};
    if (in && in->title && doc_speaker < 0)
        issuer.n = lay_title_issuer(&st, in->title, issuer.actors);
    long turn = -1; /* current transcript speaker */
    int open = 0;   /* inside a quotation carried over from earlier sentences */
    size_t first_of_doc = doc->nstmts;
    /* per sentence: inside a quotation when it starts / when it ends */
    int *in_quote = xmalloc((sents->n ? sents->n : 1) * sizeof *in_quote);
    int *opened = xmalloc((sents->n ? sents->n : 1) * sizeof *opened);
    size_t nq = 0;
    for (size_t si = 0; si < sents->n; si++) {
        const struct sent *se = &sents->v[si];
        attribute_one(&st, &ws, se, &turn, doc_speaker, first_of_doc, &issuer);
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
                if (s->nactors && s->how != SPK_CONTINUATION) continue;
                s->nactors = src->nactors;
                memcpy(s->actors, src->actors, sizeof s->actors);
                s->how = SPK_QUOTE;
                s->cue_start = src->cue_start;
                s->cue_len = src->cue_len;
            }
        i = j + 1;
    }
    free(in_quote);
    free(opened);
    free(ws.v);
    reg_free(&st);
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
