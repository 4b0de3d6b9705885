/* corpus.c -- the statement readers (TSV and JSONL, with file:line errors)
 * and what the article readers share with them (see corpus.h; the
 * articles are corpus_articles.c). */
#include "corpus.h"
#include "corpus_int.h"
#include "lines.h"
#include "escape.h"
#include "buf.h"
#include "checksum.h"
#include "err.h"
#include "label.h"
#include "mem.h"
#include "utf8.h"
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Peeks at the first byte without consuming it (offsets and checksums
 * must see the whole input). */
int corpus_first_byte(FILE *f) {
    int c = getc(f);
    if (c != EOF) ungetc(c, f);
    return c;
}

int corpus_jsonl_name(const char *name) {
    return ends_with(name, ".jsonl") || ends_with(name, ".json");
}

static enum corpus_format sniff(FILE *f, const char *name) {
    if (corpus_jsonl_name(name)) return CORPUS_JSONL;
    if (ends_with(name, ".tsv")) return CORPUS_TSV;
    return corpus_first_byte(f) == '{' ? CORPUS_JSONL : CORPUS_TSV;
}

/* See corpus.h. Never holds more than CORPUS_MAX_LINE + 1 bytes of a line:
 * a huge line is an error, not a reason to run out of memory (and a failed
 * read is an error, never a silent end of file). */
long corpus_read_line(FILE *f, const char *name, long lineno, char **line, size_t *cap,
                      uint64_t *sum, struct err *e) {
    errno = 0;
    ssize_t got = line_read(f, line, cap, CORPUS_MAX_LINE);
    if (got == -2)
        return err_set(e, ERR_DATA, "%s:%ld: line too long (over %d bytes)", name, lineno,
                       CORPUS_MAX_LINE), -2;
    if (ferror(f)) return err_sys(e, errno ? errno : EIO, "%s:%ld: cannot read", name, lineno), -2;
    if (got == -1) return -1;
    size_t n = (size_t)got;
    if (sum) *sum = checksum_update(*sum, *line, n);
    if ((*line)[n - 1] == '\n') (*line)[--n] = '\0';
    if (n > 0 && (*line)[n - 1] == '\r') (*line)[--n] = '\0';
    if (lineno == 1 && n >= 3 && memcmp(*line, "\xef\xbb\xbf", 3) == 0) {
        memmove(*line, *line + 3, n - 3 + 1);
        n -= 3;
    }
    size_t bad;
    if (!utf8_valid(*line, n, &bad))
        return err_set(e, ERR_DATA, "%s:%ld: invalid UTF-8 at byte %zu of the line", name,
                       lineno, bad + 1), -2;
    return (long)n;
}

static void push_stmt(struct stmt_list *l, struct stmt s) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
    }
    l->v[l->n++] = s;
}

/* The label named s as an index into out's label set (corpus.h): added
 * when the set is open, else it must be one of the set. Returns the index,
 * or -1 with e set naming the file and line. */
static int read_label(struct stmt_list *out, const char *s, const char *name, long lineno,
                      struct err *e) {
    struct labelset *ls = &out->labels;
    if (!ls->n && !out->labels_open) labels_default(ls);
    size_t len = strlen(s);
    if (out->labels_open) {
        /* a scheme of one's own or the default one, never a mix: "demands"
         * among the default labels is a typo, not a sixth label */
        if (labels_find(ls, s, len) < 0 && ls->n) {
            int def_new = label_parse(s, len) >= 0 && strcmp(s, "none") != 0;
            int def_old = 0, own_old = 0;
            for (size_t i = 0; i < ls->n; i++) {
                int d = label_parse(ls->name[i], strlen(ls->name[i]));
                if (strcmp(ls->name[i], "none") == 0) continue;
                if (d >= 0) def_old = 1;
                else own_old = 1;
            }
            int own_new = label_parse(s, len) < 0;
            if ((def_new && own_old) || (own_new && def_old)) {
                err_set(e, ERR_DATA,
                        def_old ? "%s:%ld: unknown label '%s' (expected demand, concern, concession, "
                                  "agreement or none, as in the rows before; a scheme of one's own "
                                  "names its labels with --labels)"
                                : "%s:%ld: label '%s' mixes the default labels into a scheme of one's "
                                  "own",
                        name, lineno, s);
                return -1;
            }
        }
        int r = labels_intern(ls, s, len);
        if (r == -1)
            err_set(e, ERR_DATA, "%s:%ld: invalid label '%s' (1 to %d lower-case letters, digits, "
                    "'_' or '-')", name, lineno, s, LABEL_NAME_MAX);
        else if (r == -2)
            err_set(e, ERR_DATA, "%s:%ld: label '%s' is one too many (at most %d labels)", name,
                    lineno, s, LABELS_MAX);
        return r < 0 ? -1 : r;
    }
    int r = labels_find(ls, s, len);
    if (r >= 0) return r;
    if (labels_is_default(ls)) {
        err_set(e, ERR_DATA,
                "%s:%ld: unknown label '%s' (expected demand, concern, concession, "
                "agreement or none)", name, lineno, s);
        return -1;
    }
    struct buf b = BUF_INIT;
    for (size_t i = 0; i < ls->n; i++)
        buf_addf(&b, "%s%s", i ? (i + 1 == ls->n ? " or " : ", ") : "", ls->name[i]);
    err_set(e, ERR_DATA, "%s:%ld: unknown label '%s' (expected %s)", name, lineno, s, buf_str(&b));
    buf_free(&b);
    return -1;
}

