/* test_clf.c -- unit tests of the libsvm model checks in clf_load
 * (lib/clf.h): malformed or hostile svm.model files are refused with a
 * message naming the line, before libsvm's own loader sees them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lib/clf.h"
#include "../../lib/err.h"

#define HEAD "svm_type c_svc\nkernel_type linear\nnr_class 2\ntotal_sv 2\nrho 0.5\nlabel 0 4\n"

static const char *const good = HEAD "nr_sv 1 1\nSV\n1 1:0.5 3:0.25\n-1 2:1\n";

/* Writes text to a temporary file, loads it, returns the clf or NULL. */
static struct clf *load_text(const char *text, size_t max_index, struct err *e) {
    char path[] = "/tmp/parley-test-clf-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    struct clf *c = clf_load(path, max_index, LABEL_COUNT, e);
    if (!c && e->msg) { /* drop the random path: keep "LINE: why" */
        char *colon = strstr(e->msg, path);
        if (colon) memmove(e->msg, colon + strlen(path), strlen(colon + strlen(path)) + 1);
    }
    unlink(path);
    return c;
}

static void refused(const char *text, size_t max_index, const char *msg) {
    struct err e = ERR_INIT;
    struct clf *c = load_text(text, max_index, &e);
    assert_null(c);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
}

static void test_good_file_loads(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    struct clf *c = load_text(good, 3, &e);
    assert_non_null(c);
    clf_free(c);
}

static void test_hostile_files_refused(void **state) {
    (void)state;
    refused(HEAD "nr_sv 1 1\nSV\n1 1:0.5 3:0.25\n-1 4:1\n", 3,
            ":10: feature ids must ascend within the vocabulary");
    refused(HEAD "nr_sv 1 1\nSV\n1 3:0.5 1:0.25\n-1 2:1\n", 3,
            ":9: feature ids must ascend within the vocabulary");
    refused(HEAD "nr_sv 1 1\nSV\n1 -7:0.5\n-1 2:1\n", 3,
            ":9: feature ids must ascend within the vocabulary");
    refused(HEAD "nr_sv 1 1\nSV\n1 1:0.5\n", 3, ":10: fewer support vectors than total_sv");
    refused(HEAD "nr_sv 1 1\nSV\n1 1:0.5\n-1 2:1\n1 1:1\n", 3,
            ":11: more support vectors than total_sv");
    refused(HEAD "nr_sv 4700 1\nSV\n1 1:0.5\n-1 2:1\n", 3,
            ":7: nr_sv does not add up to total_sv");
    refused("svm_type c_svc\nkernel_type linear\nnr_class 2\ntotal_sv 2\nrho 0.5\nlabel 0 0\n"
            "nr_sv 1 1\nSV\n1 1:1\n-1 2:1\n", 3, ":6: a label appears twice");
    refused("svm_type c_svc\nkernel_type linear\nnr_class 9\n", 3, ":3: nr_class must be 2 to the number of labels, once");
    refused("svm_type one_class\n", 3, ":1: not a C-SVC model");
    refused("svm_type c_svc\nkernel_type linear\nnr_class 2\ntotal_sv 2\nrho 0.5 0.7\n", 3,
            ":5: wrong count of pairwise values");
    refused(HEAD "nr_sv 1 1\nSV\n1 1:0.5\n-1 2:1", 3, ":10: truncated line or NUL byte");
    refused("svm_type c_svc\nSV\n", 3, ":2: incomplete header");
    refused("hello world\n", 3, ":1: unknown header line");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_file_loads),
        cmocka_unit_test(test_hostile_files_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
