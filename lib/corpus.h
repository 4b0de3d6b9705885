/* corpus.h -- readers for labelled corpora, statement files and articles.
 *
 * Statements and corpora: TSV with a header row (columns by name, in any
 * order; `text` required, `label` required for training, `id`, `actor`,
 * `source` optional, others ignored; the escapes of Parley's TSV output,
 * \t \n \r \\, undone: escape.h) or JSONL objects with the same keys.
 * Articles: a plain-text file is one article; JSONL articles have `text`
 * and optional `id`, `date`, `title`, `url`, `speaker` (the document is
 * that person's own speech); any other string field is kept as it is
 * (struct meta_field) for the output. Every problem is reported as
 * "FILE:LINE: what is wrong" and stops the read: a corpus with a bad row is
 * not silently trained on. */
#ifndef PARLEY_CORPUS_H
#define PARLEY_CORPUS_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "label.h"

struct err;

/* Longest line accepted (bytes). Longer lines are an error, not truncated:
 * a 1 MiB "sentence" is binary junk or a missing newline, not a statement. */
#define CORPUS_MAX_LINE (1024 * 1024)

enum corpus_format { CORPUS_AUTO, CORPUS_TSV, CORPUS_JSONL, CORPUS_TEXT };

/* Does the file name say JSON lines (".jsonl" or ".json")? */
int corpus_jsonl_name(const char *name);

struct stmt {
    char *id, *actor, *source, *text; /* id/actor/source may be NULL */
    int label;                         /* index into the list's labels, or -1 when absent */
    long line;                         /* line in its file, for messages */
};

struct stmt_list {
    struct stmt *v;
    size_t n, cap;
    uint64_t checksum; /* of all bytes read, in order */
    /* The labels the statements' label indexes refer to. Empty and closed
     * (a zeroed list) means the five default labels, and any other label
     * is an error naming its line. Set it (labels_parse_list) to read a
     * scheme of one's own; with labels_open, every new label is added in
     * order of first appearance. stmt_list_free keeps both. */
    struct labelset labels;
    int labels_open;
};

/* What a reader does with the `label` column or key: optional (read when
 * present), required (missing is an error) or ignored (classify's input may
 * carry labels of any scheme; they are not its business). */
enum corpus_labels { CORPUS_LABELS_OPTIONAL = 0, CORPUS_LABELS_REQUIRED = 1, CORPUS_LABELS_IGNORED = 2 };

/* Reads statements from f (name is used in messages). fmt CORPUS_AUTO picks
 * JSONL when the name ends in .jsonl/.json or the first byte is '{', else
 * TSV. need_label is an enum corpus_labels. Appends to out.
 * Returns 0, or -1 with e set (ERR_DATA for bad content, ERR_IO for I/O). */
int corpus_read(FILE *f, const char *name, enum corpus_format fmt, int need_label,
                struct stmt_list *out, struct err *e);

/* The same, a piece at a time, so that a big file never sits in memory
 * whole (classify streams per-statement output): open sniffs the format
 * and reads a TSV header; next appends at most max statements to out and
 * returns how many (0: the file is over), or -1 with e set naming the
 * line. A file without a statement is an error, as for corpus_read. out
 * may be a new list each time (its labels and checksum go on from there). */
struct corpus_reader;
struct corpus_reader *corpus_reader_open(FILE *f, const char *name, enum corpus_format fmt,
                                         int need_label, struct stmt_list *out, struct err *e);
long corpus_reader_next(struct corpus_reader *r, size_t max, struct stmt_list *out, struct err *e);
void corpus_reader_free(struct corpus_reader *r);
void stmt_list_free(struct stmt_list *l);

/* After reading with labels_open: the labels become a fixed set in a
 * canonical order, and every statement's label index follows. A corpus of
 * default labels only gets the default set in the default order (the
 * numbers of label.h); a scheme of one's own gets its names sorted, "none"
 * last, so the set never depends on the order of the rows. */
void corpus_settle_labels(struct stmt_list *l);

/* A string field of a JSONL article that Parley does not read itself
 * ("source", "section", "lang"): carried through to its statements. */
struct meta_field {
    char *key, *value;
};

struct article {
    char *id, *date, *title, *text; /* date/title may be NULL */
    char *speaker;                   /* first-person speaker, or NULL */
    size_t len;                      /* bytes of text */
    size_t base;                     /* offset of text in the file: a long
                                        plain-text file comes in pieces */
    char *url;                       /* may be NULL */
    struct meta_field *extra;        /* the other string fields, in input order */
    size_t nextra;
};

struct article_list {
    struct article *v;
    size_t n, cap;
};

/* Reads articles: fmt CORPUS_TEXT (the file is one article, id = name; in
 * pieces when long, see corpus_articles_open), CORPUS_JSONL, or
 * CORPUS_AUTO (JSONL by name or first byte '{').
 * Appends to out. Invalid UTF-8 is reported with its line. */
int corpus_read_articles(FILE *f, const char *name, enum corpus_format fmt,
                         struct article_list *out, struct err *e);

/* Articles a piece at a time, as corpus_reader_next does statements:
 * JSONL gives at most max a call; a plain-text file is one article, or,
 * when longer than CORPUS_TEXT_PIECE bytes, pieces of it cut at paragraph
 * breaks, each an article of the file's name whose base is its offset in
 * the file. Free the reader with corpus_reader_free. */
#define CORPUS_TEXT_PIECE (4u << 20)
struct corpus_reader *corpus_articles_open(FILE *f, const char *name, enum corpus_format fmt,
                                           struct err *e);
long corpus_articles_next(struct corpus_reader *r, size_t max, struct article_list *out,
                          struct err *e);
void article_list_free(struct article_list *l);

/* Reads line lineno of f into *line (a getline-style buffer): without the
 * newline, CR stripped, a UTF-8 byte order mark before line 1 dropped; adds
 * the raw bytes to *sum when sum is not NULL. Returns the length, -1 at end
 * of file, -2 with e set ("NAME:LINE: ...") for a line over
 * CORPUS_MAX_LINE, invalid UTF-8 (or NUL) or a read error. Every line
 * reader of the library's TSV/JSONL inputs goes through it (and it, like
 * the model readers, through lines.h's line_read). */
long corpus_read_line(FILE *f, const char *name, long lineno, char **line, size_t *cap,
                      uint64_t *sum, struct err *e);

/* Guesses whether f holds statements (TSV/JSONL with a `text` column but no
 * article structure) or articles: returns 1 for statements, 2 for JSONL
 * objects with a text but nothing else that tells (no actor, label,
 * source, title, date or speaker: read as statements, but the caller
 * should say so), 0 for articles. Peeks at the first line and rewinds; f
 * must be seekable, else articles. */
int corpus_looks_like_statements(FILE *f, const char *name);

#endif
