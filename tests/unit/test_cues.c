/* test_cues.c -- unit tests of the pooled label-cue terms (lib/cues.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/cues.h"

static void collect(const char *term, void *arg) {
    struct buf *b = arg;
    if (b->len) buf_addc(b, '|');
    buf_adds(b, term);
}

/* The cue terms of the space-separated words s, joined by '|' ("," stands
 * for punctuation, which features.c passes as an empty word). */
static void assert_cues_of(int version, const char *s, const char *want) {
    char *copy = strdup(s), *w[64];
    size_t n = 0;
    for (char *t = copy; *t;) {
        assert_true(n < 64);
        w[n++] = t;
        t += strcspn(t, " ");
        if (*t) *t++ = '\0';
        if (strcmp(w[n - 1], ",") == 0) w[n - 1][0] = '\0';
    }
    struct buf b = BUF_INIT;
    cues_scan(version, w, n, collect, &b);
    assert_string_equal(buf_str(&b), want);
    buf_free(&b);
    free(copy);
}

static void assert_cues(const char *s, const char *want) { assert_cues_of(CUES_LATEST, s, want); }

static void test_each_label(void **state) {
    (void)state;
    assert_cues("we call on russia to stop", "#cue:demand");
    assert_cues("it is necessary that they leave", "#cue:demand");
    assert_cues("he was prepared to talk", "#cue:concession");
    assert_cues("the sides reached an understanding", "#cue:agreement");
    assert_cues("he expressed concern about it", "#cue:concern");
    assert_cues("the weather was fine", "");
    assert_cues("", "");
}

/* A model keeps the list it was trained with: annotation-2 has the spec's
 * cue words, annotation-3 their other inflections too. */
static void test_versions(void **state) {
    (void)state;
    assert_int_equal(cues_version("annotation-2"), 2);
    assert_int_equal(cues_version("annotation-3"), 3);
    assert_int_equal(cues_version("annotation-4"), -1);
    assert_cues_of(2, "russia released the prisoners", "#cue:concession");
    assert_cues_of(2, "russia releases the prisoners", "");
    assert_cues_of(3, "russia releases the prisoners", "#cue:concession");
    assert_cues_of(3, "they will not lift the sanctions", "#cue:concession:neg");
}

/* Multi-word cues need every word, in order, whole. */
static void test_phrases_whole_words(void **state) {
    (void)state;
    assert_cues("call", "");
    assert_cues("on call", "");
    assert_cues("readiness", "");
    assert_cues("ready to", "#cue:concession");
    assert_cues("ready", "");
    assert_cues("urged urgent urgently", "#cue:demand");
    assert_cues("reached an", "");
}

/* Every occurrence counts; one word may open cues of two labels ("agreed
 * to" is one-sided, "agreed" is shared). */
static void test_occurrences(void **state) {
    (void)state;
    assert_cues("urge and urge", "#cue:demand|#cue:demand");
    assert_cues_of(2, "he agreed to withdraw", "#cue:concession|#cue:agreement");
    assert_cues("he agreed to withdraw", "#cue:concession|#cue:agreement|#cue:concession");
}

/* A negation among the three words before the cue. */
static void test_negation(void **state) {
    (void)state;
    assert_cues("they did not demand", "#cue:demand:neg");
    assert_cues("no one said he was willing to", "#cue:concession");
    assert_cues("never ever was he willing to", "#cue:concession");
    assert_cues("nor was he willing to", "#cue:concession:neg");
    assert_cues("they did n't condemn it", "#cue:concern:neg");
    assert_cues("not", "");
    assert_cues("they cannot offer", "#cue:concession:neg");
    /* punctuation stops the negation's reach and splits phrases */
    assert_cues("no , we urge talks", "#cue:demand");
    assert_cues("we need , to be clear", "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_label),
        cmocka_unit_test(test_versions),
        cmocka_unit_test(test_phrases_whole_words),
        cmocka_unit_test(test_occurrences),
        cmocka_unit_test(test_negation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
