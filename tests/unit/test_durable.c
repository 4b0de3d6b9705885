/* test_durable.c -- unit tests of syncing a renamed file's directory (lib/durable.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lib/durable.h"
#include "../../lib/err.h"

static void test_syncs_existing_directories(void **state) {
    (void)state;
    char dir[] = "/tmp/parley-durable-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/model", dir);
    struct err e = ERR_INIT;
    assert_int_equal(durable_sync_parent(path, &e), 0);
    assert_int_equal(durable_sync_parent("relative-name", &e), 0); /* "." */
    assert_int_equal(durable_sync_parent("/top-level", &e), 0);   /* "/" */
    assert_int_equal(e.kind, ERR_NONE);
    rmdir(dir);
}

static void test_missing_directory_is_an_error(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    assert_int_equal(durable_sync_parent("/nonexistent-parley-dir/x", &e), -1);
    assert_int_equal(e.kind, ERR_IO);
    assert_string_equal(e.msg,
                        "cannot open directory '/nonexistent-parley-dir': No such file or directory");
    err_clear(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syncs_existing_directories),
        cmocka_unit_test(test_missing_directory_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
