/* test_report.c -- the per-actor aggregate (lib/aggregate.h), the escaping
 * of every format (lib/escape.h) and the JSONL round trip the map/reduce
 * path rests on (report_write_jsonl, then report_read_jsonl). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/aggregate.h"
#include "../../lib/classify.h"
#include "../../lib/err.h"
#include "../../lib/escape.h"
#include "../../lib/mem.h"
#include "../../lib/report.h"

/* ---- building result lists by hand ------------------------------------- */

static struct result_doc *doc_dated(struct result_list *l, const char *date) {
    struct result_doc *d = result_list_doc(l);
    d->date = xstrdup(date);
    return d;
}

static struct result *add(struct result_list *l, const char *doc, long start, const char *actor,
                          int label, double conf, const char *text, const struct result_doc *meta) {
    struct result *r = result_list_push(l);
    r->doc = xstrdup(doc);
    r->meta = meta;
    r->start = start;
    r->end = start >= 0 ? start + (long)strlen(text) : -1;
    r->nactors = 1;
    r->actors = xcalloc(1, sizeof *r->actors);
    r->actors[0].name = xstrdup(actor);
    r->how = "reporting-verb";
    r->label = label;
    r->confidence = conf;
    for (int k = 0; k < LABEL_COUNT; k++) r->scores[k] = k == label ? conf : (1 - conf) / 4;
    r->text = xstrdup(text);
    return r;
}

/* A small world: Lavrov demands twice (once reprinted in a second
 * document), voices a concern, says nothing of note once; Kuleba agrees;
 * one statement fell below the minimum confidence. */
static void small_world(struct result_list *l, int reversed) {
    struct result_doc *d1 = doc_dated(l, "2022-02-11"), *d2 = doc_dated(l, "2022-03-02");
    struct {
        const char *doc;
        long start;
        const char *actor;
        int label;
        double conf;
        const char *text;
        int dated2;
    } rows[] = {
        {"a", 0, "Sergei Lavrov", LABEL_DEMAND, 0.91, "Russia demands that NATO withdraw its forces at once.", 0},
        {"a", 60, "Sergei Lavrov", LABEL_CONCERN, 0.7, "We are worried about the drills near our border.", 0},
        {"a", 120, "Sergei Lavrov", LABEL_NONE, 0.8, "Thank you.", 0},
        {"a", 140, "Dmytro Kuleba", LABEL_AGREEMENT, 0.6, "Ukraine agreed to continue the talks next week.", 0},
        {"b", 0, "Sergei Lavrov", LABEL_DEMAND, 0.88, "Russia demands that NATO withdraw its forces at once!", 1},
        {"b", 70, "Sergei Lavrov", LABEL_DEMAND, 0.75, "The guarantees must be legally binding.", 1},
        {"b", 120, "Dmytro Kuleba", LABEL_NONE, 0.3, "Something unclear was said here by him.", 1},
    };
    size_t n = sizeof rows / sizeof *rows;
    for (size_t k = 0; k < n; k++) {
        size_t i = reversed ? n - 1 - k : k;
        struct result *r = add(l, rows[i].doc, rows[i].start, rows[i].actor, rows[i].label, rows[i].conf,
                               rows[i].text, rows[i].dated2 ? d2 : d1);
        if (rows[i].conf < 0.5) r->uncertain = 1;
    }
}

/* What writer w writes of x, as a string (caller frees). */
static char *capture(int (*w)(FILE *, const void *, struct err *), const void *x) {
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    struct err e = ERR_INIT;
    assert_int_equal(w(f, x, &e), 0);
    fclose(f);
    return p;
}

static int json_of(FILE *f, const void *a, struct err *e) { return report_write_json(f, a, e); }
static int jsonl_writer(FILE *f, const void *l, struct err *e) { return report_write_jsonl(f, l, e); }

/* ---- aggregate ---------------------------------------------------------- */

