/* report.c -- the statement-per-row writers: JSONL, TSV and CSV (see report.h). */
#include "report.h"
#include "buf.h"
#include "aggregate.h"
#include "classify.h"
#include "err.h"
#include "escape.h"
#include "label.h"
#include "mem.h"
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int report_done(FILE *f, struct err *e) {
    if (fflush(f) != 0 || ferror(f)) return err_sys(e, errno ? errno : EIO, "cannot write output");
    return 0;
}

/* The label set results name (the model's); the default five when the
 * list was filled by hand. */
static const struct labelset *labels_of(const struct result_list *rl) {
    return rl->labels ? rl->labels : labels_default_set();
}

char *report_actors(const struct result *r) {
    struct buf b = BUF_INIT;
    for (size_t k = 0; k < r->nactors; k++) {
        if (k) buf_adds(&b, "; ");
        buf_adds(&b, r->actors[k].name);
    }
    return buf_detach(&b);
}

char *report_targets(const struct result *r) {
    struct buf b = BUF_INIT;
    for (size_t k = 0; k < r->ntargets; k++) {
        if (k) buf_adds(&b, "; ");
        buf_adds(&b, r->targets[k]);
    }
    return buf_detach(&b);
}

json_t *report_jstr(const char *s, int *bad) {
    if (!s) return json_null();
    json_t *j = json_string(s);
    if (!j) {
        *bad = 1;
        j = json_null();
    }
    return j;
}

json_t *report_json_targets(const struct result *r, int *bad) {
    json_t *t = json_array();
    for (size_t k = 0; k < r->ntargets; k++) json_array_append_new(t, report_jstr(r->targets[k], bad));
    return t;
}

json_t *report_json_why(const struct result *r, int *bad) {
    json_t *why = json_array();
    for (size_t k = 0; k < r->nwhy; k++) {
        json_t *t = json_object();
        json_object_set_new(t, "term", report_jstr(r->why[k].term, bad));
        json_object_set_new(t, "weight", json_real(agg_round(r->why[k].weight)));
        json_array_append_new(why, t);
    }
    return why;
}

int report_write_jsonl(FILE *f, const struct result_list *rl, struct err *e) {
    struct buf line = BUF_INIT;
    const struct labelset *ls = labels_of(rl);
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        int bad = 0;
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_integer(REPORT_SCHEMA));
        json_object_set_new(o, "doc", report_jstr(r->doc, &bad));
        if (r->id) json_object_set_new(o, "id", report_jstr(r->id, &bad));
        if (r->meta) {
            const struct result_doc *d = r->meta;
            if (d->date) json_object_set_new(o, "date", report_jstr(d->date, &bad));
            if (d->title) json_object_set_new(o, "title", report_jstr(d->title, &bad));
            if (d->url) json_object_set_new(o, "url", report_jstr(d->url, &bad));
            if (d->nextra) {
                json_t *meta = json_object();
                for (size_t k = 0; k < d->nextra; k++)
                    json_object_set_new(meta, d->extra[k].key, report_jstr(d->extra[k].value, &bad));
                json_object_set_new(o, "meta", meta);
            }
        }
        if (r->start >= 0) {
            json_object_set_new(o, "start", json_integer(r->start));
            json_object_set_new(o, "end", json_integer(r->end));
        }
        char *names = report_actors(r);
        json_object_set_new(o, "actor", report_jstr(names, &bad));
        free(names);
        json_t *arr = json_array();
        for (size_t k = 0; k < r->nactors; k++) {
            json_t *a = json_object();
            json_object_set_new(a, "name", report_jstr(r->actors[k].name, &bad));
            json_object_set_new(a, "role", r->actors[k].role ? report_jstr(r->actors[k].role, &bad) : json_null());
            json_object_set_new(a, "affiliation",
                                r->actors[k].affil ? report_jstr(r->actors[k].affil, &bad) : json_null());
            json_object_set_new(a, "code", r->actors[k].code ? report_jstr(r->actors[k].code, &bad) : json_null());
            json_array_append_new(arr, a);
        }
        json_object_set_new(o, "actors", arr);
        json_object_set_new(o, "label", json_string(labels_name(ls, r->label)));
        json_object_set_new(o, "confidence", json_real(r->confidence));
        json_t *sc = json_object();
        for (size_t l = 0; l < ls->n; l++) json_object_set_new(sc, ls->name[l], json_real(r->scores[l]));
        json_object_set_new(o, "scores", sc);
        json_object_set_new(o, "how", json_string(r->how));
        if (r->mention) json_object_set_new(o, "mention", json_string(r->mention));
        json_object_set_new(o, "cue", r->cue ? json_string(r->cue) : json_null());
        json_object_set_new(o, "uncertain", json_boolean(r->uncertain));
        if (r->ntargets) json_object_set_new(o, "targets", report_json_targets(r, &bad));
        if (rl->opts.explain) json_object_set_new(o, "explain", report_json_why(r, &bad));
        json_object_set_new(o, "text", report_jstr(r->text, &bad));
        if (bad) {
            json_decref(o);
            buf_free(&line);
            return err_set(e, ERR_DATA, "%s: a name or text is not valid UTF-8 and cannot go into JSON",
                           r->doc);
        }
        report_json_put(f, o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4), &line);
        json_decref(o);
    }
    buf_free(&line);
    return report_done(f, e);
}

