/* classify.c -- article -> sentences -> statements -> labels (see classify.h). */
#include "classify.h"
#include "target.h"
#include "calib.h"
#include "corpus.h"
#include "features.h"
#include "mem.h"
#include "model.h"
#include "num.h"
#include "sentence.h"
#include "speaker.h"
#include "vocab.h"
#include <stdlib.h>
#include <string.h>

/* This thread's scratch space, kept from one statement to the next: the
 * term arrays, the vector and the Snowball stemmer are made once per
 * thread, not once per statement (classify_release frees them). */
static _Thread_local struct feat_terms scratch_terms;
static _Thread_local struct feat_vec scratch_vec;

void classify_release(void) {
    feat_vec_free(&scratch_vec);
    feat_terms_free(&scratch_terms);
}

/* classify_text, for a statement that has a holder or not: one that has
 * none is the narrator's, and a narrator holds no position (ANNOTATION.md:
 * "actor narrator and the label none"). Its label is none, not uncertain
 * (no threshold can make it a position again); the scores still say what
 * the model read. */
static void classify_held(const struct model *m, const char *text, size_t len,
                          enum feat_holder holder, const struct classify_opts *o, int held,
                          struct result *r) {
    size_t explain = o ? o->explain : 0;
    struct feat_vec *x = &scratch_vec;
    feat_vector(m->vocab, &m->feat, text, len, holder, &scratch_terms, x);
    r->label = clf_predict(m->clf, x, r->scores);
    if (m->temperature > 0) calib_apply(r->scores, m->labels.n, m->temperature);
    r->confidence = r->scores[r->label];
    double min = o && o->own_threshold ? o->min_confidence : m->min_confidence;
    int none = labels_none(&m->labels);
    /* compared at the precision the JSONL output keeps, so that
     * --from-statements --min-confidence decides as this run would */
    if (num_round4(r->confidence) < min && none >= 0 && r->label != none) {
        r->uncertain = 1;
        r->label = none;
        r->confidence = r->scores[none];
    }
    if (!held && none >= 0) {
        r->uncertain = 0;
        r->label = none;
        r->confidence = r->scores[none];
    }
    if (explain) {
        size_t *ids = xmalloc(explain * sizeof *ids);
        double *w = xmalloc(explain * sizeof *w);
        r->nwhy = clf_explain(m->clf, x, r->label, explain, ids, w);
        r->why = r->nwhy ? xcalloc(r->nwhy, sizeof *r->why) : NULL;
        for (size_t i = 0; i < r->nwhy; i++)
            r->why[i] = (struct result_why){xstrdup(vocab_term(m->vocab, ids[i])), w[i]};
        free(ids);
        free(w);
    }
}

void classify_text(const struct model *m, const char *text, size_t len,
                   enum feat_holder holder, const struct classify_opts *o, struct result *r) {
    classify_held(m, text, len, holder, o, 1, r);
}

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

struct result *result_list_push(struct result_list *l) {
    ALLOC_GROW(l->v, l->n + 1, l->cap);
    struct result *r = &l->v[l->n++];
    memset(r, 0, sizeof *r);
    return r;
}

const char *result_list_name(struct result_list *l, const char *s) {
    for (size_t i = 0; i < l->nnames; i++)
        if (strcmp(l->names[i], s) == 0) return l->names[i];
    if (l->nnames >= RESULT_NAMES_MAX) return NULL;
    ALLOC_GROW(l->names, l->nnames + 1, l->capnames);
    return l->names[l->nnames++] = xstrdup(s);
}

struct result_doc *result_list_doc(struct result_list *l) {
    ALLOC_GROW(l->docs, l->ndocs + 1, l->capdocs);
    return l->docs[l->ndocs++] = xcalloc(1, sizeof(struct result_doc));
}

/* The article's metadata for its results, or NULL when it has none. */
static const struct result_doc *article_meta(const struct article *a, struct result_list *out) {
    if (!a->date && !a->title && !a->url && !a->nextra) return NULL;
    struct result_doc *d = result_list_doc(out);
    d->date = dup_or_null(a->date);
    d->title = dup_or_null(a->title);
    d->url = dup_or_null(a->url);
    d->nextra = a->nextra;
    d->extra = a->nextra ? xcalloc(a->nextra, sizeof *d->extra) : NULL;
    for (size_t k = 0; k < a->nextra; k++)
        d->extra[k] = (struct meta_field){xstrdup(a->extra[k].key), xstrdup(a->extra[k].value)};
    return d;
}

/* Whom the statement addresses (target.h), whatever its label: a label
 * may change later (--from-statements --min-confidence), the sentence's
 * addressees do not. */
static void add_targets(struct result *r, const struct actors *dict) {
    char *t[TARGETS_MAX];
    size_t n = targets_find(r->text, strlen(r->text), dict, t);
    if (!n) return;
    r->targets = xcalloc(n, sizeof *r->targets);
    memcpy(r->targets, t, n * sizeof *t);
    r->ntargets = n;
}