/* Is s nothing but white space (any Unicode space, line breaks included)? */
int corpus_only_space(const char *s) {
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        int32_t c;
        i += utf8_decode(s + i, len - i, &c);
        if (!utf8_is_space(c)) return 0;
    }
    return 1;
}

static const char *const colname[NCOL] = {"id", "actor", "source", "text", "label"};



/* A TSV header: the position of each column Parley reads. */
static int tsv_header(struct corpus_reader *r, struct stmt_list *out, struct err *e) {
    const char *name = r->name;
    long n = corpus_read_line(r->f, name, ++r->lineno, &r->line, &r->cap, &out->checksum, e);
    if (n == -2) return -1;
    if (n < 0) return err_set(e, ERR_DATA, "%s: empty file", name);
    for (int c = 0; c < NCOL; c++) r->pos[c] = -1;
    for (char *p = r->line, *tab;; p = tab + 1) {
        tab = strchr(p, '\t');
        size_t len = tab ? (size_t)(tab - p) : strlen(p);
        for (int c = 0; c < NCOL; c++)
            if (strlen(colname[c]) == len && memcmp(colname[c], p, len) == 0) {
                if (r->pos[c] >= 0)
                    return err_set(e, ERR_DATA, "%s:1: column '%s' appears twice in the header",
                                   name, colname[c]);
                r->pos[c] = (int)r->ncols;
            }
        r->ncols++;
        if (!tab) break;
    }
    if (r->pos[COL_TEXT] < 0) return err_set(e, ERR_DATA, "%s:1: missing column 'text' in the header", name);
    if (r->need_label == CORPUS_LABELS_REQUIRED && r->pos[COL_LABEL] < 0)
        return err_set(e, ERR_DATA, "%s:1: missing column 'label' in the header", name);
    r->field = xcalloc(r->ncols, sizeof *r->field);
    return 0;
}

/* One TSV row (r->line, n bytes) into *s. */
static int tsv_row(struct corpus_reader *r, long n, struct stmt_list *out, struct stmt *s,
                   struct err *e) {
    const char *name = r->name;
    long lineno = r->lineno;
    if (n == 0) return err_set(e, ERR_DATA, "%s:%ld: empty line", name, lineno);
    size_t k = 0;
    for (char *p = r->line, *tab;; p = tab + 1) {
        tab = strchr(p, '\t');
        if (k < r->ncols) r->field[k] = p;
        k++;
        if (!tab) break;
        *tab = '\0';
    }
    /* the escapes the TSV output writes (\t \n \r \\) are undone, so
     * classify -f tsv output reads back as it was */
    for (size_t c = 0; c < r->ncols && c < k; c++) esc_tsv_undo(r->field[c]);
    if (k != r->ncols)
        return err_set(e, ERR_DATA, "%s:%ld: expected %zu tab-separated fields as in the header, found %zu",
                       name, lineno, r->ncols, k);
    char **field = r->field;
    const int *pos = r->pos;
    *s = (struct stmt){0};
    s->line = lineno;
    s->label = -1;
    if (pos[COL_LABEL] >= 0 && r->need_label != CORPUS_LABELS_IGNORED) {
        s->label = read_label(out, field[pos[COL_LABEL]], name, lineno, e);
        if (s->label < 0) return -1;
    }
    const char *text = field[pos[COL_TEXT]];
    if (corpus_only_space(text)) return err_set(e, ERR_DATA, "%s:%ld: empty text", name, lineno);
    s->text = xstrdup(text);
    if (pos[COL_ID] >= 0 && *field[pos[COL_ID]]) s->id = xstrdup(field[pos[COL_ID]]);
    if (pos[COL_ACTOR] >= 0 && *field[pos[COL_ACTOR]]) s->actor = xstrdup(field[pos[COL_ACTOR]]);
    if (pos[COL_SOURCE] >= 0 && *field[pos[COL_SOURCE]]) s->source = xstrdup(field[pos[COL_SOURCE]]);
    return 0;
}

