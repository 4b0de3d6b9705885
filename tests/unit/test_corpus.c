/* test_corpus.c -- unit tests of the statement, corpus and article readers (lib/corpus.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lib/checksum.h"
#include "../../lib/corpus.h"
#include "../../lib/corpus_int.h"
#include "../../lib/err.h"
#include "../../lib/label.h"

static FILE *mem(const char *s, size_t len) {
    FILE *f = fmemopen((char *)s, len, "r");
    assert_non_null(f);
    return f;
}

/* Reads s as statements; returns corpus_read's status. */
static int read_str(const char *s, const char *name, enum corpus_format fmt, int need_label,
                    struct stmt_list *out, struct err *e) {
    FILE *f = mem(s, strlen(s));
    int rc = corpus_read(f, name, fmt, need_label, out, e);
    fclose(f);
    return rc;
}

/* Reading s must fail with ERR_DATA and exactly msg, and add nothing. */
static void check_error_n(const char *s, size_t len, const char *name, enum corpus_format fmt,
                          int need_label, const char *msg) {
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    FILE *f = mem(s, len);
    int rc = corpus_read(f, name, fmt, need_label, &l, &e);
    fclose(f);
    assert_int_equal(rc, -1);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
    stmt_list_free(&l);
}

static void check_error(const char *s, const char *name, int need_label, const char *msg) {
    check_error_n(s, strlen(s), name, CORPUS_AUTO, need_label, msg);
}

/* A scheme of one's own: an open set takes labels in order of first
 * appearance, settling sorts them ("none" last) and remaps every statement;
 * a closed custom set names itself in the error; the default labels and
 * another scheme never mix; classify's reader ignores labels. */
static void test_label_sets(void **state) {
    (void)state;
    const char *s = "label\ttext\nthreat\tWe will strike.\nnone\tThe talks ended.\n"
                    "denial\tWe never fired.\nthreat\tThey will pay.\n";
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    l.labels_open = 1;
    assert_int_equal(read_str(s, "t.tsv", CORPUS_AUTO, 1, &l, &e), 0);
    assert_int_equal(l.labels.n, 3);
    assert_string_equal(l.labels.name[0], "threat");
    corpus_settle_labels(&l);
    assert_int_equal(l.labels_open, 0);
    assert_string_equal(labels_name(&l.labels, 0), "denial");
    assert_string_equal(labels_name(&l.labels, 1), "threat");
    assert_string_equal(labels_name(&l.labels, 2), "none");
    assert_int_equal(labels_none(&l.labels), 2);
    static const int want[] = {1, 2, 0, 1};
    for (size_t i = 0; i < 4; i++) assert_int_equal(l.v[i].label, want[i]);
    stmt_list_free(&l);
    /* default labels only: the default set, in the default order */
    l = (struct stmt_list){0};
    l.labels_open = 1;
    assert_int_equal(read_str("label\ttext\nnone\tA.\ndemand\tB.\n", "d.tsv", CORPUS_AUTO, 1, &l, &e), 0);
    corpus_settle_labels(&l);
    assert_true(labels_is_default(&l.labels));
    assert_int_equal(l.v[0].label, LABEL_NONE);
    assert_int_equal(l.v[1].label, LABEL_DEMAND);
    stmt_list_free(&l);
    /* a closed custom set names its labels */
    l = (struct stmt_list){0};
    const char *why;
    assert_int_equal(labels_parse_list(&l.labels, "threat,none", ',', &why), 0);
    assert_int_equal(read_str(s, "t.tsv", CORPUS_AUTO, 1, &l, &e), -1);
    assert_string_equal(e.msg, "t.tsv:4: unknown label 'denial' (expected threat or none)");
    err_clear(&e);
    stmt_list_free(&l);
    /* mixing, either way round */
    l = (struct stmt_list){0};
    l.labels_open = 1;
    assert_int_equal(read_str("label\ttext\ndemand\tA.\ndemands\tB.\n", "m.tsv", CORPUS_AUTO, 1, &l, &e), -1);
    assert_non_null(strstr(e.msg, "m.tsv:3: unknown label 'demands' (expected demand, concern"));
    err_clear(&e);
    stmt_list_free(&l);
    l = (struct stmt_list){0};
    l.labels_open = 1;
    assert_int_equal(read_str("label\ttext\nthreat\tA.\nnone\tB.\nconcern\tC.\n", "m.tsv", CORPUS_AUTO, 1, &l, &e), -1);
    assert_string_equal(e.msg, "m.tsv:4: label 'concern' mixes the default labels into a scheme of one's own");
    err_clear(&e);
    stmt_list_free(&l);
    /* an invalid name, and ignored labels */
    l = (struct stmt_list){0};
    l.labels_open = 1;
    assert_int_equal(read_str("label\ttext\nThreat\tA.\n", "i.tsv", CORPUS_AUTO, 1, &l, &e), -1);
    assert_non_null(strstr(e.msg, "i.tsv:2: invalid label 'Threat'"));
    err_clear(&e);
    stmt_list_free(&l);
    l = (struct stmt_list){0};
    assert_int_equal(read_str(s, "t.tsv", CORPUS_AUTO, CORPUS_LABELS_IGNORED, &l, &e), 0);
    assert_int_equal(l.v[0].label, -1);
    stmt_list_free(&l);
}

