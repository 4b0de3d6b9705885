/* test_strmap.c -- the string map (lib/strmap.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../../lib/strmap.h"

static void test_put_get_grow_clear(void **state) {
    (void)state;
    struct strmap m = STRMAP_INIT;
    assert_null(strmap_get(&m, "x", 1));
    int added;
    char key[32];
    for (size_t i = 0; i < 10000; i++) { /* many growths */
        int n = snprintf(key, sizeof key, "key-%zu", i);
        *strmap_put(&m, key, (size_t)n, &added) = i * 3;
        assert_true(added);
    }
    assert_int_equal(m.n, 10000);
    for (size_t i = 0; i < 10000; i++) {
        int n = snprintf(key, sizeof key, "key-%zu", i);
        size_t *v = strmap_get(&m, key, (size_t)n);
        assert_non_null(v);
        assert_int_equal(*v, i * 3);
    }
    size_t *v = strmap_put(&m, "key-7", 5, &added); /* there already */
    assert_false(added);
    assert_int_equal(*v, 21);
    assert_null(strmap_get(&m, "key-7", 4)); /* a prefix is another key */
    /* keys are bytes: a NUL inside counts */
    *strmap_put(&m, "a\0b", 3, &added) = 1;
    *strmap_put(&m, "a\0c", 3, &added) = 2;
    assert_int_equal(*strmap_get(&m, "a\0b", 3), 1);
    assert_int_equal(*strmap_get(&m, "a\0c", 3), 2);
    strmap_clear(&m);
    assert_int_equal(m.n, 0);
    assert_null(strmap_get(&m, "key-1", 5));
    *strmap_put(&m, "again", 5, &added) = 9;
    assert_int_equal(*strmap_get(&m, "again", 5), 9);
    strmap_free(&m);
    assert_null(strmap_get(&m, "again", 5));
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_put_get_grow_clear)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
