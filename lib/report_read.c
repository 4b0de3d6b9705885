/* report_read.c -- reads the JSONL statements report_write_jsonl wrote back
 * into a result list: the reduce side of map/reduce (classify
 * --from-statements). Whatever a report needs is in each line, so shards
 * read in any order rebuild the same results (see aggregate.h for why the
 * reports then agree byte for byte). */
#include "classify.h"
#include "corpus.h"
#include "err.h"
#include "label.h"
#include "mem.h"
#include "report.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Where a line is, for messages. */
struct at {
    const char *name;
    long line;
};

static int bad(struct err *e, const struct at *at, const char *what, const char *key) {
    return err_set(e, ERR_DATA, "%s:%ld: %s%s%s", at->name, at->line, what, key ? " " : "",
                   key ? key : "");
}

/* A string member: *out a copy (NULL when absent or null). required: absent
 * is an error. */
static int get_str(json_t *o, const char *key, int required, char **out, const struct at *at,
                   struct err *e) {
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v)) return required ? bad(e, at, "missing key", key) : 0;
    if (!json_is_string(v)) return bad(e, at, "expected a string for", key);
    *out = xstrdup(json_string_value(v));
    return 0;
}

static int get_num(json_t *o, const char *key, double *out, const struct at *at, struct err *e) {
    json_t *v = json_object_get(o, key);
    if (!v || !json_is_number(v)) return bad(e, at, "expected a number for", key);
    *out = json_number_value(v);
    return 0;
}

/* The label set of the scores object: the first line's sets it, every
 * later line must name the same labels in the same order. */
static int read_scores(json_t *sc, struct result_list *rl, struct result *r, const struct at *at,
                       struct err *e) {
    if (!json_is_object(sc) || json_object_size(sc) < 2)
        return bad(e, at, "expected an object of at least two labels for", "scores");
    int first = rl->labels == NULL;
    if (first) memset(&rl->own, 0, sizeof rl->own);
    else if (json_object_size(sc) != rl->labels->n)
        return bad(e, at, "the scores name other labels than the first statement's", NULL);
    size_t i = 0;
    const char *key;
    json_t *v;
    json_object_foreach(sc, key, v) {
        if (first) {
            int l = labels_intern(&rl->own, key, strlen(key));
            if (l < 0) return bad(e, at, l == -1 ? "not a valid label name:" : "too many labels:", key);
            if ((size_t)l != i) return bad(e, at, "a label twice in", "scores");
        } else if (strcmp(rl->labels->name[i], key) != 0) {
            return bad(e, at, "the scores name other labels than the first statement's", NULL);
        }
        if (!json_is_number(v)) return bad(e, at, "expected a number for the score of", key);
        r->scores[i++] = json_number_value(v);
    }
    if (first) rl->labels = &rl->own;
    return 0;
}

static int read_actors(json_t *arr, struct result *r, const struct at *at, struct err *e) {
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return bad(e, at, "expected a non-empty array for", "actors");
    r->nactors = json_array_size(arr);
    r->actors = xcalloc(r->nactors, sizeof *r->actors);
    for (size_t k = 0; k < r->nactors; k++) {
        json_t *a = json_array_get(arr, k);
        struct result_actor *x = &r->actors[k];
        if (!json_is_object(a)) return bad(e, at, "expected objects in", "actors");
        if (get_str(a, "name", 1, &x->name, at, e) || get_str(a, "role", 0, &x->role, at, e) ||
            get_str(a, "affiliation", 0, &x->affil, at, e) || get_str(a, "code", 0, &x->code, at, e))
            return -1;
    }
    return 0;
}

/* targets (strings) and explain ({term, weight}), both optional. */
static int read_lists(json_t *o, struct result *r, int *explain, const struct at *at, struct err *e) {
    json_t *t = json_object_get(o, "targets"), *w = json_object_get(o, "explain");
    if (t) {
        if (!json_is_array(t)) return bad(e, at, "expected an array for", "targets");
        r->targets = xcalloc(json_array_size(t) + 1, sizeof *r->targets);
        for (size_t k = 0; k < json_array_size(t); k++) {
            json_t *s = json_array_get(t, k);
            if (!json_is_string(s)) return bad(e, at, "expected strings in", "targets");
            r->targets[r->ntargets++] = xstrdup(json_string_value(s));
        }
    }
    if (w) {
        if (!json_is_array(w)) return bad(e, at, "expected an array for", "explain");
        *explain = 1;
        r->why = xcalloc(json_array_size(w) + 1, sizeof *r->why);
        for (size_t k = 0; k < json_array_size(w); k++) {
            json_t *x = json_array_get(w, k), *term = json_object_get(x, "term");
            json_t *weight = json_object_get(x, "weight");
            if (!json_is_string(term) || !json_is_number(weight))
                return bad(e, at, "expected {term, weight} objects in", "explain");
            r->why[r->nwhy++] =
                (struct result_why){xstrdup(json_string_value(term)), json_number_value(weight)};
        }
    }
    return 0;
}

/* The document's metadata: shared with the previous line's when it is the
 * same document with the same fields (the usual case: a document's
 * statements are written together), else a new one. */
