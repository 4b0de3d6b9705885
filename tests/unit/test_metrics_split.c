/* test_metrics_split.c -- unit tests of evaluation figures (lib/metrics.h) and grouped folds (lib/split.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/corpus.h"
#include "../../lib/label.h"
#include "../../lib/metrics.h"
#include "../../lib/split.h"

static void assert_near(double got, double want) {
    if (!(fabs(got - want) <= 1e-12)) fail_msg("%.17g != %.17g", got, want);
}

/* Nine hand-counted pairs:
 *   demand:     gold 3, predicted 3, right 2 -> P 2/3 R 2/3 F1 2/3
 *   concern:    gold 2, predicted 2, right 1 -> P 1/2 R 1/2 F1 1/2
 *   concession: gold 1, predicted 2, right 1 -> P 1/2 R 1   F1 2/3
 *   agreement:  gold 1, predicted 1, right 1 -> P 1   R 1   F1 1
 *   none:       gold 2, predicted 1, right 1 -> P 1   R 1/2 F1 2/3
 *   macro-F1 (2/3 + 1/2 + 2/3 + 1 + 2/3) / 5 = 0.7, accuracy 6/9 */
static const int gold9[] = {0, 0, 0, 1, 1, 2, 4, 4, 3};
static struct labelset five; /* the default labels, set by main */
static const int pred9[] = {0, 0, 1, 1, 0, 2, 4, 2, 3};

static void test_metrics_hand_computed(void **state) {
    (void)state;
    struct metrics m;
    metrics_compute(gold9, pred9, 9, &five, &m);
    assert_int_equal(m.n, 9);
    static const double p[] = {2.0 / 3, 0.5, 0.5, 1, 1}, r[] = {2.0 / 3, 0.5, 1, 1, 0.5},
                        f[] = {2.0 / 3, 0.5, 2.0 / 3, 1, 2.0 / 3};
    static const size_t support[] = {3, 2, 1, 1, 2};
    for (int l = 0; l < LABEL_COUNT; l++) {
        assert_near(m.precision[l], p[l]);
        assert_near(m.recall[l], r[l]);
        assert_near(m.f1[l], f[l]);
        assert_int_equal(m.support[l], support[l]);
    }
    assert_near(m.macro_f1, 0.7);
    assert_near(m.accuracy, 6.0 / 9);
    assert_int_equal(m.confusion[LABEL_DEMAND][LABEL_DEMAND], 2);
    assert_int_equal(m.confusion[LABEL_DEMAND][LABEL_CONCERN], 1);
    assert_int_equal(m.confusion[LABEL_CONCERN][LABEL_DEMAND], 1);
    assert_int_equal(m.confusion[LABEL_NONE][LABEL_CONCESSION], 1);
    assert_int_equal(m.confusion[LABEL_CONCESSION][LABEL_NONE], 0);
}

static void test_metrics_absent_labels(void **state) {
    (void)state;
    struct metrics m;
    /* labels without gold support are left out of macro-F1; a label never
     * predicted has precision 0, not NaN */
    static const int g[] = {0, 0, 4, 4}, p[] = {0, 4, 4, 4};
    metrics_compute(g, p, 4, &five, &m);
    assert_near(m.precision[LABEL_DEMAND], 1.0);
    assert_near(m.recall[LABEL_DEMAND], 0.5);
    assert_near(m.f1[LABEL_DEMAND], 2.0 / 3);
    assert_near(m.precision[LABEL_NONE], 2.0 / 3);
    assert_near(m.recall[LABEL_NONE], 1.0);
    assert_near(m.f1[LABEL_NONE], 0.8);
    assert_near(m.macro_f1, (2.0 / 3 + 0.8) / 2);
    assert_near(m.precision[LABEL_CONCERN], 0.0);
    assert_near(m.f1[LABEL_CONCERN], 0.0);
    assert_near(m.accuracy, 0.75);
    /* nothing at all: zeros, no division by zero */
    metrics_compute(g, p, 0, &five, &m);
    assert_int_equal(m.n, 0);
    assert_near(m.macro_f1, 0.0);
    assert_near(m.accuracy, 0.0);
    for (int l = 0; l < LABEL_COUNT; l++) assert_int_equal(m.support[l], 0);
}