/* Gets an optional string member; a present non-string is an error. */
int corpus_json_str(json_t *o, const char *key, char **out, const char *name, long lineno,
                    struct err *e) {
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_string(v))
        return err_set(e, ERR_DATA, "%s:%ld: '%s' must be a string", name, lineno, key);
    *out = xstrndup(json_string_value(v), json_string_length(v));
    if (strlen(*out) != json_string_length(v)) {
        free(*out);
        *out = NULL;
        return err_set(e, ERR_DATA, "%s:%ld: '%s' contains a NUL character", name, lineno, key);
    }
    return 0;
}

/* Parses line as one JSON object; returns it or NULL with e set. */
json_t *corpus_json_line(const char *line, size_t n, const char *name, long lineno, struct err *e) {
    json_error_t je;
    json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!o) {
        err_set(e, ERR_DATA, "%s:%ld: invalid JSON at column %d: %s", name, lineno, je.column, je.text);
        return NULL;
    }
    if (!json_is_object(o)) {
        json_decref(o);
        err_set(e, ERR_DATA, "%s:%ld: expected a JSON object", name, lineno);
        return NULL;
    }
    return o;
}

/* One JSONL line (r->line, n bytes) into *s. */
static int jsonl_row(struct corpus_reader *r, long n, struct stmt_list *out, struct stmt *s,
                     struct err *e) {
    const char *name = r->name;
    long lineno = r->lineno;
    if (n == 0 || corpus_only_space(r->line)) return err_set(e, ERR_DATA, "%s:%ld: empty line", name, lineno);
    json_t *o = corpus_json_line(r->line, (size_t)n, name, lineno, e);
    if (!o) return -1;
    *s = (struct stmt){0};
    s->line = lineno;
    s->label = -1;
    char *label = NULL;
    int bad = corpus_json_str(o, "text", &s->text, name, lineno, e) ||
              corpus_json_str(o, "label", &label, name, lineno, e) ||
              corpus_json_str(o, "id", &s->id, name, lineno, e) ||
              corpus_json_str(o, "actor", &s->actor, name, lineno, e) ||
              corpus_json_str(o, "source", &s->source, name, lineno, e);
    json_decref(o);
    if (!bad && !s->text) bad = err_set(e, ERR_DATA, "%s:%ld: missing key 'text'", name, lineno);
    if (!bad && corpus_only_space(s->text)) bad = err_set(e, ERR_DATA, "%s:%ld: empty text", name, lineno);
    if (r->need_label == CORPUS_LABELS_IGNORED) free(label), label = NULL;
    if (!bad && r->need_label == CORPUS_LABELS_REQUIRED && !label)
        bad = err_set(e, ERR_DATA, "%s:%ld: missing key 'label'", name, lineno);
    if (!bad && label && (s->label = read_label(out, label, name, lineno, e)) < 0) bad = 1;
    free(label);
    if (bad) {
        free(s->text), free(s->id), free(s->actor), free(s->source);
        return -1;
    }
    return 0;
}

struct corpus_reader *corpus_reader_open(FILE *f, const char *name, enum corpus_format fmt,
                                         int need_label, struct stmt_list *out, struct err *e) {
    if (!out->n && !out->checksum) out->checksum = CHECKSUM_INIT;
    struct corpus_reader *r = xcalloc(1, sizeof *r);
    r->f = f;
    r->name = name;
    r->fmt = fmt == CORPUS_AUTO ? sniff(f, name) : fmt;
    r->need_label = need_label;
    if (r->fmt != CORPUS_JSONL && tsv_header(r, out, e)) {
        corpus_reader_free(r);
        return NULL;
    }
    return r;
}

