/* test_lexicon.c -- unit tests of the attribution word classes (lib/lexicon.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "../../lib/lexicon.h"

static unsigned flags(const char *w) { return lex_flags(w, strlen(w)); }

static void test_classes(void **state) {
    (void)state;
    assert_true(flags("said") & LX_CUE);
    assert_true(flags("SAID") & LX_CUE); /* case-insensitive */
    assert_true(flags("said") & LX_POSTCUE);
    assert_true(flags("President") & LX_ROLE);
    assert_true(flags("Ministry") & LX_BODY);
    assert_true(flags("Ukraine") & LX_COUNTRY);
    assert_true(flags("Thursday") & LX_WEEKDAY);
    assert_true(flags("March") & LX_MONTH);
    assert_true(flags("Having") & LX_STOP);
    assert_true(flags("von") & LX_PARTICLE);
    assert_true(flags("sides") & LX_JOINT);
    assert_true(flags("minister") & LX_DESC);
    assert_true(flags("United") & LX_PLACE);
    assert_true(flags("Russian") & LX_AFFIL);
    assert_int_equal(flags("Shoigu"), 0);
    assert_int_equal(flags(""), 0);
    assert_int_equal(flags("saidxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), 0);
}

static void test_affiliation_and_gender(void **state) {
    (void)state;
    assert_string_equal(lex_affiliation("Russian", 7), "Russia");
    assert_string_equal(lex_affiliation("British", 7), "United Kingdom");
    assert_null(lex_affiliation("russian", 7)); /* adjectives are capitalised */
    assert_null(lex_affiliation("Moscow", 6));
    assert_true(lex_female_name("Ursula", 6));
    assert_false(lex_female_name("Sergei", 6));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_affiliation_and_gender),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
