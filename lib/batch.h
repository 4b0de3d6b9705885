/* batch.h -- classifying many articles or statements on several threads.
 *
 * The work is cut into one contiguous block per thread, each thread fills a
 * result list of its own, and the lists are joined in block order: the
 * results are those of the one-thread calls, in input order, byte for byte
 * in every output. Everything the threads share (model, vocabulary, actor
 * dictionary, lexicon) is read only. */
#ifndef PARLEY_BATCH_H
#define PARLEY_BATCH_H
#include <stddef.h>

struct actors;
struct article;
struct model;
struct result_list;
struct stmt;

/* classify_article for a[0..n): speaker, when not NULL, for every article,
 * else each article's own. jobs: threads to use (1: this one). */
void batch_articles(const struct model *m, const struct article *a, size_t n, const char *speaker,
                    const struct actors *dict, struct result_list *out, int jobs);

/* classify_statement for s[0..n) of document doc. */
void batch_statements(const struct model *m, const char *doc, const struct stmt *s, size_t n,
                      const char *default_actor, struct result_list *out, int jobs);

/* The number of processors online (at least 1): the default for jobs. */
int batch_cpus(void);

#endif
