/* fuzz_model.c -- libFuzzer target: arbitrary bytes as a vocabulary file
 * and as a libsvm and a liblinear model file. The checks before each
 * library's loader must turn every malformed file into an error, never a
 * crash. */
#define _POSIX_C_SOURCE 200809L
#include "../../lib/clf.h"
#include "../../lib/err.h"
#include "../../lib/vocab.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    struct err e = ERR_INIT;
    FILE *f = fmemopen((void *)data, size ? size : 1, "r");
    vocab_free(vocab_read(f, "fuzz", &e));
    fclose(f);
    err_clear(&e);
    static char path[64];
    if (!path[0]) snprintf(path, sizeof path, "/tmp/parley-fuzz-svm-%ld", (long)getpid());
    f = fopen(path, "w");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    clf_free(clf_load(path, 50, LABEL_COUNT, CLF_LIBSVM, &e));
    err_clear(&e);
    clf_free(clf_load(path, 50, LABEL_COUNT, CLF_LIBLINEAR, &e));
    err_clear(&e);
    return 0;
}
