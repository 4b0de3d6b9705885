/* fuzz_corpus.c -- libFuzzer target: arbitrary bytes as a statements file
 * (TSV and JSONL), an articles file and an actor dictionary. The readers
 * must return an error or a result, never crash. */
#define _POSIX_C_SOURCE 200809L
#include "../../lib/actors.h"
#include "../../lib/corpus.h"
#include "../../lib/err.h"
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    for (int fmt = CORPUS_AUTO; fmt <= CORPUS_JSONL; fmt++) {
        FILE *f = fmemopen((void *)data, size, "r");
        struct stmt_list l = {0};
        struct err e = ERR_INIT;
        corpus_read(f, "fuzz", (enum corpus_format)fmt, fmt == CORPUS_TSV, &l, &e);
        fclose(f);
        stmt_list_free(&l);
        err_clear(&e);
    }
    FILE *f = fmemopen((void *)data, size, "r");
    struct article_list al = {0};
    struct err e = ERR_INIT;
    corpus_read_articles(f, "fuzz", CORPUS_AUTO, &al, &e);
    fclose(f);
    article_list_free(&al);
    err_clear(&e);
    f = fmemopen((void *)data, size, "r");
    struct actors *d = actors_new();
    actors_load(d, f, "fuzz", &e);
    fclose(f);
    actors_free(d);
    err_clear(&e);
    return 0;
}
