/* report.c -- per-actor aggregation and the TSV/JSONL/text writers (see report.h). */
#include "report.h"
#include "buf.h"
#include "classify.h"
#include "err.h"
#include "label.h"
#include "mem.h"
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int done(FILE *f, struct err *e) {
    if (fflush(f) != 0 || ferror(f)) return err_sys(e, errno ? errno : EIO, "cannot write output");
    return 0;
}

/* The label set results name (the model's); the default five when the
 * list was filled by hand. */
static const struct labelset *labels_of(const struct result_list *rl) {
    static struct labelset def;
    if (rl->labels) return rl->labels;
    if (!def.n) labels_default(&def);
    return &def;
}

static char *joined_actors(const struct result *r) {
    struct buf b = BUF_INIT;
    for (size_t k = 0; k < r->nactors; k++) {
        if (k) buf_adds(&b, "; ");
        buf_adds(&b, r->actors[k].name);
    }
    return buf_detach(&b);
}

/* jansson returns NULL for a string that is not UTF-8 and the key would
 * silently vanish; names from the command line (file names) can be such. */
static json_t *jstr(const char *s, int *bad) {
    json_t *j = json_string(s);
    if (!j) {
        *bad = 1;
        j = json_null();
    }
    return j;
}

int report_write_jsonl(FILE *f, const struct result_list *rl, struct err *e) {
    const struct labelset *ls = labels_of(rl);
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        int bad = 0;
        json_t *o = json_object();
        json_object_set_new(o, "schema", json_integer(REPORT_SCHEMA));
        json_object_set_new(o, "doc", jstr(r->doc, &bad));
        if (r->id) json_object_set_new(o, "id", jstr(r->id, &bad));
        if (r->start >= 0) {
            json_object_set_new(o, "start", json_integer(r->start));
            json_object_set_new(o, "end", json_integer(r->end));
        }
        char *names = joined_actors(r);
        json_object_set_new(o, "actor", jstr(names, &bad));
        free(names);
        json_t *arr = json_array();
        for (size_t k = 0; k < r->nactors; k++) {
            json_t *a = json_object();
            json_object_set_new(a, "name", jstr(r->actors[k].name, &bad));
            json_object_set_new(a, "role", r->actors[k].role ? jstr(r->actors[k].role, &bad) : json_null());
            json_object_set_new(a, "affiliation",
                                r->actors[k].affil ? jstr(r->actors[k].affil, &bad) : json_null());
            json_object_set_new(a, "code", r->actors[k].code ? jstr(r->actors[k].code, &bad) : json_null());
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
        if (rl->opts.explain) {
            json_t *why = json_array();
            for (size_t k = 0; k < r->nwhy; k++) {
                json_t *t = json_object();
                json_object_set_new(t, "term", jstr(r->why[k].term, &bad));
                json_object_set_new(t, "weight", json_real(r->why[k].weight));
                json_array_append_new(why, t);
            }
            json_object_set_new(o, "explain", why);
        }
        json_object_set_new(o, "text", jstr(r->text, &bad));
        if (bad) {
            json_decref(o);
            return err_set(e, ERR_DATA, "%s: a name or text is not valid UTF-8 and cannot go into JSON",
                           r->doc);
        }
        json_dumpf(o, f, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
        fputc('\n', f);
        json_decref(o);
    }
    return done(f, e);
}

void report_put_field(FILE *f, const char *s) {
    for (; s && *s; s++) fputc((*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s, f);
}

/* "call on +0.421; must +0.310": the features behind a label, for the
 * TSV column and the report. */
static void put_why(FILE *f, const struct result *r) {
    for (size_t k = 0; k < r->nwhy; k++) {
        if (k) fputs("; ", f);
        report_put_field(f, r->why[k].term);
        fprintf(f, " +%.3f", r->why[k].weight);
    }
}

int report_write_tsv(FILE *f, const struct result_list *rl, struct err *e) {
    const struct labelset *ls = labels_of(rl);
    fputs(rl->opts.explain ? "doc\tid\tstart\tend\tactor\tlabel\tconfidence\thow\ttext\texplain\n"
                      : "doc\tid\tstart\tend\tactor\tlabel\tconfidence\thow\ttext\n", f);
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        report_put_field(f, r->doc);
        fputc('\t', f);
        report_put_field(f, r->id);
        if (r->start >= 0) fprintf(f, "\t%ld\t%ld\t", r->start, r->end);
        else fputs("\t\t\t", f);
        char *names = joined_actors(r);
        report_put_field(f, names);
        free(names);
        fprintf(f, "\t%s\t%.3f\t%s\t", labels_name(ls, r->label), r->confidence, r->how);
        report_put_field(f, r->text);
        if (rl->opts.explain) {
            fputc('\t', f);
            put_why(f, r);
        }
        fputc('\n', f);
    }
    return done(f, e);
}

/* ---- the per-actor report ---------------------------------------------- */

struct entry {
    const struct result *r;
    size_t order; /* position in the input, for stable ties */
};

struct actor_rep {
    const struct result_actor *who; /* first sighting: role and affiliation */
    size_t first;                   /* order of first statement */
    size_t count[LABELS_MAX];
    size_t positions;               /* statements not labelled none */
    struct entry *v;
    size_t n, cap;
};

static int by_rank(const void *a, const void *b) {
    const struct actor_rep *x = a, *y = b;
    int xn = strcmp(x->who->name, "narrator") == 0, yn = strcmp(y->who->name, "narrator") == 0;
    if (xn != yn) return xn - yn;
    if (x->positions != y->positions) return x->positions > y->positions ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

static int by_confidence(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    if (x->r->confidence != y->r->confidence) return x->r->confidence > y->r->confidence ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

int report_write_text(FILE *f, const struct result_list *rl, int list_none, struct err *e) {
    const struct labelset *ls = labels_of(rl);
    int none = labels_none(ls);
    struct actor_rep *reps = NULL;
    size_t nrep = 0;
    size_t ndocs = 0;
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *r = &rl->v[i];
        if (i == 0 || strcmp(r->doc, rl->v[i - 1].doc) != 0) ndocs++;
        for (size_t k = 0; k < r->nactors; k++) {
            size_t a;
            for (a = 0; a < nrep; a++)
                if (strcmp(reps[a].who->name, r->actors[k].name) == 0) break;
            if (a == nrep) {
                reps = xreallocarray(reps, nrep + 1, sizeof *reps);
                memset(&reps[nrep], 0, sizeof *reps);
                reps[nrep].who = &r->actors[k];
                reps[nrep].first = i;
                nrep++;
            }
            struct actor_rep *ar = &reps[a];
            if (!ar->who->role && r->actors[k].role) ar->who = &r->actors[k];
            ar->count[r->label]++;
            if (r->label != none) ar->positions++;
            if (ar->n == ar->cap) {
                ar->cap = ar->cap ? ar->cap * 2 : 8;
                ar->v = xreallocarray(ar->v, ar->cap, sizeof *ar->v);
            }
            ar->v[ar->n++] = (struct entry){r, i};
        }
    }
    if (nrep) qsort(reps, nrep, sizeof *reps, by_rank);
    size_t uncertain = 0;
    for (size_t i = 0; i < rl->n; i++) uncertain += rl->v[i].uncertain != 0;
    fprintf(f, "%zu statement%s in %zu document%s, %zu actor%s\n", rl->n, rl->n == 1 ? "" : "s",
            ndocs, ndocs == 1 ? "" : "s", nrep, nrep == 1 ? "" : "s");
    if (uncertain)
        fprintf(f, "%zu statement%s below the minimum confidence counted as none\n", uncertain,
                uncertain == 1 ? "" : "s");
    for (size_t a = 0; a < nrep; a++) {
        struct actor_rep *ar = &reps[a];
        fprintf(f, "\n%s", ar->who->name);
        if (ar->who->role || ar->who->affil) {
            fputs(" (", f);
            if (ar->who->role) fputs(ar->who->role, f);
            if (ar->who->role && ar->who->affil) fputs(", ", f);
            if (ar->who->affil) fputs(ar->who->affil, f);
            fputc(')', f);
        }
        fputs("\n ", f);
        for (int l = 0; l < (int)ls->n; l++) fprintf(f, " %s %zu", ls->name[l], ar->count[l]);
        fputc('\n', f);
        qsort(ar->v, ar->n, sizeof *ar->v, by_confidence);
        for (int l = 0; l < (int)ls->n; l++) {
            if (!ar->count[l] || (l == none && !list_none)) continue;
            fprintf(f, "  %s\n", ls->name[l]);
            for (size_t k = 0; k < ar->n; k++) {
                const struct result *r = ar->v[k].r;
                if (r->label != l) continue;
                fprintf(f, "    %.2f  ", r->confidence);
                report_put_field(f, r->text);
                if (r->start >= 0) fprintf(f, "  [%s:%ld-%ld]\n", r->doc, r->start, r->end);
                else if (r->id) fprintf(f, "  [%s %s]\n", r->doc, r->id);
                else fputc('\n', f);
                if (r->nwhy) {
                    fputs("          because: ", f);
                    put_why(f, r);
                    fputc('\n', f);
                }
            }
        }
        free(ar->v);
    }
    free(reps);
    return done(f, e);
}
