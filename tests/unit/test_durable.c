/* test_durable.c -- unit tests of atomic, durable files (lib/durable.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>
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

/* A committed file replaces the old one whole, with the permissions of
 * any new file; a file given up leaves the old one and no temporary. */
static void test_open_commit_and_give_up(void **state) {
    (void)state;
    char dir[] = "/tmp/parley-durable-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256], cmd[300];
    snprintf(path, sizeof path, "%s/out.txt", dir);
    FILE *old = fopen(path, "w");
    assert_non_null(old);
    fputs("old\n", old);
    fclose(old);
    struct err e = ERR_INIT;
    struct durable_file d;
    FILE *f = durable_open(&d, path, &e);
    assert_non_null(f);
    fputs("half", f);
    assert_int_equal(durable_commit(&d, path, 0, &e), -1); /* given up */
    char got[16] = "";
    FILE *r = fopen(path, "r");
    assert_non_null(fgets(got, sizeof got, r));
    fclose(r);
    assert_string_equal(got, "old\n");
    f = durable_open(&d, path, &e);
    assert_non_null(f);
    fputs("new\n", f);
    assert_int_equal(durable_commit(&d, path, 1, &e), 0);
    r = fopen(path, "r");
    assert_non_null(fgets(got, sizeof got, r));
    fclose(r);
    assert_string_equal(got, "new\n");
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, durable_mode(0666));
    /* nothing else is left in the directory */
    snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 1", dir);
    assert_int_equal(system(cmd), 0);
    unlink(path);
    rmdir(dir);
    /* a directory that does not exist: an error naming it */
    f = durable_open(&d, "/nonexistent-parley/out.txt", &e);
    assert_null(f);
    assert_non_null(strstr(e.msg, "/nonexistent-parley/out.txt"));
    err_clear(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syncs_existing_directories),
        cmocka_unit_test(test_missing_directory_is_an_error),
        cmocka_unit_test(test_open_commit_and_give_up),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