static void test_tsv_columns_any_order(void **state) {
    (void)state;
    const char *s = "label\tnotes\ttext\tid\tactor\tsource\n"
                    "demand\tx\tWe demand a ceasefire.\ts1\tUkraine\tdoc:0-22\n"
                    "none\t\tThe talks ended.\t\t\t\n";
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    assert_int_equal(read_str(s, "c.tsv", CORPUS_AUTO, 1, &l, &e), 0);
    assert_int_equal(e.kind, ERR_NONE);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.v[0].text, "We demand a ceasefire.");
    assert_int_equal(l.v[0].label, LABEL_DEMAND);
    assert_string_equal(l.v[0].id, "s1");
    assert_string_equal(l.v[0].actor, "Ukraine");
    assert_string_equal(l.v[0].source, "doc:0-22");
    assert_int_equal(l.v[0].line, 2);
    /* empty optional fields are NULL */
    assert_string_equal(l.v[1].text, "The talks ended.");
    assert_int_equal(l.v[1].label, LABEL_NONE);
    assert_null(l.v[1].id);
    assert_null(l.v[1].actor);
    assert_null(l.v[1].source);
    assert_int_equal(l.v[1].line, 3);
    /* the checksum covers every byte read */
    assert_true(l.checksum == checksum_update(CHECKSUM_INIT, s, strlen(s)));
    stmt_list_free(&l);
    assert_null(l.v);
    assert_int_equal(l.n, 0);
}

static void test_tsv_crlf_and_append(void **state) {
    (void)state;
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    assert_int_equal(read_str("text\tlabel\r\nWe agree.\tagreement\r\n", "a.tsv", CORPUS_TSV, 1,
                              &l, &e), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.v[0].text, "We agree.");
    assert_int_equal(l.v[0].label, LABEL_AGREEMENT);
    uint64_t first = l.checksum;
    /* a second file appends, and the checksum goes on over its bytes */
    const char *more = "text\nWe are worried.\n";
    assert_int_equal(read_str(more, "b.tsv", CORPUS_TSV, 0, &l, &e), 0);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.v[1].text, "We are worried.");
    assert_int_equal(l.v[1].label, -1); /* no label column */
    assert_true(l.checksum == checksum_update(first, more, strlen(more)));
    stmt_list_free(&l);
}

