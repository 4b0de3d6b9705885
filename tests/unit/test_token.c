/* test_token.c -- unit tests of the tokenizer and normalisation (lib/token.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "../../lib/buf.h"
#include "../../lib/token.h"

/* Tokenizes text[0..len) and returns the tokens joined by single spaces,
 * each followed by "/" and a kind letter (W word, N number, C clitic,
 * P punctuation): "Russia/W 's/C". Caller frees. */
static char *toks_n(const char *text, size_t len) {
    static const char kind[] = {'W', 'N', 'C', 'P'};
    struct tok_iter it;
    struct tok t;
    struct buf b = BUF_INIT;
    tok_init(&it, text, len);
    while (tok_next(&it, &t)) {
        /* every token is a non-empty slice inside the text */
        assert_true(t.len > 0);
        assert_true(t.p >= text && t.p + t.len <= text + len);
        if (b.len) buf_addc(&b, ' ');
        buf_add(&b, t.p, t.len);
        buf_addc(&b, '/');
        buf_addc(&b, kind[t.kind]);
    }
    return buf_detach(&b);
}

static char *toks(const char *text) { return toks_n(text, strlen(text)); }

/* The normalised forms of text's tokens, joined by single spaces. */
static char *norms(const char *text) {
    struct tok_iter it;
    struct tok t;
    struct buf b = BUF_INIT;
    tok_init(&it, text, strlen(text));
    while (tok_next(&it, &t)) {
        if (b.len) buf_addc(&b, ' ');
        tok_norm(&t, &b);
    }
    return buf_detach(&b);
}

#define ASSERT_TOKS(text, want)                                                              \
    do {                                                                                     \
        char *got_ = toks(text);                                                             \
        assert_string_equal(got_, want);                                                     \
        free(got_);                                                                          \
    } while (0)

#define ASSERT_NORMS(text, want)                                                             \
    do {                                                                                     \
        char *got_ = norms(text);                                                            \
        assert_string_equal(got_, want);                                                     \
        free(got_);                                                                          \
    } while (0)

static void test_empty_and_blank(void **state) {
    (void)state;
    ASSERT_TOKS("", "");
    ASSERT_TOKS("  \t\n\r  ", "");
    /* no-break space and zero-width space are white space too */
    ASSERT_TOKS("\xc2\xa0" "a\xe2\x80\x8b" "b", "a/W b/W");
}

static void test_words_and_punctuation(void **state) {
    (void)state;
    ASSERT_TOKS("Hello, world!", "Hello/W ,/P world/W !/P");
    ASSERT_TOKS("(peace-talks)", "(/P peace/W -/P talks/W )/P");
    ASSERT_TOKS("a;b:c", "a/W ;/P b/W :/P c/W");
    /* a word ending a sentence leaves its full stop as punctuation */
    ASSERT_TOKS("They met Putin.", "They/W met/W Putin/W ./P");
    ASSERT_NORMS("Hello, World!", "hello , world !");
}

static void test_numbers(void **state) {
    (void)state;
    ASSERT_TOKS("1,189 troops", "1,189/N troops/W");
    ASSERT_TOKS("3.5 percent", "3.5/N percent/W");
    ASSERT_TOKS("1,000,000.25", "1,000,000.25/N");
    /* a separator not followed by a digit ends the number */
    ASSERT_TOKS("in 2022.", "in/W 2022/N ./P");
    ASSERT_TOKS("1, 2", "1/N ,/P 2/N");
    ASSERT_NORMS("1,189 troops and 3.5 km", "<num> troops and <num> km");
    /* digits inside a word are not a number; they normalise to 0 */
    ASSERT_TOKS("30th G20", "30th/W G20/W");
    ASSERT_NORMS("30th G20", "00th g00");
}

static void test_clitics(void **state) {
    (void)state;
    ASSERT_TOKS("Russia's", "Russia/W 's/C");
    ASSERT_TOKS("don't", "do/W n't/C");
    /* UN verbatim records come pre-tokenised: the same two tokens */
    ASSERT_TOKS("do n't", "do/W n't/C");
    ASSERT_TOKS("They're here", "They/W 're/C here/W");
    ASSERT_TOKS("we'll", "we/W 'll/C");
    ASSERT_TOKS("can't", "ca/W n't/C");
    ASSERT_TOKS("DON'T", "DO/W N'T/C");
    ASSERT_NORMS("DON'T", "do n't");
    ASSERT_NORMS("Russia's position", "russia 's position");
}

static void test_curly_apostrophes(void **state) {
    (void)state;
    ASSERT_TOKS("Russia\xe2\x80\x99s", "Russia/W \xe2\x80\x99s/C");
    ASSERT_TOKS("don\xe2\x80\x99t", "do/W n\xe2\x80\x99t/C");
    ASSERT_NORMS("Russia\xe2\x80\x99s", "russia 's");
    ASSERT_NORMS("don\xe2\x80\x99t", "do n't");
    /* curly quotes and dashes are unified too */
    ASSERT_NORMS("\xe2\x80\x9cyes\xe2\x80\x9d \xe2\x80\x94", "\" yes \" -");
}