/* A scheme of one's own: figures and table follow its names and size. */
static void test_metrics_custom_labels(void **state) {
    (void)state;
    struct labelset ls;
    const char *why;
    assert_int_equal(labels_parse_list(&ls, "denial,promise,threat", ',', &why), 0);
    static const int g[] = {0, 1, 2, 2}, p[] = {0, 2, 2, 2};
    struct metrics m;
    metrics_compute(g, p, 4, &ls, &m);
    assert_near(m.f1[0], 1.0);
    assert_near(m.f1[1], 0.0);
    assert_near(m.f1[2], 0.8);
    assert_near(m.macro_f1, 0.6);
    struct buf b = BUF_INIT;
    metrics_format(&m, &b);
    assert_non_null(strstr(b.p, "\nthreat           0.667     1.000     0.800         2\n"));
    assert_null(strstr(b.p, "demand"));
    assert_non_null(strstr(b.p, "     denial    promise     threat\n"));
    buf_free(&b);
}

static void test_metrics_format(void **state) {
    (void)state;
    struct metrics m;
    metrics_compute(gold9, pred9, 9, &five, &m);
    struct buf b = BUF_INIT;
    metrics_format(&m, &b);
    assert_string_equal(
        b.p,
        "label        precision    recall        f1   support\n"
        "demand           0.667     0.667     0.667         3\n"
        "concern          0.500     0.500     0.500         2\n"
        "concession       0.500     1.000     0.667         1\n"
        "agreement        1.000     1.000     1.000         1\n"
        "none             1.000     0.500     0.667         2\n"
        "macro-F1                             0.700         9\n"
        "accuracy                             0.667         9\n"
        "\n"
        "confusion (rows gold, columns predicted)\n"
        "                 demand    concern concession  agreement       none\n"
        "demand                2          1          0          0          0\n"
        "concern               1          1          0          0          0\n"
        "concession            0          0          1          0          0\n"
        "agreement             0          0          0          1          0\n"
        "none                  0          0          1          0          1\n");
    buf_free(&b);
}

static void test_group_key(void **state) {
    (void)state;
    struct stmt s = {0};
    char *k;
    s.source = "unscon:UNSC_2014_SPV.7165_spch004:0-184";
    s.id = "unsc-0001";
    k = split_group_key(&s, 0);
    assert_string_equal(k, "unscon:UNSC_2014_SPV.7165_spch004"); /* only the last ':' */
    free(k);
    s.source = "plain-source";
    k = split_group_key(&s, 0);
    assert_string_equal(k, "plain-source");
    free(k);
    s.source = "trailing:";
    k = split_group_key(&s, 0);
    assert_string_equal(k, "trailing");
    free(k);
    s.source = NULL;
    k = split_group_key(&s, 0);
    assert_string_equal(k, "unsc-0001");
    free(k);
    s.id = NULL;
    k = split_group_key(&s, 17);
    assert_string_equal(k, "#17");
    free(k);
}

/* n statements in groups named "gNN" of the given sizes, in input order. */
static size_t make_keys(const size_t *sizes, size_t ngroups, char **keys) {
    size_t n = 0;
    for (size_t g = 0; g < ngroups; g++)
        for (size_t i = 0; i < sizes[g]; i++) {
            struct buf b = BUF_INIT;
            buf_addf(&b, "g%02zu", g);
            keys[n++] = buf_detach(&b);
        }
    return n;
}

static void free_keys(char **keys, size_t n) {
    for (size_t i = 0; i < n; i++) free(keys[i]);
}

/* Every statement of a group is in the same fold, and folds are in [0, k). */
static void check_grouped(char *const *keys, const int *fold, size_t n, int k) {
    for (size_t i = 0; i < n; i++) {
        assert_in_range(fold[i], 0, k - 1);
        for (size_t j = 0; j < i; j++)
            if (strcmp(keys[i], keys[j]) == 0) assert_int_equal(fold[i], fold[j]);
    }
}