static void test_jsonl(void **state) {
    (void)state;
    const char *s = "{\"text\": \"We demand it.\", \"label\": \"demand\", \"id\": \"a1\", "
                    "\"actor\": \"Russia\", \"other\": [1, 2]}\n"
                    "{\"label\": \"concession\", \"text\": \"We will give way \\u00e9.\", "
                    "\"source\": null}\n";
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    /* by name */
    assert_int_equal(read_str(s, "c.jsonl", CORPUS_AUTO, 1, &l, &e), 0);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.v[0].text, "We demand it.");
    assert_int_equal(l.v[0].label, LABEL_DEMAND);
    assert_string_equal(l.v[0].id, "a1");
    assert_string_equal(l.v[0].actor, "Russia");
    assert_null(l.v[0].source);
    assert_string_equal(l.v[1].text, "We will give way \xc3\xa9.");
    assert_int_equal(l.v[1].label, LABEL_CONCESSION);
    assert_int_equal(l.v[1].line, 2);
    assert_null(l.v[1].id);
    stmt_list_free(&l);
    /* by the first byte, whatever the name */
    assert_int_equal(read_str(s, "stdin", CORPUS_AUTO, 1, &l, &e), 0);
    assert_int_equal(l.n, 2);
    stmt_list_free(&l);
}

static void test_tsv_errors(void **state) {
    (void)state;
    check_error("", "c.tsv", 1, "c.tsv: empty file");
    check_error("id\tlabel\nx\tnone\n", "c.tsv", 1, "c.tsv:1: missing column 'text' in the header");
    check_error("id\ttext\nx\thello\n", "c.tsv", 1,
                "c.tsv:1: missing column 'label' in the header");
    check_error("text\tlabel\ttext\n", "c.tsv", 1,
                "c.tsv:1: column 'text' appears twice in the header");
    check_error("text\tlabel\nfine\tnone\nbad\tdemands\n", "c.tsv", 1,
                "c.tsv:3: unknown label 'demands' (expected demand, concern, concession, "
                "agreement or none)");
    check_error("text\tlabel\nfine\tNone\n", "c.tsv", 1,
                "c.tsv:2: unknown label 'None' (expected demand, concern, concession, "
                "agreement or none)");
    check_error("text\tlabel\nhello\n", "c.tsv", 1,
                "c.tsv:2: expected 2 tab-separated fields as in the header, found 1");
    check_error("text\tlabel\nhello\tnone\textra\n", "c.tsv", 1,
                "c.tsv:2: expected 2 tab-separated fields as in the header, found 3");
    check_error("text\tlabel\nab\xff" "cd\tnone\n", "c.tsv", 1,
                "c.tsv:2: invalid UTF-8 at byte 3 of the line");
    check_error("text\tlabel\nok\tnone\n\xc3\xa9\xed\xa0\x80\tnone\n", "c.tsv", 1,
                "c.tsv:3: invalid UTF-8 at byte 3 of the line"); /* a surrogate */
    check_error("text\tlabel\nfine\tnone\n\nmore\tnone\n", "c.tsv", 1, "c.tsv:3: empty line");
    check_error("text\tlabel\n \tnone\n", "c.tsv", 1, "c.tsv:2: empty text");
    check_error("text\tlabel\n", "c.tsv", 1, "c.tsv: no statements after the header");
    /* a NUL byte inside a line is invalid too */
    check_error_n("text\nab\0cd\n", 11, "c.tsv", CORPUS_TSV, 0,
                  "c.tsv:2: invalid UTF-8 at byte 3 of the line");
}

static void test_too_long_line(void **state) {
    (void)state;
    /* "text\n", then a line of len 'a's */
    size_t max = CORPUS_MAX_LINE;
    char *s = malloc(5 + max + 2);
    memcpy(s, "text\n", 5);
    memset(s + 5, 'a', max + 1);

    /* exactly the limit is accepted (the newline does not count) */
    s[5 + max] = '\n';
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    FILE *f = mem(s, 5 + max + 1);
    assert_int_equal(corpus_read(f, "big.tsv", CORPUS_TSV, 0, &l, &e), 0);
    fclose(f);
    assert_int_equal(l.n, 1);
    assert_int_equal(strlen(l.v[0].text), max);
    stmt_list_free(&l);

    /* one byte more is an error, not a truncation */
    s[5 + max] = 'a';
    s[5 + max + 1] = '\n';
    char msg[128];
    snprintf(msg, sizeof msg, "big.tsv:2: line too long (over %zu bytes)", max);
    check_error_n(s, 5 + max + 2, "big.tsv", CORPUS_TSV, 0, msg);
    free(s);
}