static void test_wilson(void **state) {
    (void)state;
    double lo, hi;
    agg_wilson(1, 2, &lo, &hi);
    assert_float_equal(lo, 0.09453, 1e-4);
    assert_float_equal(hi, 0.90547, 1e-4);
    agg_wilson(3, 5, &lo, &hi);
    assert_float_equal(lo, 0.23072, 1e-4);
    assert_float_equal(hi, 0.88238, 1e-4);
    agg_wilson(0, 4, &lo, &hi);
    assert_float_equal(lo, 0, 1e-12);
    assert_float_equal(hi, 0.48989, 1e-4);
    agg_wilson(10, 10, &lo, &hi);
    assert_float_equal(lo, 0.72247, 1e-4);
    assert_float_equal(hi, 1, 1e-12);
    agg_wilson(7, 100, &lo, &hi);
    assert_float_equal(lo, 0.03432, 1e-4);
    assert_float_equal(hi, 0.13750, 1e-4);
}

static void test_period_keys(void **state) {
    (void)state;
    char k[16];
    const struct {
        const char *date, *week;
    } weeks[] = {{"2021-01-03", "2020-W53"}, {"2021-01-04", "2021-W01"}, {"2024-12-30", "2025-W01"},
                 {"2020-12-31", "2020-W53"}, {"2022-01-01", "2021-W52"}, {"2026-12-06", "2026-W49"},
                 {"2022-02-11T09:30:00Z", "2022-W06"}};
    for (size_t i = 0; i < sizeof weeks / sizeof *weeks; i++) {
        assert_int_equal(agg_period_key(weeks[i].date, AGG_BY_WEEK, k), 0);
        assert_string_equal(k, weeks[i].week);
    }
    assert_int_equal(agg_period_key("2022-02-11", AGG_BY_DAY, k), 0);
    assert_string_equal(k, "2022-02-11");
    assert_int_equal(agg_period_key("2022-02-11", AGG_BY_MONTH, k), 0);
    assert_string_equal(k, "2022-02");
    assert_int_equal(agg_period_key("2022-02-11", AGG_BY_YEAR, k), 0);
    assert_string_equal(k, "2022");
    assert_int_equal(agg_period_key("2024-02-29", AGG_BY_DAY, k), 0);
    const char *bad[] = {"2022-02-30", "2023-02-29", "20220211", "2022-13-01", "Feb 11, 2022", "", "2022-02-1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) assert_int_equal(agg_period_key(bad[i], AGG_BY_DAY, k), -1);
    assert_int_equal(agg_period_key(NULL, AGG_BY_DAY, k), -1);
    assert_int_equal(agg_by_parse("week"), AGG_BY_WEEK);
    assert_int_equal(agg_by_parse("auto"), AGG_BY_AUTO);
    assert_int_equal(agg_by_parse("fortnight"), -1);
}

static void test_aggregate_counts(void **state) {
    (void)state;
    struct result_list l = {0};
    small_world(&l, 0);
    struct agg_report a;
    agg_build(&l, AGG_BY_AUTO, &a);
    assert_int_equal(a.statements, 7);
    assert_int_equal(a.documents, 2);
    assert_int_equal(a.left_out, 1);
    assert_int_equal(a.copies, 1);
    assert_int_equal(a.by, AGG_BY_DAY); /* 19 days of dates */
    assert_string_equal(a.first, "2022-02-11");
    assert_string_equal(a.last, "2022-03-02");
    assert_int_equal(a.nactors, 2);
    const struct agg_actor *lav = &a.actors[0], *kul = &a.actors[1];
    assert_string_equal(lav->who->name, "Sergei Lavrov"); /* most positions first */
    assert_int_equal(lav->total, 4);                       /* the reprint counted once */
    assert_int_equal(lav->positions, 3);
    assert_int_equal(lav->copies, 1);
    assert_int_equal(lav->count[LABEL_DEMAND], 2);
    assert_int_equal(lav->count[LABEL_CONCERN], 1);
    assert_int_equal(lav->count[LABEL_NONE], 1);
    double lo, hi;
    agg_wilson(2, 4, &lo, &hi);
    assert_float_equal(lav->low[LABEL_DEMAND], lo, 1e-12);
    assert_float_equal(lav->high[LABEL_DEMAND], hi, 1e-12);
    /* statements by label, the most confident first; the reprint's root is
     * the earlier one, and it lists its copy */
    assert_int_equal(lav->stmts[0].r->label, LABEL_DEMAND);
    assert_string_equal(lav->stmts[0].r->doc, "a");
    assert_int_equal(lav->stmts[0].ncopies, 1);
    assert_string_equal(lav->stmts[0].copies[0]->doc, "b");
    assert_float_equal(lav->stmts[1].confidence, 0.75, 1e-12);
    /* the timeline: by day, the reprint counted on its first day only */
    assert_int_equal(lav->ntimeline, 2);
    assert_string_equal(lav->timeline[0].key, "2022-02-11");
    assert_int_equal(lav->timeline[0].count[LABEL_DEMAND], 1);
    assert_int_equal(lav->timeline[0].count[LABEL_CONCERN], 1);
    assert_string_equal(lav->timeline[1].key, "2022-03-02");
    assert_int_equal(lav->timeline[1].count[LABEL_DEMAND], 1);
    /* Kuleba: the uncertain statement is left out, not counted as none */
    assert_int_equal(kul->total, 1);
    assert_int_equal(kul->count[LABEL_AGREEMENT], 1);
    assert_int_equal(kul->count[LABEL_NONE], 0);
    agg_free(&a);
    /* a month, a year */
    agg_build(&l, AGG_BY_MONTH, &a);
    assert_int_equal(a.actors[0].ntimeline, 2);
    assert_string_equal(a.actors[0].timeline[1].key, "2022-03");
    agg_free(&a);
    agg_build(&l, AGG_BY_YEAR, &a);
    assert_int_equal(a.actors[0].ntimeline, 1);
    assert_int_equal(a.actors[0].timeline[0].count[LABEL_DEMAND], 2);
    agg_free(&a);
    agg_build(&l, AGG_BY_NONE, &a);
    assert_int_equal(a.actors[0].ntimeline, 0);
    agg_free(&a);
    result_list_free(&l);
}

/* Short texts said again are not reprints; different labels never fold. */
static void test_aggregate_duplicates(void **state) {
    (void)state;
    struct result_list l = {0};
    add(&l, "a", 0, "X", LABEL_NONE, 0.9, "Thank you very much.", NULL);
    add(&l, "b", 0, "X", LABEL_NONE, 0.9, "Thank you very much.", NULL);
    add(&l, "a", 30, "X", LABEL_DEMAND, 0.9, "We call on all sides to stop the fighting now.", NULL);
    add(&l, "b", 30, "X", LABEL_CONCERN, 0.9, "We call on all sides to stop the fighting now.", NULL);
    add(&l, "c", 0, "X", LABEL_DEMAND, 0.9, "we CALL on all sides to stop the fighting, now", NULL);
    add(&l, "c", 50, "Y", LABEL_DEMAND, 0.9, "We call on all sides to stop the fighting now.", NULL);
    struct agg_report a;
    agg_build(&l, AGG_BY_AUTO, &a);
    assert_int_equal(a.by, AGG_BY_NONE);
    assert_int_equal(a.copies, 1); /* c:0 folds into a:30; Y's is its own */
    assert_int_equal(a.actors[0].total, 4); /* X's five, one a copy */
    assert_int_equal(a.actors[0].count[LABEL_NONE], 2);
    assert_int_equal(a.actors[0].count[LABEL_DEMAND], 1);
    assert_int_equal(a.actors[0].count[LABEL_CONCERN], 1);
    agg_free(&a);
    result_list_free(&l);
}

/* Three reprints of one text count once with two copies; an actor named
 * twice in one statement counts it once. */
static void test_aggregate_reprints_and_twice(void **state) {
    (void)state;
    struct result_list l = {0};
    const char *text = "Russia demands that NATO withdraw its forces from Eastern Europe.";
    add(&l, "c", 0, "X", LABEL_DEMAND, 0.9, text, NULL);
    add(&l, "a", 0, "X", LABEL_DEMAND, 0.8, text, NULL);
    add(&l, "b", 0, "X", LABEL_DEMAND, 0.7, text, NULL);
    struct result *r = add(&l, "d", 0, "Y", LABEL_CONCERN, 0.9, "We are worried.", NULL);
    r->actors = xreallocarray(r->actors, 2, sizeof *r->actors);
    r->actors[1] = (struct result_actor){xstrdup("Y"), NULL, NULL, NULL};
    r->nactors = 2;
    struct agg_report a;
    agg_build(&l, AGG_BY_AUTO, &a);
    assert_int_equal(a.nactors, 2);
    const struct agg_actor *x = strcmp(a.actors[0].who->name, "X") == 0 ? &a.actors[0] : &a.actors[1];
    const struct agg_actor *y = x == &a.actors[0] ? &a.actors[1] : &a.actors[0];
    assert_int_equal(x->total, 1);
    assert_int_equal(x->copies, 2);
    assert_string_equal(x->stmts[0].r->doc, "a"); /* the first in canonical order */
    assert_int_equal(x->stmts[0].ncopies, 2);
    assert_string_equal(x->stmts[0].copies[0]->doc, "b");
    assert_string_equal(x->stmts[0].copies[1]->doc, "c");
    assert_int_equal(y->total, 1);
    agg_free(&a);
    result_list_free(&l);
}

/* The report depends on the set of statements, not their order. */
static void test_aggregate_order_free(void **state) {
    (void)state;
    struct result_list l1 = {0}, l2 = {0};
    small_world(&l1, 0);
    small_world(&l2, 1);
    struct agg_report a1, a2;
    agg_build(&l1, AGG_BY_AUTO, &a1);
    agg_build(&l2, AGG_BY_AUTO, &a2);
    char *j1 = capture(json_of, &a1), *j2 = capture(json_of, &a2);
    assert_string_equal(j1, j2);
    assert_non_null(strstr(j1, "\"schema\": \"parley-report\""));
    assert_non_null(strstr(j1, "\"REQUEST\""));
    assert_non_null(strstr(j1, "\"ACCUSE\""));
    free(j1), free(j2);
    agg_free(&a1), agg_free(&a2);
    result_list_free(&l1), result_list_free(&l2);
}

/* ---- escaping ------------------------------------------------------------ */

static char *esc_mem(void (*esc)(FILE *, const char *), const char *s) {
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    esc(f, s);
    fclose(f);
    return p;
}

static const char hostile[] = "a\tb\nc\r\\t \"q\" 'x' <script>alert(1)</script> & \x01\x1b[31m \xc2\x85 | *_#";

static void test_escape_tsv_round_trip(void **state) {
    (void)state;
    char *s = esc_mem(esc_tsv, hostile);
    assert_null(strchr(s, '\t'));
    assert_null(strchr(s, '\n'));
    assert_null(strchr(s, '\r'));
    esc_tsv_undo(s);
    assert_string_equal(s, hostile);
    free(s);
    s = esc_mem(esc_tsv, "C:\\new\\table");
    assert_string_equal(s, "C:\\\\new\\\\table");
    esc_tsv_undo(s);
    assert_string_equal(s, "C:\\new\\table");
    free(s);
}

static void test_escape_csv(void **state) {
    (void)state;
    const struct {
        const char *in, *out;
    } c[] = {{"plain", "plain"},
             {"a,b", "\"a,b\""},
             {"say \"no\"", "\"say \"\"no\"\"\""},
             {"two\nlines", "\"two\nlines\""},
             {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""},
             {"+1", "\"'+1\""},
             {"-2", "\"'-2\""},
             {"@SUM(A1)", "\"'@SUM(A1)\""},
             {" pad", "\" pad\""},
             {"", ""}};
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        char *s = esc_mem(esc_csv, c[i].in);
        assert_string_equal(s, c[i].out);
        free(s);
    }
}