void classify_article(const struct model *m, const struct article *a, const char *speaker,
                      const struct actors *dict, struct result_list *out) {
    struct sent_list sents = {0};
    struct spk_doc doc = {0};
    out->labels = &m->labels;
    const struct result_doc *meta = article_meta(a, out);
    sent_split(a->text, a->len, &sents);
    struct spk_input in = {speaker, a->title};
    spk_attribute_doc(a->text, a->len, &sents, &in, dict, &doc);
    for (size_t i = 0; i < doc.nstmts; i++) {
        const struct spk_stmt *s = &doc.stmts[i];
        struct result *r = result_list_push(out);
        r->doc = xstrdup(a->id);
        r->meta = meta;
        r->start = (long)(a->base + s->start); /* in the file, not the piece */
        r->end = (long)(a->base + s->end);
        r->text = xstrndup(a->text + s->start, s->end - s->start);
        r->how = s->rule ? s->rule : spk_how_name(s->how);
        r->mention = s->how == SPK_REPORTING_VERB ? "name" : spk_how_name(s->how);
        if (s->cue_len) r->cue = xstrndup(a->text + s->cue_start, s->cue_len);
        r->nactors = s->nactors ? s->nactors : 1;
        r->actors = xcalloc(r->nactors, sizeof *r->actors);
        if (!s->nactors) r->actors[0].name = xstrdup("narrator");
        for (size_t k = 0; k < s->nactors; k++) {
            const struct spk_actor *ac = &doc.actors[s->actors[k]];
            r->actors[k] = (struct result_actor){xstrdup(ac->name), dup_or_null(ac->role),
                                                 dup_or_null(ac->affil), dup_or_null(ac->code)};
        }
        /* the narrator and an interviewer asking hold no position */
        int holds = s->nactors > 1 || (s->nactors == 1 && !doc.actors[s->actors[0]].asks);
        enum feat_holder holder = !s->nactors      ? FEAT_HELD_NARRATOR
                                  : s->nactors > 1 ? FEAT_HELD_JOINT
                                                   : FEAT_HELD_ACTOR;
        classify_held(m, r->text, s->end - s->start, holder, &out->opts, holds, r);
        add_targets(r, dict);
    }
    spk_doc_free(&doc);
    sent_list_free(&sents);
}

void classify_statement(const struct model *m, const char *doc, const struct stmt *s,
                        const char *default_actor, struct result_list *out) {
    out->labels = &m->labels;
    struct result *r = result_list_push(out);
    r->doc = xstrdup(doc);
    r->id = dup_or_null(s->id);
    r->start = r->end = -1;
    r->text = xstrdup(s->text);
    r->how = "given";
    r->nactors = 1;
    r->actors = xcalloc(1, sizeof *r->actors);
    const char *actor = s->actor ? s->actor : default_actor ? default_actor : "narrator";
    r->actors[0].name = xstrdup(actor);
    /* an actor the input names decides who holds it; without one (-e
     * TEXT, no actor column) it is someone's, not the narrator's */
    classify_text(m, r->text, strlen(r->text), feat_holder_of(s->actor ? s->actor : default_actor),
                  &out->opts, r);
    add_targets(r, NULL);
}

void classify_rethreshold(struct result_list *l, double min) {
    const struct labelset *ls = l->labels;
    int none = ls ? labels_none(ls) : LABEL_NONE;
    if (none < 0) return;
    for (size_t i = 0; i < l->n; i++) {
        struct result *r = &l->v[i];
        int label = r->label;
        double p = r->confidence;
        if (r->uncertain) { /* the model's own label: the likeliest */
            label = 0;
            for (size_t k = 1; k < (ls ? ls->n : LABEL_COUNT); k++)
                if (r->scores[k] > r->scores[label]) label = (int)k;
            p = r->scores[label];
        }
        r->uncertain = num_round4(p) < min && label != none;
        r->label = r->uncertain ? none : label;
        r->confidence = r->uncertain ? r->scores[none] : p;
    }
}

void result_list_move(struct result_list *dst, struct result_list *src) {
    if (!dst->labels) dst->labels = src->labels;
    ALLOC_GROW(dst->v, dst->n + src->n, dst->cap);
    if (src->n) memcpy(dst->v + dst->n, src->v, src->n * sizeof *src->v);
    dst->n += src->n;
    ALLOC_GROW(dst->docs, dst->ndocs + src->ndocs, dst->capdocs);
    if (src->ndocs) memcpy(dst->docs + dst->ndocs, src->docs, src->ndocs * sizeof *src->docs);
    dst->ndocs += src->ndocs;
    ALLOC_GROW(dst->names, dst->nnames + src->nnames, dst->capnames);
    if (src->nnames) memcpy(dst->names + dst->nnames, src->names, src->nnames * sizeof *src->names);
    dst->nnames += src->nnames;
    free(src->v), free(src->docs), free(src->names);
    memset(src, 0, sizeof *src);
}

void result_list_truncate(struct result_list *l, size_t n) {
    for (size_t i = n; i < l->n; i++) {
        struct result *r = &l->v[i];
        free(r->doc), free(r->id), free(r->cue), free(r->text);
        for (size_t k = 0; k < r->nactors; k++)
            free(r->actors[k].name), free(r->actors[k].role), free(r->actors[k].affil),
                free(r->actors[k].code);
        free(r->actors);
        for (size_t k = 0; k < r->nwhy; k++) free(r->why[k].term);
        free(r->why);
        for (size_t k = 0; k < r->ntargets; k++) free(r->targets[k]);
        free(r->targets);
    }
    if (n < l->n) l->n = n;
}

void result_list_free(struct result_list *l) {
    result_list_truncate(l, 0);
    free(l->v);
    for (size_t i = 0; i < l->ndocs; i++) {
        struct result_doc *d = l->docs[i];
        free(d->date), free(d->title), free(d->url);
        for (size_t k = 0; k < d->nextra; k++) free(d->extra[k].key), free(d->extra[k].value);
        free(d->extra);
        free(d);
    }
    free(l->docs);
    for (size_t i = 0; i < l->nnames; i++) free(l->names[i]);
    free(l->names);
    memset(l, 0, sizeof *l);
}
