/* test_sentence.c -- unit tests of sentence boundaries and offsets (lib/sentence.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/sentence.h"

/* Splits text and checks it gives exactly the n sentences want[] (their
 * text, located in order in text, which fixes their offsets) with the
 * paragraph flags para[]. */
static void check_split(const char *text, const char *const *want, const int *para, size_t n) {
    struct sent_list l = {0};
    size_t len = strlen(text);
    sent_split(text, len, &l);
    if (l.n != n) {
        size_t got = l.n;
        for (size_t i = 0; i < l.n; i++)
            print_error("  got [%zu,%zu) '%.*s'\n", l.v[i].start, l.v[i].end,
                        (int)(l.v[i].end - l.v[i].start), text + l.v[i].start);
        sent_list_free(&l);
        fail_msg("'%s': %zu sentences, expected %zu", text, got, n);
    }
    const char *from = text;
    for (size_t i = 0; i < n; i++) {
        const char *at = strstr(from, want[i]);
        assert_non_null(at);
        size_t start = (size_t)(at - text), end = start + strlen(want[i]);
        assert_int_equal(l.v[i].start, start);
        assert_int_equal(l.v[i].end, end);
        assert_int_equal(l.v[i].para_start, para[i]);
        from = text + end;
    }
    sent_list_free(&l);
}

#define CHECK(text, ...)                                                                   \
    do {                                                                                   \
        static const char *const want_[] = {__VA_ARGS__};                                  \
        check_split(text, want_, paras_, sizeof want_ / sizeof *want_);                    \
    } while (0)

/* Paragraph flags for the common case: only the first sentence starts one. */
static const int paras_[] = {1, 0, 0, 0, 0, 0};

static void test_plain_boundary_offsets(void **state) {
    (void)state;
    const char *text = "The talks ended. Both sides left.";
    struct sent_list l = {0};
    sent_split(text, strlen(text), &l);
    assert_int_equal(l.n, 2);
    assert_int_equal(l.v[0].start, 0);
    assert_int_equal(l.v[0].end, 16);
    assert_int_equal(l.v[0].para_start, 1);
    assert_int_equal(l.v[1].start, 17);
    assert_int_equal(l.v[1].end, 33);
    assert_int_equal(l.v[1].para_start, 0);
    /* appends: a second call adds to the list */
    sent_split("One. Two.", 9, &l);
    assert_int_equal(l.n, 4);
    assert_int_equal(l.v[2].start, 0);
    assert_int_equal(l.v[2].end, 4);
    assert_int_equal(l.v[3].start, 5);
    assert_int_equal(l.v[3].end, 9);
    sent_list_free(&l);
    assert_null(l.v);
    assert_int_equal(l.n, 0);
}

static void test_trimming_and_empty(void **state) {
    (void)state;
    struct sent_list l = {0};
    sent_split("", 0, &l);
    assert_int_equal(l.n, 0);
    sent_split(" \n\t \n", 5, &l);
    assert_int_equal(l.n, 0);
    sent_list_free(&l);
    /* white space around is trimmed, including a no-break space */
    CHECK("  Hello there.  ", "Hello there.");
    CHECK("\xc2\xa0Hello there.", "Hello there.");
    /* the last sentence needs no terminator */
    CHECK("First one. And then", "First one.", "And then");
}

static void test_question_exclamation_ellipsis(void **state) {
    (void)state;
    CHECK("Really? Yes! Fine.", "Really?", "Yes!", "Fine.");
    CHECK("Wait... Then go.", "Wait...", "Then go.");
    CHECK("Wait\xe2\x80\xa6 Then go.", "Wait\xe2\x80\xa6", "Then go.");
    /* a lower-case word after the stop does not start a sentence */
    CHECK("It costs 5 p. per unit. Fine.", "It costs 5 p. per unit.", "Fine.");
}

static void test_abbreviations_and_initials(void **state) {
    (void)state;
    CHECK("Mr. Smith arrived. He spoke.", "Mr. Smith arrived.", "He spoke.");
    CHECK("J. Smith arrived. He spoke.", "J. Smith arrived.", "He spoke.");
    CHECK("U.S. officials said so. They left.", "U.S. officials said so.", "They left.");
    CHECK("They met on Jan. 5 in Kyiv. Talks went on.", "They met on Jan. 5 in Kyiv.",
          "Talks went on.");
    CHECK("\"Mr. Smith came,\" he said. Then he left.", "\"Mr. Smith came,\" he said.",
          "Then he left.");
    CHECK("Mr.\xc2\xa0Smith spoke. Then.", "Mr.\xc2\xa0Smith spoke.", "Then.");
    /* a word that is not an abbreviation does end the sentence */
    CHECK("He met Smith. Then left.", "He met Smith.", "Then left.");
}

