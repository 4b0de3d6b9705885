/* report.c -- the statement-per-row writers: JSONL, TSV and CSV (see report.h). */
#include "report.h"
#include "buf.h"
#include "aggregate.h"
#include "classify.h"
#include "err.h"
#include "escape.h"
#include "jsonw.h"
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

/* One field of a JSONL record: "key":value, the value a string of s
 * (null for NULL). 0, or -1 when s is not UTF-8 (the record cannot be
 * written: report_jstr's case). */
static int field_str(struct buf *b, const char *key, const char *s, int *first) {
    jw_key(b, key, first);
    return jw_cstr(b, s);
}

/* A field jansson would leave out rather than fail on (a value it cannot
 * make: a name that is not UTF-8, a real that is not finite), as the
 * records always wrote them. */
static void field_opt_str(struct buf *b, const char *key, const char *s, int *first) {
    size_t at = b->len;
    int was = *first;
    if (field_str(b, key, s, first) < 0) b->len = at, *first = was;
}

static void field_real(struct buf *b, const char *key, double v, int *first) {
    size_t at = b->len;
    int was = *first;
    jw_key(b, key, first);
    if (jw_real(b, v, 4) < 0) b->len = at, *first = was;
}

/* The JSON line of result r into b (emptied first); -1 when a string is
 * not UTF-8. The fields and their order are REPORT_SCHEMA's. */
static int jsonl_record(struct buf *b, const struct result *r, const struct labelset *ls,
                        const struct result_list *rl) {
    int first = 1, bad = 0;
    buf_reset(b);
    buf_addc(b, '{');
    jw_key(b, "schema", &first);
    jw_int(b, REPORT_SCHEMA);
    bad |= field_str(b, "doc", r->doc, &first);
    if (r->id) bad |= field_str(b, "id", r->id, &first);
    if (r->meta) {
        const struct result_doc *d = r->meta;
        if (d->date) bad |= field_str(b, "date", d->date, &first);
        if (d->title) bad |= field_str(b, "title", d->title, &first);
        if (d->url) bad |= field_str(b, "url", d->url, &first);
        if (d->nextra) {
            jw_key(b, "meta", &first);
            buf_addc(b, '{');
            int mfirst = 1;
            for (size_t k = 0; k < d->nextra; k++) {
                size_t at = b->len;
                int was = mfirst;
                if (jw_key(b, d->extra[k].key, &mfirst) < 0) {
                    b->len = at, mfirst = was; /* a key jansson refuses is left out */
                    continue;
                }
                bad |= jw_cstr(b, d->extra[k].value);
            }
            buf_addc(b, '}');
        }
    }
    if (r->start >= 0) {
        jw_key(b, "start", &first);
        jw_int(b, r->start);
        jw_key(b, "end", &first);
        jw_int(b, r->end);
    }
    char *names = report_actors(r);
    bad |= field_str(b, "actor", names, &first);
    free(names);
    jw_key(b, "actors", &first);
    buf_addc(b, '[');
    for (size_t k = 0; k < r->nactors; k++) {
        int afirst = 1;
        if (k) buf_addc(b, ',');
        buf_addc(b, '{');
        bad |= field_str(b, "name", r->actors[k].name, &afirst);
        bad |= field_str(b, "role", r->actors[k].role, &afirst);
        bad |= field_str(b, "affiliation", r->actors[k].affil, &afirst);
        bad |= field_str(b, "code", r->actors[k].code, &afirst);
        buf_addc(b, '}');
    }
    buf_addc(b, ']');
    field_opt_str(b, "label", labels_name(ls, r->label), &first);
    field_real(b, "confidence", r->confidence, &first);
    jw_key(b, "scores", &first);
    buf_addc(b, '{');
    int sfirst = 1;
    for (size_t l = 0; l < ls->n; l++) field_real(b, ls->name[l], r->scores[l], &sfirst);
    buf_addc(b, '}');
    field_opt_str(b, "how", r->how, &first);
    if (r->mention) field_opt_str(b, "mention", r->mention, &first);
    field_opt_str(b, "cue", r->cue, &first);
    jw_key(b, "uncertain", &first);
    buf_adds(b, r->uncertain ? "true" : "false");
    if (r->ntargets) {
        jw_key(b, "targets", &first);
        buf_addc(b, '[');
        for (size_t k = 0; k < r->ntargets; k++) {
            if (k) buf_addc(b, ',');
            bad |= jw_cstr(b, r->targets[k]);
        }
        buf_addc(b, ']');
    }
    if (rl->opts.explain) {
        jw_key(b, "explain", &first);
        buf_addc(b, '[');
        for (size_t k = 0; k < r->nwhy; k++) {
            int wfirst = 1;
            if (k) buf_addc(b, ',');
            buf_addc(b, '{');
            bad |= field_str(b, "term", r->why[k].term, &wfirst);
            field_real(b, "weight", agg_round(r->why[k].weight), &wfirst);
            buf_addc(b, '}');
        }
        buf_addc(b, ']');
    }
    bad |= field_str(b, "text", r->text, &first);
    buf_add(b, "}\n", 2);
    return bad ? -1 : 0;
}

int report_write_jsonl(FILE *f, const struct result_list *rl, struct err *e) {
    struct buf line = BUF_INIT;
    const struct labelset *ls = labels_of(rl);
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        if (jsonl_record(&line, r, ls, rl) < 0) {
            buf_free(&line);
            return err_set(e, ERR_DATA, "%s: a name or text is not valid UTF-8 and cannot go into JSON",
                           r->doc);
        }
        fwrite(line.p, 1, line.len, f);
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