/* Reading s must fail with ERR_DATA and a message starting with prefix. */
static void check_error_prefix(const char *s, const char *name, const char *prefix) {
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    assert_int_equal(read_str(s, name, CORPUS_AUTO, 1, &l, &e), -1);
    assert_int_equal(e.kind, ERR_DATA);
    if (strncmp(e.msg, prefix, strlen(prefix)) != 0)
        fail_msg("'%s' does not start with '%s'", e.msg, prefix);
    assert_true(strlen(e.msg) > strlen(prefix));
    err_clear(&e);
    stmt_list_free(&l);
}

static void test_jsonl_errors(void **state) {
    (void)state;
    const char *ok = "{\"text\": \"a\", \"label\": \"none\"}\n";
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    /* the column is jansson's, the text after it its own wording */
    check_error_prefix("{\"text\": \"a\", \"label\": \"none\"}\n{\"text\": \"b\",\n", "c.jsonl",
                       "c.jsonl:2: invalid JSON at column ");
    check_error_prefix("{\"text\": \"a\", \"text\": \"b\", \"label\": \"none\"}\n", "c.jsonl",
                       "c.jsonl:1: invalid JSON at column ");
    check_error("[1, 2]\n", "c.jsonl", 1, "c.jsonl:1: expected a JSON object");
    check_error("{\"label\": \"none\"}\n", "c.jsonl", 1, "c.jsonl:1: missing key 'text'");
    check_error("{\"text\": \"a\"}\n", "c.jsonl", 1, "c.jsonl:1: missing key 'label'");
    check_error("{\"text\": 5, \"label\": \"none\"}\n", "c.jsonl", 1,
                "c.jsonl:1: 'text' must be a string");
    check_error("{\"text\": \"a\", \"label\": \"none\", \"id\": 7}\n", "c.jsonl", 1,
                "c.jsonl:1: 'id' must be a string");
    check_error("{\"text\": \"a\\u0000b\", \"label\": \"none\"}\n", "c.jsonl", 1,
                "c.jsonl:1: 'text' contains a NUL character");
    check_error("{\"text\": \" \", \"label\": \"none\"}\n", "c.jsonl", 1,
                "c.jsonl:1: empty text");
    check_error("{\"text\": \"a\", \"label\": \"demands\"}\n", "c.jsonl", 1,
                "c.jsonl:1: unknown label 'demands' (expected demand, concern, concession, "
                "agreement or none)");
    check_error("{\"text\": \"a\", \"label\": \"none\"}\n\n", "c.jsonl", 1,
                "c.jsonl:2: empty line");
    check_error("{\"text\": \"\xff\", \"label\": \"none\"}\n", "c.jsonl", 1,
                "c.jsonl:1: invalid UTF-8 at byte 11 of the line");
    check_error("", "c.jsonl", 1, "c.jsonl: no statements");
    /* the lines before the bad ones are fine on their own */
    assert_int_equal(read_str(ok, "c.jsonl", CORPUS_AUTO, 1, &l, &e), 0);
    assert_int_equal(l.n, 1);
    stmt_list_free(&l);
}

