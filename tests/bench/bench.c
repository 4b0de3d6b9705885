/* bench.c -- throughput of the article path: sentence splitting plus
 * attribution (MB/s), and full classification (sentences/s) with a model.
 * Usage: bench MODEL ACTORS FILE...  (ACTORS the actor dictionary, FILE
 * plain-text or JSONL articles). Reports what it measured; it asserts
 * nothing. */
#define _POSIX_C_SOURCE 200809L
#include "../../lib/actors.h"
#include "../../lib/buf.h"
#include "../../lib/classify.h"
#include "../../lib/corpus.h"
#include "../../lib/err.h"
#include "../../lib/model.h"
#include "../../lib/sentence.h"
#include "../../lib/speaker.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: bench MODEL ACTORS FILE...\n");
        return 2;
    }
    struct err e = ERR_INIT;
    struct actors *dict = actors_new();
    FILE *df = fopen(argv[2], "r");
    if (!df || actors_load(dict, df, argv[2], &e)) {
        fprintf(stderr, "bench: %s\n", e.msg ? e.msg : argv[2]);
        return 1;
    }
    fclose(df);
    struct article_list al = {0};
    for (int i = 3; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        if (!f || corpus_read_articles(f, argv[i], CORPUS_AUTO, &al, &e)) {
            fprintf(stderr, "bench: %s\n", e.msg ? e.msg : argv[i]);
            return 1;
        }
        fclose(f);
    }
    size_t bytes = 0, sents = 0;
    for (size_t i = 0; i < al.n; i++) bytes += al.v[i].len;
    /* Five rounds of at least 0.3 s each; the best and the median round
     * are reported, because a shared machine only ever slows a round down. */
    double rate[5];
    int reps = 0;
    for (int round = 0; round < 5; round++) {
        int n = 0;
        double t0 = now(), t1;
        do {
            for (size_t i = 0; i < al.n; i++) {
                struct sent_list sl = {0};
                struct spk_doc d = {0};
                sent_split(al.v[i].text, al.v[i].len, &sl);
                spk_attribute(al.v[i].text, al.v[i].len, &sl, NULL, dict, &d);
                if (reps == 0 && n == 0) sents += sl.n;
                spk_doc_free(&d);
                sent_list_free(&sl);
            }
            n++;
            t1 = now();
        } while (t1 - t0 < 0.3);
        rate[round] = (double)bytes * n / (t1 - t0) / 1e6;
        reps += n;
    }
    for (int i = 1; i < 5; i++) /* sort the five rates */
        for (int k = i; k > 0 && rate[k] < rate[k - 1]; k--) {
            double x = rate[k];
            rate[k] = rate[k - 1];
            rate[k - 1] = x;
        }
    printf("split+attribute: %.1f MB/s best, %.1f MB/s median of 5 rounds (%zu bytes, %zu sentences)\n",
           rate[4], rate[2], bytes, sents);
    struct model *m = model_load(argv[1], &e);
    if (!m) {
        fprintf(stderr, "bench: %s\n", e.msg);
        return 1;
    }
    struct result_list rl = {0};
    double t0 = now();
    for (size_t i = 0; i < al.n; i++) classify_article(m, &al.v[i], NULL, dict, &rl);
    double t1 = now();
    printf("classify articles: %.0f sentences/s, %.2f MB/s (%zu sentences, %.2f s)\n",
           (double)rl.n / (t1 - t0), (double)bytes / (t1 - t0) / 1e6, rl.n, t1 - t0);
    result_list_free(&rl);
    model_free(m);
    article_list_free(&al);
    actors_free(dict);
    return 0;
}