static void test_escape_text_md_html(void **state) {
    (void)state;
    char *s = esc_mem(esc_text, hostile);
    for (const char *p = s; *p; p++) assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
    assert_null(strstr(s, "\xc2\x85")); /* C1 NEXT LINE */
    free(s);
    s = esc_mem(esc_md, "a*b_c|d [x](y) <b>");
    assert_string_equal(s, "a\\*b\\_c\\|d \\[x\\](y) \\<b\\>");
    free(s);
    s = esc_mem(esc_md, "---");
    assert_string_equal(s, "\\---");
    free(s);
    s = esc_mem(esc_md, "12. Minister");
    assert_string_equal(s, "12\\. Minister");
    free(s);
    /* bidirectional controls and U+2028 become spaces */
    s = esc_mem(esc_text, "a\xe2\x80\xae" "b\xe2\x81\xa6" "c\xe2\x80\xa8" "d\xe2\x80\x8f" "e");
    assert_string_equal(s, "a b c d e");
    free(s);
    s = esc_mem(esc_html, hostile);
    assert_null(strchr(s, '<'));
    assert_null(strchr(s, '"'));
    assert_null(strchr(s, '\''));
    assert_non_null(strstr(s, "&lt;script&gt;"));
    assert_non_null(strstr(s, "&amp;"));
    for (const char *p = s; *p; p++) assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
    free(s);
}

