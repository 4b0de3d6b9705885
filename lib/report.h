/* report.h -- aggregation of labelled statements and the output writers:
 * the per-actor report for people, TSV and JSONL for pipelines.
 *
 * Writers print to a stream the caller opened (the library never chooses
 * where output goes); they return 0, or -1 with e set when writing failed. */
#ifndef PARLEY_REPORT_H
#define PARLEY_REPORT_H
#include <stdio.h>

struct result_list;
struct err;

/* JSONL, one object per statement: schema, doc, id (when given), start and
 * end (byte offsets, articles only), actor ("A; B"), actors (objects with
 * name, role, affiliation, code), label, confidence, scores (per label), how, cue,
 * uncertain (true: the model's label fell below the minimum confidence and
 * none is reported), explain (with --explain: [{term, weight}]), text. Key order is fixed; numbers have 4 significant digits. */
int report_write_jsonl(FILE *f, const struct result_list *r, struct err *e);

/* TSV with a header: doc id start end actor label confidence how text.
 * Tabs and line breaks inside fields become spaces. */
int report_write_tsv(FILE *f, const struct result_list *r, struct err *e);

/* Writes one TSV field: s (NULL: nothing) with tabs and line breaks as
 * spaces, the escaping of report_write_tsv. */
void report_put_field(FILE *f, const char *s);

/* The per-actor report: for each actor (most positions first, narrator
 * last) the count per label, then the statements under each label except
 * none, most confident first. all_none: list `none` statements too. */
int report_write_text(FILE *f, const struct result_list *r, int list_none, struct err *e);

/* The JSONL schema version, bumped when a key changes meaning. */
#define REPORT_SCHEMA 1

#endif
