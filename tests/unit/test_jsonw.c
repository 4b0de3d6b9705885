/* test_jsonw.c -- the JSON writer of the statement lines gives the bytes
 * jansson's compact dump gives, for strings and reals alike. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/jsonw.h"

/* jansson's compact dump of j (which it takes). */
static char *jansson_of(json_t *j) {
    char *s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(4));
    json_decref(j);
    return s;
}

static void check_str(const char *s, size_t len) {
    struct buf b = BUF_INIT;
    json_t *j = json_stringn(s, len);
    int r = jw_str(&b, s, len);
    if (!j) {
        assert_int_equal(r, -1); /* not UTF-8: neither makes a string */
        assert_int_equal(b.len, 0);
    } else {
        char *want = jansson_of(j);
        assert_int_equal(r, 0);
        assert_string_equal(buf_str(&b), want);
        free(want);
    }
    buf_free(&b);
}

static void test_strings(void **state) {
    (void)state;
    const char *cases[] = {"", "plain", "say \"no\"", "back\\slash", "tab\there", "line\nbreak",
                           "cr\rlf", "\b\f", "\x01\x1f control", "slash / stays", "del \x7f",
                           "Erdoğan — “quoted”", "日本", "emoji \xf0\x9f\x98\x80",
                           "bad \xc3", "bad \xff byte", "overlong \xc0\xaf", "surrogate \xed\xa0\x80"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check_str(cases[i], strlen(cases[i]));
    /* every single byte, alone and in a word */
    for (int c = 1; c < 256; c++) {
        char s[8] = {'a', (char)c, 'b', 0};
        check_str(s, 3);
    }
}

static void check_real(double v) {
    struct buf b = BUF_INIT;
    assert_int_equal(jw_real(&b, v, 4), 0);
    char *want = jansson_of(json_real(v));
    assert_string_equal(buf_str(&b), want);
    free(want);
    buf_free(&b);
}

static void test_reals(void **state) {
    (void)state;
    const double fixed[] = {0, -0.0, 1, -1, 0.5, 0.75, 0.12345, 1e5, 123456, 1e-5, 1.5e-7, -2.5e10,
                            0.0001, 0.00012345, 99999, 1e300, 5e-324};
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) check_real(fixed[i]);
    /* and many values over twenty orders of magnitude */
    unsigned long long x = 88172645463325252ULL;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double m = (double)(x % 1000000) / 1000.0, e = (double)((x >> 20) % 21) - 10;
        check_real((x >> 40) & 1 ? -m * pow(10, e) : m * pow(10, e));
    }
    struct buf b = BUF_INIT;
    assert_int_equal(jw_real(&b, NAN, 4), -1); /* JSON has no NaN */
    assert_int_equal(jw_real(&b, INFINITY, 4), -1);
    assert_int_equal(b.len, 0);
    buf_free(&b);
}

static void test_keys_and_ints(void **state) {
    (void)state;
    struct buf b = BUF_INIT;
    int first = 1;
    buf_addc(&b, '{');
    jw_key(&b, "a", &first);
    jw_int(&b, -42);
    jw_key(&b, "b\"", &first);
    jw_cstr(&b, NULL);
    assert_int_equal(jw_key(&b, "bad \xff", &first), -1);
    jw_key(&b, "c", &first);
    jw_int(&b, 9007199254740993LL);
    buf_addc(&b, '}');
    assert_string_equal(buf_str(&b), "{\"a\":-42,\"b\\\"\":null,\"c\":9007199254740993}");
    buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_reals),
        cmocka_unit_test(test_keys_and_ints),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
