/* test_lines.c -- the bounded line reader (lib/lines.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/lines.h"

static FILE *mem(const char *s, size_t n) { return fmemopen((void *)s, n, "r"); }

static void test_lines_as_getline(void **state) {
    (void)state;
    const char text[] = "one\ntwo\0half\nlast";
    FILE *f = mem(text, sizeof text - 1);
    char *line = NULL;
    size_t cap = 0;
    assert_int_equal(line_read(f, &line, &cap, 100), 4);
    assert_string_equal(line, "one\n");
    assert_int_equal(line_read(f, &line, &cap, 100), 9); /* the NUL is kept */
    assert_memory_equal(line, "two\0half\n", 9);
    assert_int_equal(line_read(f, &line, &cap, 100), 4); /* no newline at the end */
    assert_string_equal(line, "last");
    assert_int_equal(line_read(f, &line, &cap, 100), -1);
    fclose(f);
    free(line);
}

static void test_lines_bounded(void **state) {
    (void)state;
    char *line = NULL;
    size_t cap = 0;
    FILE *f = mem("12345\n123456\n", 13);
    assert_int_equal(line_read(f, &line, &cap, 5), 6);  /* five bytes and the newline fit */
    assert_int_equal(line_read(f, &line, &cap, 5), -2); /* six do not */
    fclose(f);
    f = mem("123456", 6); /* the last line, too long, without a newline */
    assert_int_equal(line_read(f, &line, &cap, 5), -2);
    fclose(f);
    /* a huge line costs max bytes of memory, not its length */
    size_t n = 8 << 20;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, 'x', n);
    f = mem(big, n);
    assert_int_equal(line_read(f, &line, &cap, 1000), -2);
    assert_true(cap <= 4096);
    fclose(f);
    free(big);
    free(line);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines_as_getline),
        cmocka_unit_test(test_lines_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
