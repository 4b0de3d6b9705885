/* test_actors.c -- unit tests of the actor dictionary (lib/actors.h) and its
 * use by attribution (lib/speaker.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/actors.h"
#include "../../lib/err.h"
#include "../../lib/sentence.h"
#include "../../lib/speaker.h"

static const char *const dict_tsv =
    "kind\tname\taliases\trole\taffiliation\tcode\tgender\n"
    "person\tVolodymyr Zelenskyy\tZelensky|Zelenskiy\tPresident\tUkraine\tUKRGOV\tm\n"
    "\tUrsula von der Leyen\tvon der Leyen\tPresident of the European Commission\tEuropean Union\tIGOEUREEC\tf\n"
    "# a comment line\n"
    "body\tKremlin\tthe Kremlin\t\tRussia\tRUSGOV\t\n";

static struct actors *load(const char *text, struct err *e, int *rc) {
    struct actors *d = actors_new();
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    *rc = actors_load(d, f, "actors.tsv", e);
    fclose(f);
    return d;
}

static void test_load_and_find(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    int rc;
    struct actors *d = load(dict_tsv, &e, &rc);
    assert_int_equal(rc, 0);
    assert_int_equal(actors_count(d), 3);
    const struct actor_entry *z = actors_find(d, "Zelensky", 8);
    assert_non_null(z);
    assert_string_equal(z->name, "Volodymyr Zelenskyy");
    assert_string_equal(z->affil, "Ukraine");
    assert_string_equal(z->code, "UKRGOV");
    assert_int_equal(z->female, 0);
    assert_int_equal(z->person, 1);
    const struct actor_entry *u = actors_find(d, "von der Leyen", 13);
    assert_non_null(u);
    assert_int_equal(u->female, 1);
    const struct actor_entry *k = actors_find(d, "the Kremlin", 11);
    assert_non_null(k);
    assert_int_equal(k->person, 0);
    assert_null(k->role);
    assert_null(actors_find(d, "zelensky", 8)); /* exact, case-sensitive */
    assert_null(actors_find(NULL, "Zelensky", 8));
    actors_free(d);
}

static void test_later_file_overrides(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    int rc;
    struct actors *d = load(dict_tsv, &e, &rc);
    const char *more = "name\taliases\nVolodymyr Oleksandrovych Zelenskyy\tZelensky\n";
    FILE *f = fmemopen((void *)more, strlen(more), "r");
    assert_int_equal(actors_load(d, f, "mine.tsv", &e), 0);
    fclose(f);
    assert_string_equal(actors_find(d, "Zelensky", 8)->name, "Volodymyr Oleksandrovych Zelenskyy");
    assert_string_equal(actors_find(d, "Zelenskiy", 9)->name, "Volodymyr Zelenskyy");
    actors_free(d);
}

static void check_error(const char *text, const char *msg) {
    struct err e = ERR_INIT;
    int rc;
    struct actors *d = load(text, &e, &rc);
    assert_int_equal(rc, -1);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
    actors_free(d);
}

static void test_errors(void **state) {
    (void)state;
    check_error("", "actors.tsv: empty file");
    check_error("alias\trole\nx\ty\n", "actors.tsv:1: missing column 'name' in the header");
    check_error("name\trole\nVladimir Putin\n",
                "actors.tsv:2: expected 2 tab-separated fields as in the header, found 1");
    check_error("name\tgender\nVladimir Putin\tx\n",
                "actors.tsv:2: gender must be m, f or empty, not 'x'");
    check_error("name\tkind\nKremlin\tbuilding\n",
                "actors.tsv:2: kind must be person or body, not 'building'");
    check_error("name\n\tx\n", "actors.tsv:2: expected 1 tab-separated fields as in the header, found 2");
    check_error("name\nPutin \xff\n", "actors.tsv:2: invalid UTF-8 at byte 7 of the line");
}

static void test_attribution_uses_dictionary(void **state) {
    (void)state;
    struct err e = ERR_INIT;
    int rc;
    struct actors *d = load(dict_tsv, &e, &rc);
    const char *text = "Zelensky met European Commission President Ursula von der Leyen. "
                       "She said the union would help. Zelenskiy thanked her.";
    struct sent_list sl = {0};
    struct spk_doc doc = {0};
    sent_split(text, strlen(text), &sl);
    spk_attribute(text, strlen(text), &sl, NULL, d, &doc);
    assert_int_equal(doc.nstmts, 3);
    char *n1 = spk_actor_names(&doc, &doc.stmts[1]);
    char *n2 = spk_actor_names(&doc, &doc.stmts[2]);
    assert_string_equal(n1, "Ursula von der Leyen"); /* "she": gender from the dictionary */
    assert_string_equal(n2, "Volodymyr Zelenskyy");  /* alias to canonical name */
    const struct spk_actor *z = &doc.actors[doc.stmts[2].actors[0]];
    assert_string_equal(z->affil, "Ukraine");
    free(n1);
    free(n2);
    spk_doc_free(&doc);
    sent_list_free(&sl);
    actors_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_and_find),
        cmocka_unit_test(test_later_file_overrides),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_attribution_uses_dictionary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