/* ---- JSONL round trip ------------------------------------------------------ */

static char *jsonl_of(const struct result_list *l) { return capture(jsonl_writer, l); }

static void test_jsonl_round_trip(void **state) {
    (void)state;
    struct result_list l = {0};
    small_world(&l, 0);
    struct result_doc *d = result_list_doc(&l);
    d->title = xstrdup(hostile);
    d->url = xstrdup("https://example.org/a?b=1&c=2");
    d->nextra = 1;
    d->extra = xcalloc(1, sizeof *d->extra);
    d->extra[0] = (struct meta_field){xstrdup("section"), xstrdup("World\tNews")};
    struct result *r = add(&l, "c\td", -1, "Anne \"A\" B", LABEL_CONCERN, 0.66, hostile, d);
    r->id = xstrdup("s1");
    r->mention = "name";
    r->cue = xstrdup("said");
    r->ntargets = 2;
    r->targets = xcalloc(2, sizeof *r->targets);
    r->targets[0] = xstrdup("NATO");
    r->targets[1] = xstrdup("the parties");
    char *first = jsonl_of(&l);
    FILE *in = fmemopen(first, strlen(first), "r");
    struct result_list back = {0};
    struct err e = ERR_INIT;
    assert_int_equal(report_read_jsonl(in, "mem", &back, &e), 0);
    fclose(in);
    assert_int_equal(back.n, l.n);
    assert_string_equal(back.v[7].meta->extra[0].value, "World\tNews");
    assert_string_equal(back.v[7].targets[1], "the parties");
    assert_true(back.v[6].uncertain);
    char *second = jsonl_of(&back);
    assert_string_equal(first, second);
    free(first), free(second);
    result_list_free(&back);
    result_list_free(&l);
}

