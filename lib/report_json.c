/* report_json.c -- the per-actor report as one JSON document, the stable
 * machine format (docs/report-json.md; see report.h). Keys come in a fixed
 * order and numbers have 4 significant digits, so the same statements
 * always give the same bytes. */
#include "aggregate.h"
#include "classify.h"
#include "err.h"
#include "label.h"
#include "report.h"
#include <jansson.h>
#include <stdlib.h>

/* A NULL-terminated code list as an array; null when there is none (a
 * label set of one's own). */
static json_t *codes(const char *const *c) {
    if (!c) return json_null();
    json_t *a = json_array();
    for (; *c; c++) json_array_append_new(a, json_string(*c));
    return a;
}

static json_t *labels_json(const struct labelset *ls) {
    json_t *a = json_array();
    for (size_t l = 0; l < ls->n; l++) {
        json_t *o = json_object();
        json_object_set_new(o, "name", json_string(ls->name[l]));
        json_object_set_new(o, "cameo", codes(labels_cameo(ls, (int)l)));
        json_object_set_new(o, "plover", codes(labels_plover(ls, (int)l)));
        json_array_append_new(a, o);
    }
    return a;
}

/* Where a statement is: doc, id, date, title, url, start, end (the ones
 * it has). */
static void place(json_t *o, const struct result *r, int *bad) {
    json_object_set_new(o, "doc", report_jstr(r->doc, bad));
    if (r->id) json_object_set_new(o, "id", report_jstr(r->id, bad));
    if (r->meta && r->meta->date) json_object_set_new(o, "date", report_jstr(r->meta->date, bad));
    if (r->meta && r->meta->title) json_object_set_new(o, "title", report_jstr(r->meta->title, bad));
    if (r->meta && r->meta->url) json_object_set_new(o, "url", report_jstr(r->meta->url, bad));
    if (r->start >= 0) {
        json_object_set_new(o, "start", json_integer(r->start));
        json_object_set_new(o, "end", json_integer(r->end));
    }
}

static json_t *evidence(const struct agg_stmt *s, const struct labelset *ls, int *bad) {
    const struct result *r = s->r;
    json_t *o = json_object();
    json_object_set_new(o, "label", json_string(labels_name(ls, r->label)));
    json_object_set_new(o, "confidence", json_real(s->confidence));
    place(o, r, bad);
    json_object_set_new(o, "how", report_jstr(r->how, bad));
    if (r->mention) json_object_set_new(o, "mention", report_jstr(r->mention, bad));
    if (r->ntargets) json_object_set_new(o, "targets", report_json_targets(r, bad));
    if (r->nwhy) json_object_set_new(o, "explain", report_json_why(r, bad));
    json_object_set_new(o, "text", report_jstr(r->text, bad));
    json_t *copies = json_array();
    for (size_t c = 0; c < s->ncopies; c++) {
        json_t *p = json_object();
        place(p, s->copies[c], bad);
        json_array_append_new(copies, p);
    }
    json_object_set_new(o, "copies", copies);
    return o;
}

static json_t *actor_json(const struct agg_actor *ac, const struct labelset *ls, int *bad) {
    json_t *o = json_object();
    json_object_set_new(o, "name", report_jstr(ac->who->name, bad));
    json_object_set_new(o, "role", report_jstr(ac->who->role, bad));
    json_object_set_new(o, "affiliation", report_jstr(ac->who->affil, bad));
    json_object_set_new(o, "code", report_jstr(ac->who->code, bad));
    json_object_set_new(o, "statements", json_integer((json_int_t)ac->total));
    json_object_set_new(o, "positions", json_integer((json_int_t)ac->positions));
    json_object_set_new(o, "copies", json_integer((json_int_t)ac->copies));
    json_t *labels = json_object();
    for (size_t l = 0; l < ls->n; l++) {
        json_t *x = json_object();
        json_object_set_new(x, "count", json_integer((json_int_t)ac->count[l]));
        json_object_set_new(x, "share", json_real(agg_round((double)ac->count[l] / (double)ac->total)));
        json_object_set_new(x, "low", json_real(agg_round(ac->low[l])));
        json_object_set_new(x, "high", json_real(agg_round(ac->high[l])));
        json_object_set_new(labels, ls->name[l], x);
    }
    json_object_set_new(o, "labels", labels);
    json_t *tl = json_array();
    for (size_t p = 0; p < ac->ntimeline; p++) {
        json_t *x = json_object(), *counts = json_object();
        json_object_set_new(x, "period", json_string(ac->timeline[p].key));
        for (size_t l = 0; l < ls->n; l++)
            json_object_set_new(counts, ls->name[l], json_integer((json_int_t)ac->timeline[p].count[l]));
        json_object_set_new(x, "counts", counts);
        json_array_append_new(tl, x);
    }
    json_object_set_new(o, "timeline", tl);
    json_t *ev = json_array();
    for (size_t k = 0; k < ac->nstmts; k++) json_array_append_new(ev, evidence(&ac->stmts[k], ls, bad));
    json_object_set_new(o, "evidence", ev);
    return o;
}

int report_write_json(FILE *f, const struct agg_report *a, struct err *e) {
    int bad = 0;
    json_t *o = json_object();
    json_object_set_new(o, "schema", json_string("parley-report"));
    json_object_set_new(o, "version", json_integer(REPORT_JSON_SCHEMA));
    json_object_set_new(o, "labels", labels_json(a->labels));
    json_object_set_new(o, "statements", json_integer((json_int_t)a->statements));
    json_object_set_new(o, "documents", json_integer((json_int_t)a->documents));
    json_object_set_new(o, "left_out", json_integer((json_int_t)a->left_out));
    json_object_set_new(o, "copies", json_integer((json_int_t)a->copies));
    json_object_set_new(o, "period", json_string(agg_by_name(a->by)));
    json_object_set_new(o, "first_date", *a->first ? json_string(a->first) : json_null());
    json_object_set_new(o, "last_date", *a->last ? json_string(a->last) : json_null());
    json_t *periods = json_array();
    for (size_t p = 0; p < a->nperiods; p++) json_array_append_new(periods, json_string(a->periods[p]));
    json_object_set_new(o, "periods", periods);
    json_t *actors = json_array();
    for (size_t i = 0; i < a->nactors; i++) json_array_append_new(actors, actor_json(&a->actors[i], a->labels, &bad));
    json_object_set_new(o, "actors", actors);
    if (bad) {
        json_decref(o);
        return err_set(e, ERR_DATA, "a name or text is not valid UTF-8 and cannot go into JSON");
    }
    struct buf b = BUF_INIT;
    report_json_put(f, o, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4), &b);
    buf_free(&b);
    json_decref(o);
    return report_done(f, e);
}