long corpus_reader_next(struct corpus_reader *r, size_t max, struct stmt_list *out, struct err *e) {
    size_t got = 0;
    while (got < max && !r->over) {
        long n = corpus_read_line(r->f, r->name, ++r->lineno, &r->line, &r->cap, &out->checksum, e);
        if (n == -2) return -1;
        if (n == -1) {
            r->over = 1;
            break;
        }
        struct stmt s;
        if ((r->fmt == CORPUS_JSONL ? jsonl_row : tsv_row)(r, n, out, &s, e)) return -1;
        push_stmt(out, s);
        got++;
    }
    r->total += got;
    if (r->over && !r->total)
        return err_set(e, ERR_DATA, r->fmt == CORPUS_JSONL ? "%s: no statements"
                                                           : "%s: no statements after the header",
                       r->name);
    return (long)got;
}

void corpus_reader_free(struct corpus_reader *r) {
    if (!r) return;
    buf_free(&r->rest);
    free(r->line);
    free(r->field);
    free(r);
}

int corpus_read(FILE *f, const char *name, enum corpus_format fmt, int need_label,
                struct stmt_list *out, struct err *e) {
    struct corpus_reader *r = corpus_reader_open(f, name, fmt, need_label, out, e);
    if (!r) return -1;
    long got;
    while ((got = corpus_reader_next(r, SIZE_MAX, out, e)) > 0) {}
    corpus_reader_free(r);
    return got < 0 ? -1 : 0;
}

static int by_label_name(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    int xn = strcmp(x, "none") == 0, yn = strcmp(y, "none") == 0;
    if (xn != yn) return xn - yn; /* "none" last */
    return strcmp(x, y);
}

void corpus_settle_labels(struct stmt_list *l) {
    struct labelset old = l->labels, now;
    int is_default = old.n > 0;
    for (size_t i = 0; i < old.n; i++) is_default &= label_parse(old.name[i], strlen(old.name[i])) >= 0;
    if (is_default || !old.n) {
        labels_default(&now);
    } else {
        const char *names[LABELS_MAX];
        for (size_t i = 0; i < old.n; i++) names[i] = old.name[i];
        qsort(names, old.n, sizeof *names, by_label_name);
        memset(&now, 0, sizeof now);
        for (size_t i = 0; i < old.n; i++) labels_intern(&now, names[i], strlen(names[i]));
    }
    int map[LABELS_MAX];
    for (size_t i = 0; i < old.n; i++) map[i] = labels_find(&now, old.name[i], strlen(old.name[i]));
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].label >= 0) l->v[i].label = map[l->v[i].label];
    l->labels = now;
    l->labels_open = 0;
}

void stmt_list_free(struct stmt_list *l) {
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].id);
        free(l->v[i].actor);
        free(l->v[i].source);
        free(l->v[i].text);
    }
    free(l->v);
    struct labelset ls = l->labels;
    int open = l->labels_open;
    memset(l, 0, sizeof *l);
    l->labels = ls; /* the set outlives the statements */
    l->labels_open = open;
}

int corpus_looks_like_statements(FILE *f, const char *name) {
    if (ends_with(name, ".tsv")) return 1;
    if (ends_with(name, ".txt")) return 0;
    long at = ftell(f);
    if (at < 0) return 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = line_read(f, &line, &cap, CORPUS_MAX_LINE);
    int stmts = 0;
    if (n > 0) {
        if (line[0] == '{') {
            json_t *o = json_loadb(line, (size_t)n, 0, NULL);
            /* articles carry a title, a date or a speaker; statements do not */
            stmts = o && json_is_object(o) && json_object_get(o, "text") &&
                    !json_object_get(o, "title") && !json_object_get(o, "date") &&
                    !json_object_get(o, "speaker");
            /* text (and id) only: could be either, and the caller should say
             * which it took */
            if (stmts && !json_object_get(o, "actor") && !json_object_get(o, "label") &&
                !json_object_get(o, "source"))
                stmts = 2;
            json_decref(o);
        } else {
            /* a TSV header naming a text column */
            for (char *p = line, *tab;; p = tab + 1) {
                tab = strpbrk(p, "\t\r\n");
                size_t len = tab ? (size_t)(tab - p) : strlen(p);
                if (len == 4 && memcmp(p, "text", 4) == 0 && strchr(line, '\t')) stmts = 1;
                if (!tab || *tab != '\t') break;
            }
        }
    }
    free(line);
    if (fseek(f, at, SEEK_SET) != 0) return 0;
    return stmts;
}