static void test_case_folding_non_ascii(void **state) {
    (void)state;
    ASSERT_TOKS("\xc3\x89TAT", "\xc3\x89TAT/W"); /* ÉTAT is one word */
    ASSERT_NORMS("\xc3\x89TAT", "\xc3\xa9tat");  /* -> état */
    ASSERT_NORMS("\xd0\x9c\xd0\x98\xd0\xa0", "\xd0\xbc\xd0\xb8\xd1\x80"); /* МИР -> мир */
    ASSERT_NORMS("Stra\xc3\x9f" "e", "strasse");                          /* full case fold */
}

static void test_initials(void **state) {
    (void)state;
    ASSERT_TOKS("U.S.", "U.S./W");
    ASSERT_TOKS("U.S. officials", "U.S./W officials/W");
    ASSERT_TOKS("the U.N. Charter", "the/W U.N./W Charter/W");
    ASSERT_NORMS("U.S. officials", "u.s. officials");
    /* a single letter and dot is no initials run */
    ASSERT_TOKS("J. Smith", "J/W ./P Smith/W");
}

static void test_ellipsis(void **state) {
    (void)state;
    ASSERT_TOKS("Wait... no", "Wait/W .../P no/W");
    ASSERT_TOKS("end....", "end/W ..../P");
    /* the single-character ellipsis is one punctuation token as well */
    ASSERT_TOKS("Wait\xe2\x80\xa6no", "Wait/W \xe2\x80\xa6/P no/W");
}

static void test_invalid_utf8(void **state) {
    (void)state;
    /* each invalid byte is a one-byte punctuation token; nothing is skipped */
    ASSERT_TOKS("ab\xff\xfe" "cd", "ab/W \xff/P \xfe/P cd/W");
    /* a truncated sequence at the very end is not read past */
    const char trunc[] = {'a', 'b', (char)0xc3};
    char *got = toks_n(trunc, sizeof trunc);
    assert_string_equal(got, "ab/W \xc3/P");
    free(got);
    /* an invalid byte normalises to U+FFFD */
    ASSERT_NORMS("\xff", "\xef\xbf\xbd");
    /* a lone continuation byte and an overlong NUL */
    ASSERT_TOKS("x\x80y \xc0\x80", "x/W \x80/P y/W \xc0/P \x80/P");
}

static void test_opening_single_quote_is_not_a_clitic(void **state) {
    (void)state;
    /* Regression (fixed): an apostrophe opening a single-quoted passage, followed by a word
     * of one or two letters, is taken for a clitic although there is no word
     * before it to split it from: "'We are ready,' he said" gives the clitic
     * "'We" (normalised "'we", a different term from "we"), and "said 'no'"
     * gives "'no". Expected: the quote as punctuation, then the word. */
    ASSERT_TOKS("'We are ready,' he said",
                "'/P We/W are/W ready/W ,/P '/P he/W said/W");
    ASSERT_TOKS("He said 'no' to it", "He/W said/W '/P no/W '/P to/W it/W");
}

static void test_slices_point_into_text(void **state) {
    (void)state;
    const char *text = "Shoigu's 1,189";
    struct tok_iter it;
    struct tok t;
    tok_init(&it, text, strlen(text));
    assert_int_equal(tok_next(&it, &t), 1);
    assert_ptr_equal(t.p, text);
    assert_int_equal(t.len, 6);
    assert_int_equal(t.kind, TOK_WORD);
    assert_int_equal(tok_next(&it, &t), 1);
    assert_ptr_equal(t.p, text + 6);
    assert_int_equal(t.len, 2);
    assert_int_equal(t.kind, TOK_CLITIC);
    assert_int_equal(tok_next(&it, &t), 1);
    assert_ptr_equal(t.p, text + 9);
    assert_int_equal(t.len, 5);
    assert_int_equal(t.kind, TOK_NUMBER);
    assert_int_equal(tok_next(&it, &t), 0);
    assert_int_equal(tok_next(&it, &t), 0); /* stays at the end */
    /* the length bounds the text: nothing after it is read */
    tok_init(&it, text, 3);
    assert_int_equal(tok_next(&it, &t), 1);
    assert_int_equal(t.len, 3);
    assert_int_equal(tok_next(&it, &t), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_words_and_punctuation),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_curly_apostrophes),
        cmocka_unit_test(test_case_folding_non_ascii),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_ellipsis),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_opening_single_quote_is_not_a_clitic),
        cmocka_unit_test(test_slices_point_into_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