static void test_folds_keep_groups_and_balance(void **state) {
    (void)state;
    /* ten groups of three, five folds: two groups per fold */
    size_t sizes[10];
    for (size_t g = 0; g < 10; g++) sizes[g] = 3;
    char *keys[30];
    int fold[30];
    size_t n = make_keys(sizes, 10, keys);
    split_folds(keys, n, 5, 1, fold);
    check_grouped(keys, fold, n, 5);
    size_t count[5] = {0};
    for (size_t i = 0; i < n; i++) count[fold[i]]++;
    for (int f = 0; f < 5; f++) assert_int_equal(count[f], 6);
    free_keys(keys, n);

    /* unequal groups: each goes to the smallest fold, so no fold exceeds
     * another by more than the largest group */
    static const size_t uneven[] = {5, 1, 1, 2, 4, 1, 3, 1, 1, 2, 1, 1, 6, 1, 2};
    char *k2[40];
    int f2[40];
    size_t n2 = make_keys(uneven, 15, k2);
    for (unsigned long seed = 1; seed <= 20; seed++) {
        split_folds(k2, n2, 4, seed, f2);
        check_grouped(k2, f2, n2, 4);
        size_t c[4] = {0}, lo = SIZE_MAX, hi = 0;
        for (size_t i = 0; i < n2; i++) c[f2[i]]++;
        for (int f = 0; f < 4; f++) {
            if (c[f] < lo) lo = c[f];
            if (c[f] > hi) hi = c[f];
        }
        assert_true(lo > 0);
        assert_true(hi - lo <= 6);
    }
    free_keys(k2, n2);
}

static void test_folds_seeded(void **state) {
    (void)state;
    size_t sizes[12];
    for (size_t g = 0; g < 12; g++) sizes[g] = 1 + g % 3;
    char *keys[40];
    int a[40], b[40], c[40];
    size_t n = make_keys(sizes, 12, keys);
    split_folds(keys, n, 3, 42, a);
    split_folds(keys, n, 3, 42, b);
    assert_memory_equal(a, b, n * sizeof *a); /* same seed, same folds */
    split_folds(keys, n, 3, 43, c);
    assert_true(memcmp(a, c, n * sizeof *a) != 0); /* another seed, other folds */

    /* the folds do not depend on the order of the input */
    char *rev[40];
    int r[40];
    for (size_t i = 0; i < n; i++) rev[i] = keys[n - 1 - i];
    split_folds(rev, n, 3, 42, r);
    for (size_t i = 0; i < n; i++) assert_int_equal(r[n - 1 - i], a[i]);
    free_keys(keys, n);
}

static void test_folds_edge_cases(void **state) {
    (void)state;
    int fold[3] = {-7, -7, -7};
    split_folds(NULL, 0, 5, 1, fold); /* nothing to do */
    assert_int_equal(fold[0], -7);
    /* one group: everything in one fold */
    char *same[] = {"doc", "doc", "doc"};
    split_folds(same, 3, 2, 1, fold);
    assert_int_equal(fold[0], fold[1]);
    assert_int_equal(fold[1], fold[2]);
    assert_in_range(fold[0], 0, 1);
    /* more folds than groups: each group alone, the rest empty */
    char *three[] = {"a", "b", "c"};
    split_folds(three, 3, 10, 1, fold);
    assert_true(fold[0] != fold[1] && fold[1] != fold[2] && fold[0] != fold[2]);
    for (int i = 0; i < 3; i++) assert_in_range(fold[i], 0, 9);
}

int main(void) {
    labels_default(&five);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_metrics_hand_computed),
        cmocka_unit_test(test_metrics_absent_labels),
        cmocka_unit_test(test_metrics_custom_labels),
        cmocka_unit_test(test_metrics_format),
        cmocka_unit_test(test_group_key),
        cmocka_unit_test(test_folds_keep_groups_and_balance),
        cmocka_unit_test(test_folds_seeded),
        cmocka_unit_test(test_folds_edge_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
