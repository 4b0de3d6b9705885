/* corpus_articles.c -- the article readers (see corpus.h): a plain-text
 * file is one article, read a piece at a time when it is long; JSONL
 * articles a line each, with their metadata. */
#include "corpus.h"
#include "corpus_int.h"
#include "buf.h"
#include "err.h"
#include "mem.h"
#include "utf8.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void push_article(struct article_list *l, struct article a) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
    }
    l->v[l->n++] = a;
}

/* The next piece of a plain-text article into r->rest's front: at most
 * r->piece_max bytes, ending at a paragraph break when there is one (else a
 * line break, else a character boundary), so a long text never sits in
 * memory whole; the first piece of a short file is the file. Returns the
 * piece's length (0: the file is over), or -1 with e set. */
static long text_piece(struct corpus_reader *r, struct err *e) {
    char block[65536];
    while (!r->text_eof && r->rest.len <= r->piece_max) {
        size_t got = fread(block, 1, sizeof block, r->f);
        if (got) buf_add(&r->rest, block, got);
        if (got < sizeof block) {
            if (ferror(r->f)) return err_set(e, ERR_IO, "cannot read '%s'", r->name);
            r->text_eof = 1;
        }
    }
    size_t cut = r->rest.len;
    if (cut > r->piece_max) {
        const char *p = r->rest.p;
        size_t k = r->piece_max;
        while (k > 1 && !(p[k - 1] == '\n' && p[k - 2] == '\n')) k--;
        if (k <= 1) { /* no paragraph break: a line break, else a whole character */
            k = r->piece_max;
            while (k > 0 && p[k - 1] != '\n') k--;
            if (!k) {
                k = r->piece_max;
                while (k > 0 && ((unsigned char)p[k] & 0xC0) == 0x80) k--;
            }
        }
        cut = k;
    }
    return (long)cut;
}

/* A piece of a plain-text file (text_piece) as an article of its own: the
 * file's name, the offset of the piece in the file (base). */
static long read_text_article(struct corpus_reader *r, struct article_list *out, struct err *e) {
    for (;;) {
        long cut = text_piece(r, e);
        if (cut < 0) return -1;
        if (cut == 0) {
            if (!r->total) return err_set(e, ERR_DATA, "%s: empty file", r->name);
            r->over = 1;
            return 0;
        }
        size_t n = (size_t)cut, bad;
        const char *p = r->rest.p;
        if (!utf8_valid(p, n, &bad)) {
            long line = r->text_line;
            for (size_t i = 0; i < bad; i++) line += p[i] == '\n';
            return err_set(e, ERR_DATA, "%s:%ld: invalid UTF-8 (or a NUL byte)", r->name, line);
        }
        char *text = xstrndup(p, n);
        size_t base = r->base;
        for (size_t i = 0; i < n; i++) r->text_line += p[i] == '\n';
        memmove(r->rest.p, r->rest.p + n, r->rest.len - n + 1);
        r->rest.len -= n;
        r->base += n;
        if (corpus_only_space(text)) { /* a blank piece names no statement */
            free(text);
            continue;
        }
        struct article a = {0};
        a.id = xstrdup(r->name);
        a.len = n;
        a.text = text;
        a.base = base;
        push_article(out, a);
        r->total++;
        return 1;
    }
}

static const char *const article_keys[] = {"text", "id", "date", "title", "speaker", "url"};

/* The string fields of o that are not article_keys, in o's order (jansson
 * keeps insertion order); numbers and other values are not metadata. */
static int extra_fields(json_t *o, struct article *a, const char *name, long lineno, struct err *e) {
    const char *key;
    json_t *v;
    size_t cap = 0;
    json_object_foreach(o, key, v) {
        size_t k = 0;
        while (k < sizeof article_keys / sizeof *article_keys && strcmp(key, article_keys[k]) != 0) k++;
        if (k < sizeof article_keys / sizeof *article_keys || !json_is_string(v)) continue;
        if (strlen(json_string_value(v)) != json_string_length(v))
            return err_set(e, ERR_DATA, "%s:%ld: '%s' contains a NUL character", name, lineno, key);
        ALLOC_GROW(a->extra, a->nextra + 1, cap);
        a->extra[a->nextra++] = (struct meta_field){xstrdup(key), xstrdup(json_string_value(v))};
    }
    return 0;
}

