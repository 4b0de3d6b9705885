/* test_gz.c -- unit tests of gzip inflation in memory (lib/gz.h): one
 * member, two concatenated members (as gzip -d reads them), truncated and
 * corrupt data refused naming the input, plain text not taken for gzip. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "../../lib/err.h"
#include "../../lib/gz.h"

/* gzip.compress(b"Hello, ", mtime=0) and gzip.compress(b"world.\n", mtime=0) */
static const unsigned char one[] = {0x1f,0x8b,0x08,0x00,0x00,0x00,0x00,0x00,0x02,0x03,0xf3,0x48,0xcd,0xc9,0xc9,0xd7,0x51,0x00,0x00,0x05,0x6f,0x57,0xde,0x07,0x00,0x00,0x00};
static const unsigned char two[] = {0x1f,0x8b,0x08,0x00,0x00,0x00,0x00,0x00,0x02,0x03,0x2b,0xcf,0x2f,0xca,0x49,0xd1,0xe3,0x02,0x00,0x8e,0xf4,0xef,0x1b,0x07,0x00,0x00,0x00};

static void test_inflate(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    char *out;
    size_t len;
    assert_true(gz_is_gzip(one, sizeof one));
    assert_false(gz_is_gzip((const unsigned char *)"text", 4));
    assert_false(gz_is_gzip(one, 1));
    assert_int_equal(gz_inflate((const char *)one, sizeof one, "a.gz", &out, &len, &e), 0);
    assert_int_equal(len, 7);
    assert_memory_equal(out, "Hello, ", 7);
    free(out);
    unsigned char both[sizeof one + sizeof two];
    memcpy(both, one, sizeof one);
    memcpy(both + sizeof one, two, sizeof two);
    assert_int_equal(gz_inflate((const char *)both, sizeof both, "b.gz", &out, &len, &e), 0);
    assert_int_equal(len, 14);
    assert_string_equal(out, "Hello, world.\n");
    free(out);
    /* cut before its trailer, and with a damaged body */
    assert_int_equal(gz_inflate((const char *)one, sizeof one - 5, "c.gz", &out, &len, &e), -1);
    assert_string_equal(e.msg, "c.gz: corrupt or truncated gzip data");
    err_clear(&e);
    unsigned char bad[sizeof one];
    memcpy(bad, one, sizeof one);
    bad[12] ^= 0xff;
    bad[13] ^= 0xff;
    assert_int_equal(gz_inflate((const char *)bad, sizeof bad, "d.gz", &out, &len, &e), -1);
    assert_int_equal(e.kind, ERR_DATA);
    err_clear(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_inflate)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