static void expect_read_error(const char *text, const char *msg) {
    FILE *in = fmemopen((void *)text, strlen(text), "r");
    struct result_list back = {0};
    struct err e = ERR_INIT;
    assert_int_equal(report_read_jsonl(in, "s.jsonl", &back, &e), -1);
    fclose(in);
    if (!strstr(e.msg, msg)) fail_msg("message '%s' lacks '%s'", e.msg, msg);
    assert_int_equal(back.n, 0); /* nothing of a bad file is kept */
    err_clear(&e);
    result_list_free(&back);
}

static void test_jsonl_read_errors(void **state) {
    (void)state;
    const char *good = "{\"schema\":1,\"doc\":\"a\",\"actors\":[{\"name\":\"X\"}],\"label\":\"none\","
                       "\"confidence\":0.9,\"scores\":{\"demand\":0.1,\"none\":0.9},\"how\":\"given\","
                       "\"text\":\"t\"}\n";
    char two[1024];
    snprintf(two, sizeof two, "%s{\"schema\":2}\n", good);
    expect_read_error(two, "s.jsonl:2: not a statement written by classify -f jsonl");
    snprintf(two, sizeof two, "%s{\"schema\":1,\"doc\":\"a\",\"actors\":[{\"name\":\"X\"}],\"label\":\"none\","
                              "\"confidence\":0.9,\"scores\":{\"threat\":0.1,\"none\":0.9},\"how\":\"given\","
                              "\"text\":\"t\"}\n", good);
    expect_read_error(two, "s.jsonl:2: the scores name other labels");
    expect_read_error("not json\n", "s.jsonl:1: not JSON");
    snprintf(two, sizeof two, "%s{\"schema\":1,\"doc\":\"a\",\"label\":\"none\"}\n", good);
    expect_read_error(two, "s.jsonl:2: missing key text");
    snprintf(two, sizeof two, "%s{\"schema\":1,\"doc\":\"a\",\"text\":\"t\",\"actors\":[],\"label\":\"none\"}\n", good);
    expect_read_error(two, "s.jsonl:2: expected a non-empty array for actors");
    /* a custom label set is read as the first line names it */
    FILE *in = fmemopen((void *)good, strlen(good), "r");
    struct result_list back = {0};
    struct err e = ERR_INIT;
    assert_int_equal(report_read_jsonl(in, "s.jsonl", &back, &e), 0);
    fclose(in);
    assert_int_equal(back.labels->n, 2);
    assert_string_equal(back.labels->name[0], "demand");
    assert_int_equal(back.v[0].label, 1);
    result_list_free(&back);
}