static void test_decimals(void **state) {
    (void)state;
    CHECK("Growth was 3.5 percent. Then it fell.", "Growth was 3.5 percent.",
          "Then it fell.");
    CHECK("It rose by 1,189.5 tonnes.", "It rose by 1,189.5 tonnes.");
}

static void test_glued_full_stop(void **state) {
    (void)state;
    CHECK("They met in Moscow.The two sides agreed.", "They met in Moscow.",
          "The two sides agreed.");
    CHECK("He joined NATO.From January it changed.", "He joined NATO.",
          "From January it changed.");
    /* but not initials, file names or lower case after the dot */
    CHECK("The U.S.The talks", "The U.S.The talks");
    CHECK("See file.TXT now.", "See file.TXT now.");
    CHECK("Talks in Moscow.the end", "Talks in Moscow.the end");
}

static void test_closing_quotes_and_brackets(void **state) {
    (void)state;
    CHECK("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left.");
    CHECK("He said \xe2\x80\x9cno.\xe2\x80\x9d Then he left.",
          "He said \xe2\x80\x9cno.\xe2\x80\x9d", "Then he left.");
    CHECK("He said (in Paris.) Then left.", "He said (in Paris.)", "Then left.");
    /* a sentence may start with an opening quote */
    CHECK("It ended. \"We agree,\" he said.", "It ended.", "\"We agree,\" he said.");
}

static void test_paragraphs_and_lines(void **state) {
    (void)state;
    static const int p[] = {1, 0, 1, 0};
    static const char *const want[] = {"A one.", "B two.", "C three.", "D four."};
    check_split("A one. B two.\n\nC three. D four.", want, p, 4);
    check_split("A one. B two.\n \t\n\n  C three. D four.", want, p, 4);
    check_split("A one. B two.\r\n\r\nC three. D four.", want, p, 4);
    /* a single line break ends a sentence (and starts a "line") */
    static const int q[] = {1, 1};
    static const char *const lines[] = {"Line one", "Line two"};
    check_split("Line one\nLine two", lines, q, 2);
    static const char *const crlf[] = {"One.", "Two."};
    check_split("One.\r\nTwo.", crlf, q, 2);
}

static void test_hard_wrapped_line(void **state) {
    (void)state;
    CHECK("The minister said the talks\nwould continue next week. Nothing else.",
          "The minister said the talks\nwould continue next week.", "Nothing else.");
    /* a next line in lower case carries on, even after a full stop */
    static const int q[] = {1};
    static const char *const one[] = {"Talks in Moscow.\nthe end"};
    check_split("Talks in Moscow.\nthe end", one, q, 1);
}

static void test_abbreviation_after_curly_quote(void **state) {
    (void)state;
    /* Regression (fixed): word_before() counts every non-ASCII byte as part of the word, so
     * an opening curly quote (or a dash) glued to "Mr." or an initial makes
     * the word "\u201cMr" -- not an abbreviation -- and the sentence is
     * split after it: 'He met \u201cMr. Smith\u201d today.' gives
     * "He met \u201cMr." + "Smith\u201d today." The ASCII '"Mr. Smith' case is
     * handled. Expected: one sentence. */
    CHECK("He met \xe2\x80\x9cMr. Smith\xe2\x80\x9d today.",
          "He met \xe2\x80\x9cMr. Smith\xe2\x80\x9d today.");
    CHECK("\xe2\x80\x9cJ. Smith came,\xe2\x80\x9d he said.",
          "\xe2\x80\x9cJ. Smith came,\xe2\x80\x9d he said.");
}

/* Like CHECK, for a text that opens with a dateline: the dateline and
 * the lead after it both start the paragraph. */
#define CHECK_DATELINE(text, ...)                                                          \
    do {                                                                                   \
        static const char *const want_[] = {__VA_ARGS__};                                  \
        static const int dl_paras_[] = {1, 1, 0, 0, 0, 0};                                 \
        check_split(text, want_, dl_paras_, sizeof want_ / sizeof *want_);                 \
    } while (0)