static int to_buf(const char *s, size_t n, void *b) {
    buf_add(b, s, n);
    return 0;
}

void report_json_put(FILE *f, json_t *o, size_t flags, struct buf *b) {
    buf_reset(b);
    json_dump_callback(o, to_buf, b, flags);
    buf_addc(b, '\n');
    fwrite(b->p, 1, b->len, f);
}

void report_put_field(FILE *f, const char *s) { esc_tsv(f, s); }

size_t report_group_end(const struct agg_actor *ac, size_t k) {
    size_t end = k + 1;
    while (end < ac->nstmts && ac->stmts[end].r->label == ac->stmts[k].r->label) end++;
    return end;
}

void report_extras(FILE *f, const struct agg_stmt *s, const struct report_style *st) {
    const struct result *r = s->r;
    if (r->ntargets) {
        char *t = report_targets(r);
        fprintf(f, "%saddressed to: ", st->before);
        st->esc(f, t);
        fputs(st->after, f);
        free(t);
    }
    if (s->ncopies) {
        fprintf(f, "%s%zu cop%s:", st->before, s->ncopies, s->ncopies == 1 ? "y" : "ies");
        for (size_t c = 0; c < s->ncopies; c++) {
            fputs(c ? ", " : " ", f);
            st->place(f, s->copies[c], st->esc);
        }
        fputs(st->after, f);
    }
    if (r->nwhy) {
        char *why = report_why(r);
        fprintf(f, "%sbecause: ", st->before);
        st->esc(f, why);
        fputs(st->after, f);
        free(why);
    }
}

/* "call on +0.421; must +0.310": the features behind a label, for the
 * table column and the report. */
char *report_why(const struct result *r) {
    struct buf b = BUF_INIT;
    for (size_t k = 0; k < r->nwhy; k++)
        buf_addf(&b, "%s%s +%.3f", k ? "; " : "", r->why[k].term, agg_round(r->why[k].weight));
    return buf_detach(&b);
}

/* The columns of the TSV and CSV tables, in order. */
static const char *const columns[] = {"doc", "id", "date", "title", "url", "start", "end", "actor",
                                      "label", "confidence", "uncertain", "how", "targets", "text"};

/* One table of statements: esc writes a field, sep between fields, eol
 * after each row. */
static int write_table(FILE *f, const struct result_list *rl, void (*esc)(FILE *, const char *),
                       char sep, const char *eol, int header, struct err *e) {
    const struct labelset *ls = labels_of(rl);
    for (size_t c = 0; header && c < sizeof columns / sizeof *columns; c++) {
        if (c) fputc(sep, f);
        fputs(columns[c], f);
    }
    if (header && rl->opts.explain) fprintf(f, "%cexplain", sep);
    if (header) fputs(eol, f);
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        char num[3][32] = {"", "", ""};
        if (r->start >= 0) {
            snprintf(num[0], sizeof num[0], "%ld", r->start);
            snprintf(num[1], sizeof num[1], "%ld", r->end);
        }
        snprintf(num[2], sizeof num[2], "%.3f", agg_round(r->confidence)); /* as read back */
        char *names = report_actors(r), *targets = report_targets(r);
        const struct result_doc *d = r->meta;
        const char *field[] = {r->doc, r->id, d ? d->date : NULL, d ? d->title : NULL,
                               d ? d->url : NULL, num[0], num[1], names,
                               labels_name(ls, r->label), num[2], r->uncertain ? "1" : "0",
                               r->how, targets, r->text};
        for (size_t c = 0; c < sizeof field / sizeof *field; c++) {
            if (c) fputc(sep, f);
            esc(f, field[c]);
        }
        if (rl->opts.explain) {
            char *why = report_why(r);
            fputc(sep, f);
            esc(f, why);
            free(why);
        }
        fputs(eol, f);
        free(names);
        free(targets);
    }
    return report_done(f, e);
}

int report_write_tsv(FILE *f, const struct result_list *rl, struct err *e) {
    return write_table(f, rl, esc_tsv, '\t', "\n", 1, e);
}

int report_write_csv(FILE *f, const struct result_list *rl, struct err *e) {
    return write_table(f, rl, esc_csv, ',', "\r\n", 1, e);
}

int report_write_rows(FILE *f, const struct result_list *rl, enum report_rows fmt, int header,
                      struct err *e) {
    if (fmt == REPORT_ROWS_JSONL) return report_write_jsonl(f, rl, e);
    return fmt == REPORT_ROWS_CSV ? write_table(f, rl, esc_csv, ',', "\r\n", header, e)
                                  : write_table(f, rl, esc_tsv, '\t', "\n", header, e);
}

