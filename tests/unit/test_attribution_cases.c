/* test_attribution_cases.c -- the data-driven attribution cases.
 *
 * Every file tests/attribution/NN-name.cases holds one case a line, in the style
 * of jq's test files:
 *
 *     [xfail: WHY] [title: TITLE] TEXT -> EXPECTED
 *
 * TEXT is a small article ("\n" is a line break); EXPECTED is the actor of
 * its LAST sentence as spk_actor_names writes it ("A; B" for joint actors,
 * "narrator" for none). "[title: ...]" (optional) is the article's title.
 * Lines starting with '#' and blank lines are skipped. The shipped actor
 * dictionary (corpus/actors.tsv) is loaded, as bin/classify does. Every
 * failing case is reported with its file and line, and the test fails if
 * any does. Run from the repository top (make unit does). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/actors.h"
#include "../../lib/buf.h"
#include "../../lib/err.h"
#include "../../lib/sentence.h"
#include "../../lib/speaker.h"

#define CASES_DIR "tests/attribution"

/* Unescapes "\n" in s[0..n) into b. */
static void unescape(struct buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && s[i + 1] == 'n') {
            buf_addc(b, '\n');
            i++;
        } else {
            buf_addc(b, s[i]);
        }
    }
}

/* Runs one case line; returns 1 when it passes, else prints why. */
static int run_case(const struct actors *dict, const char *file, int lineno, const char *line,
                    int *xfail) {
    *xfail = 0;
    if (strncmp(line, "[xfail: ", 8) == 0) {
        const char *close = strstr(line, "] ");
        if (!close) {
            print_error("%s:%d: unterminated [xfail: ...]\n", file, lineno);
            return 0;
        }
        *xfail = 1;
        line = close + 2;
    }
    const char *arrow = strstr(line, " -> ");
    if (!arrow || strstr(arrow + 4, " -> ")) {
        print_error("%s:%d: expected exactly one ' -> '\n", file, lineno);
        return 0;
    }
    const char *text = line;
    struct buf title = BUF_INIT, body = BUF_INIT;
    if (strncmp(text, "[title: ", 8) == 0) {
        const char *close = strstr(text, "] ");
        if (!close || close > arrow) {
            print_error("%s:%d: unterminated [title: ...]\n", file, lineno);
            return 0;
        }
        buf_add(&title, text + 8, (size_t)(close - text - 8));
        text = close + 2;
    }
    unescape(&body, text, (size_t)(arrow - text));
    const char *want = arrow + 4;
    struct sent_list sl = {0};
    struct spk_doc doc = {0};
    sent_split(body.p, body.len, &sl);
    struct spk_input in = {NULL, title.len ? title.p : NULL};
    spk_attribute_doc(body.p, body.len, &sl, &in, dict, &doc);
    int ok = 0;
    if (!doc.nstmts) {
        print_error("%s:%d: no statement\n", file, lineno);
    } else {
        char *got = spk_actor_names(&doc, &doc.stmts[doc.nstmts - 1]);
        ok = strcmp(got, want) == 0;
        if (!ok && !*xfail)
            print_error("%s:%d: want '%s', got '%s' (%s)\n", file, lineno, want, got,
                        spk_how_name(doc.stmts[doc.nstmts - 1].how));
        if (ok && *xfail) print_error("%s:%d: XPASS: a known failure passes now\n", file, lineno);
        free(got);
    }
    spk_doc_free(&doc);
    sent_list_free(&sl);
    buf_free(&title);
    buf_free(&body);
    return ok;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_cases(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    struct actors *dict = actors_new();
    FILE *f = fopen("corpus/actors.tsv", "r");
    assert_non_null(f);
    assert_int_equal(actors_load(dict, f, "corpus/actors.tsv", &e), 0);
    fclose(f);
    DIR *d = opendir(CASES_DIR);
    assert_non_null(d);
    char *names[256];
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 256) {
        size_t l = strlen(de->d_name);
        if (l > 6 && strcmp(de->d_name + l - 6, ".cases") == 0) names[nn++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, by_name);
    size_t pass = 0, fail = 0, known = 0;
    for (size_t k = 0; k < nn; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", CASES_DIR, names[k]);
        FILE *cf = fopen(path, "r");
        assert_non_null(cf);
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        int lineno = 0;
        while ((len = getline(&line, &cap, cf)) >= 0) {
            lineno++;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
            if (!len || line[0] == '#') continue;
            int xfail;
            int ok = run_case(dict, path, lineno, line, &xfail);
            if (xfail) {
                if (ok) fail++; /* XPASS */
                else known++;
            } else if (ok) {
                pass++;
            } else {
                fail++;
            }
        }
        free(line);
        fclose(cf);
        free(names[k]);
    }
    actors_free(dict);
    print_message("attribution cases: %zu passed, %zu failed, %zu known failures\n", pass, fail,
                  known);
    assert_true(pass + fail + known >= 200);
    assert_int_equal(fail, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_cases)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