static int read_meta(json_t *o, struct result_list *rl, struct result *r, const struct at *at,
                     struct err *e) {
    struct result_doc d = {0};
    json_t *extra = json_object_get(o, "meta");
    int rc = get_str(o, "date", 0, &d.date, at, e) || get_str(o, "title", 0, &d.title, at, e) ||
             get_str(o, "url", 0, &d.url, at, e);
    if (!rc && extra) {
        if (!json_is_object(extra)) rc = bad(e, at, "expected an object for", "meta");
        d.extra = rc ? NULL : xcalloc(json_object_size(extra) + 1, sizeof *d.extra);
        const char *key;
        json_t *v;
        json_object_foreach(extra, key, v) {
            if (rc) break;
            if (!json_is_string(v)) rc = bad(e, at, "expected strings in", "meta");
            else d.extra[d.nextra++] = (struct meta_field){xstrdup(key), xstrdup(json_string_value(v))};
        }
    }
    int any = d.date || d.title || d.url || d.nextra;
    const struct result *prev = rl->n > 1 ? &rl->v[rl->n - 2] : NULL;
    const struct result_doc *p = prev && strcmp(prev->doc, r->doc) == 0 ? prev->meta : NULL;
    int same = p && any;
    if (same) {
        const char *const mine[] = {d.date, d.title, d.url}, *const theirs[] = {p->date, p->title, p->url};
        for (size_t k = 0; k < 3 && same; k++)
            same = (!mine[k] && !theirs[k]) || (mine[k] && theirs[k] && strcmp(mine[k], theirs[k]) == 0);
        same = same && d.nextra == p->nextra;
        for (size_t k = 0; k < d.nextra && same; k++)
            same = strcmp(d.extra[k].key, p->extra[k].key) == 0 &&
                   strcmp(d.extra[k].value, p->extra[k].value) == 0;
    }
    if (!rc && any && !same) {
        struct result_doc *n = result_list_doc(rl);
        *n = d;
        r->meta = n;
        return 0;
    }
    if (!rc && same) r->meta = p;
    free(d.date), free(d.title), free(d.url);
    for (size_t k = 0; k < d.nextra; k++) free(d.extra[k].key), free(d.extra[k].value);
    free(d.extra);
    return rc;
}

static long get_offset(json_t *o, const char *key) {
    json_t *v = json_object_get(o, key);
    return json_is_integer(v) && json_integer_value(v) >= 0 ? (long)json_integer_value(v) : -1;
}

/* One line's object into a new result at the end of rl. */
static int read_one(json_t *o, struct result_list *rl, int *explain, const struct at *at, struct err *e) {
    if (!json_is_object(o)) return bad(e, at, "expected a JSON object (a statement of classify -f jsonl)", NULL);
    json_t *schema = json_object_get(o, "schema");
    if (!json_is_integer(schema) || json_integer_value(schema) != REPORT_SCHEMA)
        return err_set(e, ERR_DATA, "%s:%ld: not a statement written by classify -f jsonl (no \"schema\": %d)",
                       at->name, at->line, REPORT_SCHEMA);
    struct result *r = result_list_push(rl);
    r->start = get_offset(o, "start");
    r->end = get_offset(o, "end");
    if (get_str(o, "doc", 1, &r->doc, at, e) || get_str(o, "id", 0, &r->id, at, e) ||
        get_str(o, "text", 1, &r->text, at, e) || get_str(o, "cue", 0, &r->cue, at, e) ||
        read_meta(o, rl, r, at, e) || read_actors(json_object_get(o, "actors"), r, at, e) ||
        read_scores(json_object_get(o, "scores"), rl, r, at, e) ||
        get_num(o, "confidence", &r->confidence, at, e) || read_lists(o, r, explain, at, e))
        return -1;
    json_t *label = json_object_get(o, "label"), *how = json_object_get(o, "how");
    json_t *mention = json_object_get(o, "mention"), *unc = json_object_get(o, "uncertain");
    if (!json_is_string(label) ||
        (r->label = labels_find(rl->labels, json_string_value(label), strlen(json_string_value(label)))) < 0)
        return bad(e, at, "the label is missing or not one of the scores' labels", NULL);
    if (!json_is_string(how)) return bad(e, at, "missing key", "how");
    r->how = result_list_name(rl, json_string_value(how));
    if (json_is_string(mention)) r->mention = result_list_name(rl, json_string_value(mention));
    if (!r->how || (json_is_string(mention) && !r->mention))
        return bad(e, at, "too many distinct how and mention values (not classify output)", NULL);
    r->uncertain = json_is_true(unc);
    return 0;
}

int report_read_jsonl(FILE *f, const char *name, struct result_list *rl, struct err *e) {
    char *line = NULL;
    size_t cap = 0;
    long len;
    int rc = 0, explain = 0;
    size_t before = rl->n; /* none at all is fine: a shard may have none */
    struct at at = {name, 0};
    while (rc == 0 && (len = corpus_read_line(f, name, ++at.line, &line, &cap, NULL, e)) != -1) {
        if (len == -2) {
            rc = -1;
            break;
        }
        if (len == 0) continue;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        if (!o) {
            rc = err_set(e, ERR_DATA, "%s:%ld: not JSON (--from-statements reads classify -f jsonl output): %s",
                         name, at.line, je.text);
            break;
        }
        rc = read_one(o, rl, &explain, &at, e);
        json_decref(o);
    }
    free(line);
    if (rc) { /* nothing of a bad file: the others make the report */
        result_list_truncate(rl, before);
        if (rl->n == 0) rl->labels = NULL;
        return rc;
    }
    if (explain && !rl->opts.explain) rl->opts.explain = 1;
    return 0;
}
