/* batch.c -- many articles or statements on several threads, results in
 * input order (see batch.h). */
#define _DEFAULT_SOURCE /* sysconf's _SC_NPROCESSORS_ONLN */
#include "batch.h"
#include "classify.h"
#include "corpus.h"
#include <pthread.h>
#include <string.h>
#include <unistd.h>

/* Below this many items per thread a thread costs more than it saves. */
#define BATCH_MIN_PER_THREAD 4
#define BATCH_MAX_THREADS 256

struct block {
    const struct model *m;
    const struct article *a; /* or */
    const struct stmt *s;
    const char *speaker, *doc, *default_actor;
    const struct actors *dict;
    size_t from, to;
    struct result_list out;
};

static void run_block(struct block *b) {
    for (size_t i = b->from; i < b->to; i++) {
        if (b->a)
            classify_article(b->m, &b->a[i], b->speaker ? b->speaker : b->a[i].speaker, b->dict, &b->out);
        else
            classify_statement(b->m, b->doc, &b->s[i], b->default_actor, &b->out);
    }
}

static void *thread_main(void *p) {
    run_block(p);
    classify_release(); /* this thread's scratch space */
    return NULL;
}

/* Runs the n items of proto on up to jobs threads and joins their results
 * onto out in block order. */
static void run(const struct block *proto, size_t n, struct result_list *out, int jobs) {
    size_t t = jobs > 1 ? (size_t)jobs : 1;
    if (t > BATCH_MAX_THREADS) t = BATCH_MAX_THREADS;
    if (t > n / BATCH_MIN_PER_THREAD) t = n / BATCH_MIN_PER_THREAD;
    if (t <= 1) { /* straight into out */
        struct block b = *proto;
        b.from = 0, b.to = n;
        b.out = *out;
        run_block(&b);
        *out = b.out;
        return;
    }
    struct block blocks[BATCH_MAX_THREADS];
    pthread_t tid[BATCH_MAX_THREADS];
    int started[BATCH_MAX_THREADS] = {0};
    for (size_t k = 0; k < t; k++) {
        blocks[k] = *proto;
        blocks[k].from = n * k / t;
        blocks[k].to = n * (k + 1) / t;
        memset(&blocks[k].out, 0, sizeof blocks[k].out);
        blocks[k].out.opts = out->opts;
        /* a thread that cannot start runs here after the others */
        started[k] = pthread_create(&tid[k], NULL, thread_main, &blocks[k]) == 0;
    }
    for (size_t k = 0; k < t; k++) {
        if (started[k]) pthread_join(tid[k], NULL);
        else run_block(&blocks[k]);
    }
    for (size_t k = 0; k < t; k++) result_list_move(out, &blocks[k].out);
}

void batch_articles(const struct model *m, const struct article *a, size_t n, const char *speaker,
                    const struct actors *dict, struct result_list *out, int jobs) {
    struct block proto = {m, a, NULL, speaker, NULL, NULL, dict, 0, 0, {0}};
    run(&proto, n, out, jobs);
}

void batch_statements(const struct model *m, const char *doc, const struct stmt *s, size_t n,
                      const char *default_actor, struct result_list *out, int jobs) {
    struct block proto = {m, NULL, s, NULL, doc, default_actor, NULL, 0, 0, {0}};
    run(&proto, n, out, jobs);
}

int batch_cpus(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > BATCH_MAX_THREADS ? BATCH_MAX_THREADS : (int)n;
}