/* Re-thresholding read-back statements: below P a label becomes none, and
 * an uncertain one above P gets its likeliest label back. */
static void test_rethreshold(void **state) {
    (void)state;
    struct result_list l = {0};
    struct result *a = add(&l, "a", 0, "X", LABEL_DEMAND, 0.45, "We demand it now, all of it.", NULL);
    struct result *b = add(&l, "a", 40, "X", LABEL_NONE, 0.2, "Something or other was said.", NULL);
    b->uncertain = 1;
    b->scores[LABEL_CONCERN] = 0.4;
    b->scores[LABEL_NONE] = 0.2;
    classify_rethreshold(&l, 0.5);
    assert_true(a->uncertain);
    assert_int_equal(a->label, LABEL_NONE);
    assert_true(b->uncertain);
    classify_rethreshold(&l, 0.3);
    assert_false(a->uncertain);
    assert_int_equal(a->label, LABEL_DEMAND);
    assert_float_equal(a->confidence, 0.45, 1e-12);
    assert_false(b->uncertain);
    assert_int_equal(b->label, LABEL_CONCERN);
    result_list_free(&l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wilson),
        cmocka_unit_test(test_period_keys),
        cmocka_unit_test(test_aggregate_counts),
        cmocka_unit_test(test_aggregate_duplicates),
        cmocka_unit_test(test_aggregate_reprints_and_twice),
        cmocka_unit_test(test_aggregate_order_free),
        cmocka_unit_test(test_escape_tsv_round_trip),
        cmocka_unit_test(test_escape_csv),
        cmocka_unit_test(test_escape_text_md_html),
        cmocka_unit_test(test_jsonl_round_trip),
        cmocka_unit_test(test_jsonl_read_errors),
        cmocka_unit_test(test_rethreshold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