static void test_datelines(void **state) {
    (void)state;
    CHECK_DATELINE("MOSCOW, Feb 11 (Xinhua) -- Shoigu said the situation is tense. He left.",
                   "MOSCOW, Feb 11 (Xinhua) --", "Shoigu said the situation is tense.", "He left.");
    CHECK_DATELINE("KYIV, Ukraine (AP) \xe2\x80\x94 Zelensky said he was ready.",
                   "KYIV, Ukraine (AP) \xe2\x80\x94", "Zelensky said he was ready.");
    /* not datelines: a sentence with a dash, a short capital word */
    CHECK("NATO said the talks -- long delayed -- would resume.",
          "NATO said the talks -- long delayed -- would resume.");
    CHECK("UN officials met. The talks -- at last -- began.", "UN officials met.",
          "The talks -- at last -- began.");
    CHECK_DATELINE("WASHINGTON -- Biden spoke.", "WASHINGTON --", "Biden spoke.");
    CHECK_DATELINE("NEW YORK, March 2 -- The council met.", "NEW YORK, March 2 --", "The council met.");
    /* wire tags: agencies, capitals with a colon, a weekday */
    CHECK_DATELINE("KABUL (Reuters) - The Taliban warned.", "KABUL (Reuters) -", "The Taliban warned.");
    CHECK_DATELINE("AP - Egypt opens its border.", "AP -", "Egypt opens its border.");
    CHECK_DATELINE("UNITED NATIONS : The council met.", "UNITED NATIONS :", "The council met.");
    CHECK_DATELINE("Canadian Press - VANCOUVER (CP) - The mayor spoke.",
                   "Canadian Press - VANCOUVER (CP) -", "The mayor spoke.");
    CHECK_DATELINE("Wednesday: Russia urged calm.", "Wednesday:", "Russia urged calm.");
    /* prose with a spaced dash after a short capital word, or a lower-case
     * word after it */
    CHECK("US - China trade talks resumed.", "US - China trade talks resumed.");
    CHECK("NATO - the alliance - said so.", "NATO - the alliance - said so.");
    CHECK("The UK - and France - urged calm.", "The UK - and France - urged calm.");
}

static void test_section_break(void **state) {
    (void)state;
    static const char *const want[] = {"The leaders made statements.", "Vladimir Putin: Thank you."};
    static const int para[] = {1, 1}; /* the break starts a paragraph */
    check_split("The leaders made statements. * * * Vladimir Putin: Thank you.", want, para, 2);
    /* "***", even glued to the full stop before it */
    check_split("The leaders made statements.*** Vladimir Putin: Thank you.", want, para, 2);
    check_split("The leaders made statements. ***Vladimir Putin: Thank you.", want, para, 2);
    /* inside a word it is no break */
    static const char *const word[] = {"It is f***ing great.", "We win."};
    static const int para2[] = {1, 0};
    check_split("It is f***ing great. We win.", word, para2, 2);
}

static void test_bullet_list(void **state) {
    (void)state;
    static const char *const want[] = {"The sides agreed on:", "\xe2\x80\xa2 a ceasefire;",
                                       "- an exchange of prisoners."};
    static const int para[] = {1, 1, 1}; /* each line starts a line */
    check_split("The sides agreed on:\n\xe2\x80\xa2 a ceasefire;\n- an exchange of prisoners.", want,
                para, 3);
}

/* A run of text with no sentence end is cut into pieces of at most
 * SENT_MAX_BYTES, at spaces, and nothing is lost between them; without a
 * space, the cut falls between two characters. */
static void test_long_run_cut(void **state) {
    (void)state;
    size_t n = 3 * SENT_MAX_BYTES + 1234;
    char *t = malloc(n + 1);
    assert_non_null(t);
    for (size_t i = 0; i < n; i++) t[i] = i % 7 == 6 ? ' ' : 'a';
    t[n] = 0;
    struct sent_list l = {0};
    sent_split(t, n, &l);
    assert_int_equal(l.n, 4);
    size_t covered = 0;
    for (size_t i = 0; i < l.n; i++) {
        assert_true(l.v[i].end - l.v[i].start <= SENT_MAX_BYTES);
        assert_true(t[l.v[i].start] != ' ' && t[l.v[i].end - 1] != ' ');
        if (i) assert_true(l.v[i].start > l.v[i - 1].end);
        covered += l.v[i].end - l.v[i].start;
    }
    assert_true(covered + 4 >= n - n / 7 - 4); /* only spaces dropped */
    sent_list_free(&l);
    /* two-byte characters, no space: cut between characters */
    for (size_t i = 0; i + 1 < n; i += 2) t[i] = (char)0xC3, t[i + 1] = (char)0xA9; /* é */
    n -= n % 2;
    memset(&l, 0, sizeof l);
    sent_split(t, n, &l);
    assert_true(l.n >= 4);
    for (size_t i = 0; i < l.n; i++) {
        assert_true(((unsigned char)t[l.v[i].start] & 0xC0) != 0x80);
        assert_true(l.v[i].end == n || ((unsigned char)t[l.v[i].end] & 0xC0) != 0x80);
    }
    sent_list_free(&l);
    free(t);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_boundary_offsets),
        cmocka_unit_test(test_trimming_and_empty),
        cmocka_unit_test(test_question_exclamation_ellipsis),
        cmocka_unit_test(test_abbreviations_and_initials),
        cmocka_unit_test(test_decimals),
        cmocka_unit_test(test_glued_full_stop),
        cmocka_unit_test(test_closing_quotes_and_brackets),
        cmocka_unit_test(test_paragraphs_and_lines),
        cmocka_unit_test(test_hard_wrapped_line),
        cmocka_unit_test(test_abbreviation_after_curly_quote),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_section_break),
        cmocka_unit_test(test_bullet_list),
        cmocka_unit_test(test_long_run_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
