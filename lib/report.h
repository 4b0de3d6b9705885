/* report.h -- the output formats.
 *
 * Statement per row, for pipelines: JSONL (the map output, read back by
 * report_read_jsonl), TSV and CSV. Per actor, for people and for machines:
 * the terminal report, Markdown, HTML and JSON, all written from one
 * aggregate (aggregate.h) so that they never disagree.
 *
 * Writers print to a stream the caller opened (the library never chooses
 * where output goes); they return 0, or -1 with e set when writing failed.
 * Every text field goes through escape.h. */
#ifndef PARLEY_REPORT_H
#define PARLEY_REPORT_H
#include <stdio.h>

struct agg_report;
struct agg_actor;
struct agg_stmt;
struct result;
struct result_list;
struct err;

/* JSONL, one object per statement, keys in this order: schema, doc, id
 * (when given), date, title, url (when the article had them), meta (the
 * article's other string fields, when any), start and end (byte offsets,
 * articles only), actor ("A; B"), actors (objects with name, role,
 * affiliation, code), label, confidence, scores (per label), how, mention
 * (when known), cue, uncertain (true: the model's label fell below the
 * minimum confidence and none is reported), targets (when found), explain
 * (with --explain: [{term, weight}]), text. Numbers have 4 significant
 * digits. */
int report_write_jsonl(FILE *f, const struct result_list *r, struct err *e);

/* Reads JSONL written by report_write_jsonl (any number of files, in any
 * order, appended to rl; an empty one adds nothing) so that any report
 * can be built from the map output: the labels are the first object's score keys (the default set
 * when those are its five names), and every later object must have the
 * same. name is used in messages ("NAME:LINE: ..."). */
int report_read_jsonl(FILE *f, const char *name, struct result_list *rl, struct err *e);

/* TSV with a header: doc id date title url start end actor label
 * confidence uncertain how targets text (and explain with --explain).
 * Fields are escaped reversibly (escape.h: \\ \t \n \r). */
int report_write_tsv(FILE *f, const struct result_list *r, struct err *e);

/* The same table as RFC 4180 CSV (CRLF line ends, quoted fields, formula
 * guard: escape.h). */
int report_write_csv(FILE *f, const struct result_list *r, struct err *e);

/* One piece of a long output in a per-statement format: the header row
 * of TSV and CSV only when header is set, so that pieces written one after
 * another make the same bytes as one call on all the statements. */
enum report_rows { REPORT_ROWS_TSV, REPORT_ROWS_CSV, REPORT_ROWS_JSONL };
int report_write_rows(FILE *f, const struct result_list *rl, enum report_rows fmt, int header,
                      struct err *e);

/* Writes one TSV field: s (NULL: nothing), escaped as report_write_tsv
 * does. */
void report_put_field(FILE *f, const char *s);

/* What the per-actor formats list of the statements. */
struct report_view {
    int list_none; /* the none statements too (--all) */
    size_t top;    /* at most this many per label and actor, the most
                      confident (--top); 0: all */
};

/* The per-actor report for a terminal: for each actor the count, share
 * and 95% interval of each label, the timeline when documents are dated,
 * then the statements under each label as v says, most confident first,
 * each with its targets and copies. */
int report_write_text(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e);

/* The same as Markdown (headings, tables, lists). */
int report_write_md(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e);

/* One self-contained HTML page: the same content, a bar chart of the
 * actors' labels and a timeline chart per actor as inline SVG, no
 * script. */
int report_write_html(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e);

/* The stable machine format: one JSON document (docs/report-json.md
 * describes it; REPORT_JSON_SCHEMA is its version). Lists every counted
 * statement, none included. */
int report_write_json(FILE *f, const struct agg_report *a, struct err *e);

/* ---- for the writers --------------------------------------------------- */

/* The actors joined by "; ", the targets joined by "; ", the features
 * behind the label ("call on +0.421; must +0.310"). Caller frees. */
char *report_actors(const struct result *r);
char *report_targets(const struct result *r);
char *report_why(const struct result *r);

/* A JSON string of s (NULL: null). jansson refuses a string that is not
 * UTF-8 and its key would silently vanish (file names from the command
 * line can be such): then *bad is set and null returned. */
typedef struct json_t json_t;
struct buf;
json_t *report_jstr(const char *s, int *bad);
/* Writes o as JSON (jansson's flags) and a newline to f in one write,
 * through the reusable buffer b: jansson's own file output writes each
 * token apart, which cost more than making the record. */
void report_json_put(FILE *f, json_t *o, size_t flags, struct buf *b);

/* The statements of ac from k on that share statement k's label: the
 * index after the last. */
size_t report_group_end(const struct agg_actor *ac, size_t k);

/* How a per-actor writer marks up the extras of a statement. */
struct report_style {
    void (*esc)(FILE *, const char *); /* escape.h */
    /* where a statement is ("doc:10-80 2022-02-11") */
    void (*place)(FILE *, const struct result *, void (*esc)(FILE *, const char *));
    const char *before, *after;        /* around each extra */
};

/* A statement's extras, each between st's before and after: whom it
 * addresses, its copies, the features behind its label. */
void report_extras(FILE *f, const struct agg_stmt *s, const struct report_style *st);

/* A result's targets as a JSON array of strings; the features behind its
 * label as an array of {term, weight} (weights at 4 significant digits).
 * Both the JSONL and the JSON report write them so. */
json_t *report_json_targets(const struct result *r, int *bad);
json_t *report_json_why(const struct result *r, int *bad);

/* Flushes f; -1 with e set when anything failed to be written. */
int report_done(FILE *f, struct err *e);

/* The JSONL schema version, bumped when a key changes meaning. */
#define REPORT_SCHEMA 1
/* The version of the JSON report's schema (docs/report-json.md). */
#define REPORT_JSON_SCHEMA 1

#endif
