/* vocab.h -- the vocabulary: term <-> feature id, document frequency, idf.
 *
 * Built in two steps: count the distinct terms of every training document
 * (vocab_count_doc), then vocab_finish keeps terms seen in at least min_df
 * documents, orders them by (df descending, bytes ascending) -- an order
 * that depends only on the corpus, so the same corpus always gives the same
 * ids and the same model bytes -- and computes the smoothed idf
 * log((1 + N) / (1 + df)) + 1. Ids run from 1, as libsvm wants. */
#ifndef PARLEY_VOCAB_H
#define PARLEY_VOCAB_H
#include <stddef.h>
#include <stdio.h>

struct vocab;
struct err;

struct vocab *vocab_new(void);
void vocab_free(struct vocab *v); /* NULL is a no-op */

/* Adds one document's terms: terms is n NUL-terminated strings, duplicates
 * allowed (each counts once for df). Only before vocab_finish. */
void vocab_count_doc(struct vocab *v, char *const *terms, size_t n);

void vocab_finish(struct vocab *v, long min_df);

size_t vocab_size(const struct vocab *v);
size_t vocab_ndocs(const struct vocab *v);
/* Feature id of term (1..size), or 0 when unknown. After vocab_finish. */
size_t vocab_id(const struct vocab *v, const char *term, size_t len);
/* The id of the n-gram made of the term or n-gram `prefix` and the term
 * `next` ("a b" from id("a") and id("b")), or 0 when the vocabulary does
 * not have it (or either id is 0): n-grams found without building their
 * strings. After vocab_finish or vocab_read. */
size_t vocab_extend(const struct vocab *v, size_t prefix, size_t next);
/* A number that tells this vocabulary from any other of the process,
 * finished or read before or after it (ids cached for one vocabulary are
 * not another's). */
unsigned long vocab_serial(const struct vocab *v);
const char *vocab_term(const struct vocab *v, size_t id);
double vocab_idf(const struct vocab *v, size_t id);
long vocab_df(const struct vocab *v, size_t id);

/* Text format: "ndocs N\n" then one "df<TAB>idf<TAB>term" line per id, in
 * id order; idf printed with %.17g so it reads back exactly. */
int vocab_write(const struct vocab *v, FILE *f, struct err *e);
/* Reads what vocab_write wrote; name is the file name for messages. */
struct vocab *vocab_read(FILE *f, const char *name, struct err *e);

#endif
