/* test_clf.c -- unit tests of the libsvm model checks in clf_load
 * (lib/clf.h): malformed or hostile svm.model files are refused with a
 * message naming the line, before libsvm's own loader sees them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lib/clf.h"
#include "../../lib/err.h"
#include "../../lib/features.h"

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
    struct clf *c = clf_load(path, max_index, LABEL_COUNT, CLF_LIBSVM, e);
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

/* Twelve statements of three classes (demand, concern, none), each owning
 * one feature (ids 1, 2, 3) and sharing a weak one (id 4). */
static void three_classes(size_t ids[24], double vals[24], struct feat_vec x[12], int y[12]) {
    for (int i = 0; i < 12; i++) {
        int c = i % 3;
        ids[2 * i] = (size_t)c + 1, vals[2 * i] = 1.0;
        ids[2 * i + 1] = 4, vals[2 * i + 1] = 0.1 * (i % 2);
        x[i] = (struct feat_vec){2, 2, &ids[2 * i], &vals[2 * i]};
        y[i] = c == 0 ? LABEL_DEMAND : c == 1 ? LABEL_CONCERN : LABEL_NONE;
    }
}

/* Explanations read the linear weights: three classes, each owning one
 * feature (ids 1, 2, 3) and sharing a weak one (id 4). A statement with
 * features 1 and 4 gets class 0 because of feature 1, first and strongest;
 * the explanation never lists a feature that pushed away from the label,
 * and asks for no more than k. An RBF model has nothing to read. */
static void test_explain(void **state) {
    (void)state;
    size_t ids[24];
    double vals[24];
    struct feat_vec x[12];
    int y[12];
    three_classes(ids, vals, x, y);
    struct clf_params p = CLF_PARAMS_DEFAULT;
    p.probability = 0;
    struct err e = ERR_INIT;
    struct clf *c = clf_train(x, y, 12, LABEL_COUNT, &p, &e);
    assert_non_null(c);
    assert_true(clf_is_linear(c));
    size_t qid[] = {1, 4};
    double qval[] = {1.0, 0.5};
    struct feat_vec q = {2, 2, qid, qval};
    assert_int_equal(clf_predict(c, &q, NULL), LABEL_DEMAND);
    size_t got[4];
    double w[4];
    size_t n = clf_explain(c, &q, LABEL_DEMAND, 4, got, w);
    assert_true(n >= 1 && n <= 2);
    assert_int_equal(got[0], 1);
    assert_true(w[0] > 0);
    for (size_t i = 1; i < n; i++) assert_true(w[i] > 0 && w[i] <= w[i - 1]);
    /* towards a label it did not get, feature 1 pushes away: not listed */
    n = clf_explain(c, &q, LABEL_CONCERN, 4, got, w);
    for (size_t i = 0; i < n; i++) assert_true(got[i] != 1);
    assert_int_equal(clf_explain(c, &q, LABEL_DEMAND, 1, got, w), 1);
    assert_int_equal(got[0], 1);
    clf_free(c);
    p.kernel = CLF_RBF;
    c = clf_train(x, y, 12, LABEL_COUNT, &p, &e);
    assert_non_null(c);
    assert_false(clf_is_linear(c));
    assert_int_equal(clf_explain(c, &q, LABEL_DEMAND, 4, got, w), 0);
    clf_free(c);
}

/* The liblinear solver: trains on the same hand-made classes, predicts
 * them with probabilities that sum to 1, explains with its own weights,
 * and reads back what it saved with the same answers; a damaged or
 * hostile liblinear file is refused naming the line. */
static void test_liblinear(void **state) {
    (void)state;
    size_t ids[24];
    double vals[24];
    struct feat_vec x[12];
    int y[12];
    three_classes(ids, vals, x, y);
    struct clf_params p = CLF_PARAMS_DEFAULT;
    p.solver = CLF_LIBLINEAR;
    p.C = 10;
    struct err e = ERR_INIT;
    struct clf *c = clf_train(x, y, 12, LABEL_COUNT, &p, &e);
    assert_non_null(c);
    assert_true(clf_is_linear(c));
    assert_true(clf_has_probability(c));
    double probs[LABEL_COUNT], again[LABEL_COUNT];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(clf_predict(c, &x[i], probs), y[i]);
        double sum = 0;
        for (int l = 0; l < LABEL_COUNT; l++) sum += probs[l];
        assert_true(fabs(sum - 1) < 1e-9);
        assert_true(probs[LABEL_CONCESSION] == 0 && probs[LABEL_AGREEMENT] == 0);
    }
    size_t got[2];
    double w[2];
    assert_true(clf_explain(c, &x[1], LABEL_CONCERN, 2, got, w) >= 1);
    assert_int_equal(got[0], 2);
    char path[] = "/tmp/parley-test-lin-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(clf_save(c, path, &e), 0);
    struct clf *d = clf_load(path, 4, LABEL_COUNT, CLF_LIBLINEAR, &e);
    assert_non_null(d);
    for (int i = 0; i < 12; i++) {
        assert_int_equal(clf_predict(c, &x[i], probs), clf_predict(d, &x[i], again));
        for (int l = 0; l < LABEL_COUNT; l++) assert_true(fabs(probs[l] - again[l]) < 1e-12);
    }
    clf_free(d);
    /* more features than the vocabulary, then a cut-off weight table */
    assert_null(clf_load(path, 3, LABEL_COUNT, CLF_LIBLINEAR, &e));
    assert_non_null(strstr(e.msg, ":4: nr_feature must be 1 to the vocabulary size"));
    err_clear(&e);
    FILE *f = fopen(path, "w");
    fputs("solver_type L2R_LR\nnr_class 3\nlabel 0 1 4\nnr_feature 4\nbias 1\nw\n1 2 3 \n", f);
    fclose(f);
    assert_null(clf_load(path, 4, LABEL_COUNT, CLF_LIBLINEAR, &e));
    assert_non_null(strstr(e.msg, ":8: fewer weight rows than features"));
    err_clear(&e);
    f = fopen(path, "w");
    fputs("solver_type L2R_LR\nnr_class 3\nlabel 0 1 9\n", f);
    fclose(f);
    assert_null(clf_load(path, 4, LABEL_COUNT, CLF_LIBLINEAR, &e));
    assert_non_null(strstr(e.msg, ":3: labels must be indexes of the model's labels"));
    err_clear(&e);
    unlink(path);
    clf_free(c);
    /* no RBF kernel with liblinear */
    p.kernel = CLF_RBF;
    assert_null(clf_train(x, y, 12, LABEL_COUNT, &p, &e));
    assert_int_equal(e.kind, ERR_USAGE);
    err_clear(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_file_loads),
        cmocka_unit_test(test_hostile_files_refused),
        cmocka_unit_test(test_explain),
        cmocka_unit_test(test_liblinear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