static void test_label_optional_without_need(void **state) {
    (void)state;
    struct stmt_list l = {0};
    struct err e = ERR_INIT;
    assert_int_equal(read_str("{\"text\": \"Hello.\"}\n", "s.jsonl", CORPUS_AUTO, 0, &l, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.v[0].label, -1);
    stmt_list_free(&l);
    /* but a label that is given must be valid */
    check_error("{\"text\": \"Hello.\", \"label\": \"maybe\"}\n", "s.jsonl", 0,
                "s.jsonl:1: unknown label 'maybe' (expected demand, concern, concession, "
                "agreement or none)");
}

/* Reads s as plain text with pieces of at most piece bytes; checks that
 * the pieces, put back at their bases, are s, and returns how many. */
static size_t pieces(const char *s, size_t piece, struct article_list *l) {
    struct err e = ERR_INIT;
    FILE *f = mem(s, strlen(s));
    struct corpus_reader *r = corpus_articles_open(f, "long.txt", CORPUS_TEXT, &e);
    assert_non_null(r);
    r->piece_max = piece;
    long got;
    while ((got = corpus_articles_next(r, 1, l, &e)) > 0) {}
    assert_int_equal(got, 0);
    corpus_reader_free(r);
    fclose(f);
    size_t at = 0;
    for (size_t i = 0; i < l->n; i++) {
        assert_string_equal(l->v[i].id, "long.txt");
        assert_int_equal(l->v[i].base, at);
        assert_memory_equal(l->v[i].text, s + at, l->v[i].len);
        at += l->v[i].len;
    }
    assert_int_equal(at, strlen(s));
    return l->n;
}

/* A long plain-text file comes in pieces cut at paragraph breaks (else
 * line breaks, else between characters), each with its offset. */
static void test_articles_long_text_in_pieces(void **state) {
    (void)state;
    struct article_list l = {0};
    assert_int_equal(pieces("One para.\n\nTwo para here.\n\nThree.\n", 20, &l), 3);
    assert_string_equal(l.v[1].text, "Two para here.\n\n");
    article_list_free(&l);
    /* no paragraph break: at line breaks */
    assert_int_equal(pieces("Line one is here.\nLine two is here.\n", 20, &l), 2);
    assert_string_equal(l.v[0].text, "Line one is here.\n");
    article_list_free(&l);
    /* no break at all: between characters, never inside one (\xc3\xa9) */
    assert_int_equal(pieces("abcdefgh\xc3\xa9ijkl", 9, &l), 2);
    assert_string_equal(l.v[0].text, "abcdefgh");
    article_list_free(&l);
    /* a short file is one article, whatever its breaks */
    assert_int_equal(pieces("A.\n\nB.\n", 1000, &l), 1);
    article_list_free(&l);
}

static void test_articles_plain_text(void **state) {
    (void)state;
    const char *s = "Shoigu met Wallace.\n\nThe talks ended.\n";
    struct article_list l = {0};
    struct err e = ERR_INIT;
    FILE *f = mem(s, strlen(s));
    assert_int_equal(corpus_read_articles(f, "news.txt", CORPUS_AUTO, &l, &e), 0);
    fclose(f);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.v[0].id, "news.txt");
    assert_string_equal(l.v[0].text, s);
    assert_int_equal(l.v[0].len, strlen(s));
    assert_null(l.v[0].date);
    assert_null(l.v[0].title);
    article_list_free(&l);

    /* errors: empty, blank, invalid UTF-8 (with its line), TSV */
    f = mem("", 0);
    assert_int_equal(corpus_read_articles(f, "a.txt", CORPUS_TEXT, &l, &e), -1);
    fclose(f);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, "a.txt: empty file");
    f = mem("  \t ", 4);
    assert_int_equal(corpus_read_articles(f, "a.txt", CORPUS_TEXT, &l, &e), -1);
    fclose(f);
    assert_string_equal(e.msg, "a.txt: empty file");
    f = mem("Line one.\nLine \xc3\x28two.\n", 21);
    assert_int_equal(corpus_read_articles(f, "a.txt", CORPUS_TEXT, &l, &e), -1);
    fclose(f);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, "a.txt:2: invalid UTF-8 (or a NUL byte)");
    f = mem("x", 1);
    assert_int_equal(corpus_read_articles(f, "a.tsv", CORPUS_TSV, &l, &e), -1);
    fclose(f);
    assert_int_equal(e.kind, ERR_USAGE);
    assert_string_equal(e.msg, "a.tsv: articles cannot be TSV");
    assert_int_equal(l.n, 0);
    err_clear(&e);
}

