/* corpus_int.h -- what the readers of corpus.c (statements) and
 * corpus_articles.c (articles) share; not part of the library's interface. */
#ifndef PARLEY_CORPUS_INT_H
#define PARLEY_CORPUS_INT_H
#include "buf.h"
#include "corpus.h"
#include <jansson.h>
#include <stdio.h>

struct err;

enum col { COL_ID, COL_ACTOR, COL_SOURCE, COL_TEXT, COL_LABEL, NCOL };

/* A reader between calls (corpus.h): where the file is, a TSV file's
 * header, what is left of a long plain-text article. */
struct corpus_reader {
    FILE *f;
    const char *name;
    enum corpus_format fmt;
    int need_label;
    char *line;
    size_t cap;
    long lineno;
    int pos[NCOL]; /* TSV: the column of each field, -1 absent */
    size_t ncols;
    char **field;
    size_t total; /* statements or articles read so far */
    int over;     /* the end was reached */
    /* a plain-text article read a piece at a time */
    struct buf rest;  /* read, not yet given out */
    size_t base;      /* bytes given out before it */
    long text_line;   /* its first line's number */
    size_t piece_max; /* the longest piece (CORPUS_TEXT_PIECE) */
    int text_eof;
};

/* The first byte of f, left to be read (EOF when there is none). */
int corpus_first_byte(FILE *f);

/* Is s nothing but white space (any Unicode space, line breaks included)? */
int corpus_only_space(const char *s);

/* Line lineno of name as one JSON object, or NULL with e set. */
json_t *corpus_json_line(const char *line, size_t n, const char *name, long lineno, struct err *e);

/* An optional string member of o into *out (NULL when absent); a value of
 * another type, or a NUL inside, is an error naming the line. */
int corpus_json_str(json_t *o, const char *key, char **out, const char *name, long lineno,
                    struct err *e);

#endif