static void article_free(struct article *a) {
    free(a->id), free(a->date), free(a->title), free(a->speaker), free(a->text), free(a->url);
    for (size_t k = 0; k < a->nextra; k++) free(a->extra[k].key), free(a->extra[k].value);
    free(a->extra);
}

/* One JSONL article line (r->line, n bytes) into *a. */
static int jsonl_article(struct corpus_reader *r, long n, struct article *a, struct err *e) {
    const char *name = r->name;
    long lineno = r->lineno;
    if (n == 0 || corpus_only_space(r->line)) return err_set(e, ERR_DATA, "%s:%ld: empty line", name, lineno);
    json_t *o = corpus_json_line(r->line, (size_t)n, name, lineno, e);
    if (!o) return -1;
    *a = (struct article){0};
    int bad = corpus_json_str(o, "text", &a->text, name, lineno, e) ||
              corpus_json_str(o, "id", &a->id, name, lineno, e) ||
              corpus_json_str(o, "date", &a->date, name, lineno, e) ||
              corpus_json_str(o, "title", &a->title, name, lineno, e) ||
              corpus_json_str(o, "speaker", &a->speaker, name, lineno, e) ||
              corpus_json_str(o, "url", &a->url, name, lineno, e) ||
              extra_fields(o, a, name, lineno, e);
    json_decref(o);
    if (!bad && !a->text) bad = err_set(e, ERR_DATA, "%s:%ld: missing key 'text'", name, lineno);
    if (!bad && corpus_only_space(a->text)) bad = err_set(e, ERR_DATA, "%s:%ld: empty text", name, lineno);
    if (bad) {
        article_free(a);
        return -1;
    }
    if (!a->id) {
        struct buf b = BUF_INIT;
        buf_addf(&b, "%s:%ld", name, lineno);
        a->id = buf_detach(&b);
    }
    a->len = strlen(a->text);
    return 0;
}

struct corpus_reader *corpus_articles_open(FILE *f, const char *name, enum corpus_format fmt,
                                           struct err *e) {
    if (fmt == CORPUS_AUTO)
        fmt = (corpus_jsonl_name(name) || corpus_first_byte(f) == '{') ? CORPUS_JSONL : CORPUS_TEXT;
    if (fmt == CORPUS_TSV) {
        err_set(e, ERR_USAGE, "%s: articles cannot be TSV", name);
        return NULL;
    }
    struct corpus_reader *r = xcalloc(1, sizeof *r);
    r->f = f;
    r->name = name;
    r->fmt = fmt;
    r->text_line = 1;
    r->piece_max = CORPUS_TEXT_PIECE;
    return r;
}

long corpus_articles_next(struct corpus_reader *r, size_t max, struct article_list *out,
                          struct err *e) {
    if (r->fmt == CORPUS_TEXT) {
        size_t got = 0;
        while (got < max && !r->over) {
            long k = read_text_article(r, out, e);
            if (k < 0) return -1;
            got += (size_t)k;
        }
        return (long)got;
    }
    size_t got = 0;
    while (got < max && !r->over) {
        long n = corpus_read_line(r->f, r->name, ++r->lineno, &r->line, &r->cap, NULL, e);
        if (n == -2) return -1;
        if (n == -1) {
            r->over = 1;
            break;
        }
        struct article a;
        if (jsonl_article(r, n, &a, e)) return -1;
        push_article(out, a);
        got++;
    }
    r->total += got;
    if (r->over && !r->total) return err_set(e, ERR_DATA, "%s: no articles", r->name);
    return (long)got;
}

int corpus_read_articles(FILE *f, const char *name, enum corpus_format fmt,
                         struct article_list *out, struct err *e) {
    struct corpus_reader *r = corpus_articles_open(f, name, fmt, e);
    if (!r) return -1;
    long got;
    while ((got = corpus_articles_next(r, SIZE_MAX, out, e)) > 0) {}
    corpus_reader_free(r);
    return got < 0 ? -1 : 0;
}

void article_list_free(struct article_list *l) {
    for (size_t i = 0; i < l->n; i++) article_free(&l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}