static void test_articles_jsonl(void **state) {
    (void)state;
    const char *s = "{\"id\": \"x1\", \"date\": \"2022-02-11\", \"title\": \"Talks\", "
                    "\"text\": \"Shoigu met Wallace.\"}\n"
                    "{\"text\": \"Second \\u201cone\\u201d.\"}\n";
    struct article_list l = {0};
    struct err e = ERR_INIT;
    FILE *f = mem(s, strlen(s));
    assert_int_equal(corpus_read_articles(f, "feed.jsonl", CORPUS_AUTO, &l, &e), 0);
    fclose(f);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.v[0].id, "x1");
    assert_string_equal(l.v[0].date, "2022-02-11");
    assert_string_equal(l.v[0].title, "Talks");
    assert_string_equal(l.v[0].text, "Shoigu met Wallace.");
    assert_int_equal(l.v[0].len, 19);
    /* without an id: name:line */
    assert_string_equal(l.v[1].id, "feed.jsonl:2");
    assert_string_equal(l.v[1].text, "Second \xe2\x80\x9c" "one\xe2\x80\x9d.");
    assert_int_equal(l.v[1].len, strlen(l.v[1].text));
    assert_null(l.v[1].date);
    article_list_free(&l);

    f = mem("{\"title\": \"x\"}\n", 15);
    assert_int_equal(corpus_read_articles(f, "feed.jsonl", CORPUS_AUTO, &l, &e), -1);
    fclose(f);
    assert_string_equal(e.msg, "feed.jsonl:1: missing key 'text'");
    f = mem("{\"text\": 3}\n", 12);
    assert_int_equal(corpus_read_articles(f, "feed", CORPUS_AUTO, &l, &e), -1);
    fclose(f);
    assert_string_equal(e.msg, "feed:1: 'text' must be a string");
    assert_int_equal(l.n, 0);
    err_clear(&e);
}

/* corpus_looks_like_statements on s, with the stream position restored. */
static int looks(const char *s, const char *name) {
    FILE *f = mem(s, strlen(s));
    int r = corpus_looks_like_statements(f, name);
    assert_int_equal(ftell(f), 0);
    assert_int_equal(getc(f), (unsigned char)s[0]);
    fclose(f);
    return r;
}

static void test_looks_like_statements(void **state) {
    (void)state;
    assert_int_equal(looks("Anything at all.\n", "x.tsv"), 1); /* by name */
    assert_int_equal(looks("id\ttext\tlabel\n", "x.txt"), 0);
    assert_int_equal(looks("id\ttext\tlabel\n", "input"), 1);
    assert_int_equal(looks("text\tlabel\r\nA.\tnone\r\n", "input"), 1);
    assert_int_equal(looks("label\ttext\n", "input"), 1); /* text last */
    assert_int_equal(looks("context\tlabel\n", "input"), 0);
    assert_int_equal(looks("text\n", "input"), 0); /* no tab: an article saying "text" */
    assert_int_equal(looks("The talks ended.\nThen they left.\n", "input"), 0);
    assert_int_equal(looks("{\"text\": \"We agree.\", \"label\": \"agreement\"}\n", "x.jsonl"), 1);
    assert_int_equal(looks("{\"text\": \"News.\", \"title\": \"T\"}\n", "x.jsonl"), 0);
    assert_int_equal(looks("{\"text\": \"News.\", \"date\": \"2022-01-01\"}\n", "x.jsonl"), 0);
    assert_int_equal(looks("{\"id\": \"no text\"}\n", "x.jsonl"), 0);
    assert_int_equal(looks("{not json\n", "x.jsonl"), 0);

    /* a stream that cannot be rewound is taken for articles, unread */
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    assert_int_equal(write(fd[1], "id\ttext\n", 8), 8);
    close(fd[1]);
    FILE *f = fdopen(fd[0], "r");
    assert_non_null(f);
    assert_int_equal(corpus_looks_like_statements(f, "-"), 0);
    assert_int_equal(getc(f), 'i');
    fclose(f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_sets),
        cmocka_unit_test(test_tsv_columns_any_order),
        cmocka_unit_test(test_tsv_crlf_and_append),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_tsv_errors),
        cmocka_unit_test(test_too_long_line),
        cmocka_unit_test(test_jsonl_errors),
        cmocka_unit_test(test_label_optional_without_need),
        cmocka_unit_test(test_articles_plain_text),
        cmocka_unit_test(test_articles_long_text_in_pieces),
        cmocka_unit_test(test_articles_jsonl),
        cmocka_unit_test(test_looks_like_statements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
