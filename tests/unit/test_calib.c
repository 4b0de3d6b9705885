/* test_calib.c -- unit tests of the reliability table, the expected
 * calibration error and the confidence threshold (lib/calib.h), on
 * figures computed by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/calib.h"
#include "../../lib/label.h"

#define assert_near(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* Bins 0.9-1.0: 0.95 and 0.95, one right (acc 0.5, conf 0.95, gap 0.45);
 * 0.6-0.7: 0.65 right (acc 1, conf 0.65, gap 0.35); 0.3-0.4: 0.35 wrong
 * (gap 0.35). ECE = 2/4 * 0.45 + 1/4 * 0.35 + 1/4 * 0.35 = 0.4. A
 * confidence of exactly 1 falls in the last bin, 0 in the first. */
static void test_table_and_ece(void **state) {
    (void)state;
    const double conf[] = {0.95, 0.95, 0.65, 0.35};
    const int right[] = {1, 0, 1, 0};
    struct calib c;
    calib_compute(conf, right, 4, &c);
    assert_int_equal(c.n, 4);
    assert_int_equal(c.count[9], 2);
    assert_near(c.conf[9], 0.95);
    assert_near(c.acc[9], 0.5);
    assert_int_equal(c.count[6], 1);
    assert_int_equal(c.count[3], 1);
    assert_near(c.ece, 0.4);
    struct buf b = BUF_INIT;
    calib_format(&c, &b);
    assert_non_null(strstr(b.p, "0.90-1.00            2     0.950     0.500    -0.450\n"));
    assert_non_null(strstr(b.p, "ECE                                            0.400         4\n"));
    assert_null(strstr(b.p, "0.00-0.10"));
    buf_free(&b);
    const double edge[] = {1.0, 0.0};
    calib_compute(edge, right, 2, &c);
    assert_int_equal(c.count[9], 1);
    assert_int_equal(c.count[0], 1);
    assert_near(c.ece, 0.0);
    calib_compute(conf, right, 0, &c);
    assert_near(c.ece, 0.0);
}

/* Two wrong guesses of demand at low confidence for gold none: turning
 * predictions under 0.40 into none gets both right and raises macro-F1;
 * a threshold that would also drop the right demand (0.55) does worse, so
 * the lowest best threshold wins. A set without none keeps 0. */
static void test_threshold(void **state) {
    (void)state;
    struct labelset ls;
    labels_default(&ls);
    const int gold[] = {LABEL_DEMAND, LABEL_NONE, LABEL_NONE, LABEL_DEMAND};
    const int pred[] = {LABEL_DEMAND, LABEL_DEMAND, LABEL_DEMAND, LABEL_DEMAND};
    const double conf[] = {0.9, 0.32, 0.38, 0.55};
    double at, without;
    double t = calib_threshold(gold, pred, conf, 4, &ls, &at, &without);
    assert_near(t, 0.40);
    assert_near(at, 1.0);
    assert_near(without, (2.0 / 3 + 0) / 2);
    const char *why;
    assert_int_equal(labels_parse_list(&ls, "threat,promise", ',', &why), 0);
    assert_near(calib_threshold(gold, pred, conf, 4, &ls, &at, &without), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_and_ece),
        cmocka_unit_test(test_threshold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
