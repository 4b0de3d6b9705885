/* test_target.c -- the targets of positions (lib/target.h), from the
 * data-driven cases in tests/targets/targets.cases:
 *
 *     SENTENCE -> TARGET; TARGET      or      SENTENCE -> -
 *
 * with the shipped actor dictionary loaded, as bin/classify does. Every
 * failing case is reported with its line. Run from the repository top. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/actors.h"
#include "../../lib/buf.h"
#include "../../lib/err.h"
#include "../../lib/target.h"

#define CASES "tests/targets/targets.cases"

static void test_target_cases(void **state) {
    (void)state;
    struct actors *dict = actors_new();
    struct err e = ERR_INIT;
    FILE *af = fopen("corpus/actors.tsv", "r");
    assert_non_null(af);
    assert_int_equal(actors_load(dict, af, "corpus/actors.tsv", &e), 0);
    fclose(af);
    FILE *f = fopen(CASES, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int lineno = 0, cases = 0, failed = 0;
    while ((n = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (line[n - 1] == '\n') line[--n] = '\0';
        if (!n || line[0] == '#') continue;
        char *arrow = strstr(line, " -> ");
        if (!arrow) {
            print_error("%s:%d: no ' -> '\n", CASES, lineno);
            failed++;
            continue;
        }
        *arrow = '\0';
        char *t[TARGETS_MAX];
        size_t k = targets_find(line, strlen(line), dict, t);
        struct buf got = BUF_INIT;
        for (size_t i = 0; i < k; i++) {
            buf_addf(&got, "%s%s", i ? "; " : "", t[i]);
            free(t[i]);
        }
        if (!k) buf_adds(&got, "-");
        if (strcmp(got.p, arrow + 4) != 0) {
            print_error("%s:%d: %s\n  want %s\n  got  %s\n", CASES, lineno, line, arrow + 4, got.p);
            failed++;
        }
        buf_free(&got);
        cases++;
    }
    free(line);
    fclose(f);
    actors_free(dict);
    assert_true(cases >= 25);
    assert_int_equal(failed, 0);
}

/* Hostile input: long, binary-looking, cue at the very end. */
static void test_target_edges(void **state) {
    (void)state;
    char *t[TARGETS_MAX];
    assert_int_equal(targets_find("", 0, NULL, t), 0);
    assert_int_equal(targets_find("called on", 9, NULL, t), 0);
    assert_int_equal(targets_find("urged", 5, NULL, t), 0);
    struct buf b = BUF_INIT;
    for (int i = 0; i < 400; i++) buf_adds(&b, "We call on Russia and Iran and Syria to act. ");
    size_t k = targets_find(b.p, b.len, NULL, t);
    assert_true(k >= 1 && k <= TARGETS_MAX);
    for (size_t i = 0; i < k; i++) free(t[i]);
    buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_cases),
        cmocka_unit_test(test_target_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
