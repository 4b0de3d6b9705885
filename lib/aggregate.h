/* aggregate.h -- the per-actor position report as data: what each actor
 * demanded, worried about, conceded and agreed, how often, with intervals,
 * near-duplicates folded and a timeline. Every report format (report.h)
 * is written from one of these, so they never disagree.
 *
 * The aggregate depends only on the set of results, not on their order:
 * results are put in a canonical order first (document, offset, id, text),
 * and every number the writers print is rounded to the precision of the
 * JSONL output. So the report over JSONL shards read back with
 * --from-statements equals the report over the whole input, byte for byte,
 * whatever order the shards come in. */
#ifndef PARLEY_AGGREGATE_H
#define PARLEY_AGGREGATE_H
#include <stddef.h>
#include "label.h"

struct result;
struct result_actor;
struct result_list;

/* Timeline periods. AUTO picks by the span of the dates: up to 31 days by
 * day, up to 26 weeks by week, up to 4 years by month, else by year. */
enum agg_by { AGG_BY_AUTO, AGG_BY_NONE, AGG_BY_DAY, AGG_BY_WEEK, AGG_BY_MONTH, AGG_BY_YEAR };

/* Two statements of one actor with the same label whose word sets overlap
 * this much (Jaccard) are one statement reprinted: counted once. */
#define AGG_DUP_JACCARD 0.8
/* ... but only statements of at least this many distinct words: "Thank
 * you." said in ten transcripts is ten statements, not a reprint. */
#define AGG_DUP_MIN_WORDS 5
/* Statements with the same set of words are joined first, at once; the
 * others are compared pairwise through their rarest words, skipping a word
 * that opens more than this many distinct statements (bounded cost on
 * degenerate input; real reprints share rarer words). */
#define AGG_DUP_POSTING_MAX 2000

/* The longest timeline axis (periods from the first date to the last). */
#define AGG_PERIODS_MAX 5000

struct agg_stmt {
    const struct result *r;
    double confidence;             /* r's, at the JSONL output's precision */
    const struct result **copies;  /* near-duplicates folded into this one,
                                      in canonical order */
    size_t ncopies;
    size_t order;                  /* position in the canonical order */
};

struct agg_period {
    char key[16];                  /* "2022-02-11", "2022-W06", "2022-02", "2022" */
    size_t count[LABELS_MAX];
};

struct agg_actor {
    const struct result_actor *who; /* name, and a role when any sighting has one */
    size_t total;                   /* statements counted (copies once, uncertain left out) */
    size_t positions;               /* of them, not none */
    size_t count[LABELS_MAX];
    double low[LABELS_MAX], high[LABELS_MAX]; /* 95% Wilson interval of count/total */
    size_t copies;                  /* statements folded into another as copies */
    struct agg_stmt *stmts;         /* the counted ones: by label (the set's
                                       order), most confident first, then
                                       canonical order */
    size_t nstmts;
    struct agg_period *timeline;    /* periods with statements, in time order */
    size_t ntimeline;
};

struct agg_report {
    const struct labelset *labels;
    size_t statements;              /* results in the input */
    size_t documents;               /* distinct document ids */
    size_t left_out;                /* uncertain: below the minimum confidence */
    size_t copies;                  /* results counted once as copies of another */
    size_t dated;                   /* results with a usable date */
    enum agg_by by;                 /* resolved: NONE when nothing is dated */
    char first[11], last[11];       /* date range ("" when none) */
    char (*periods)[16];            /* every period from first to last, empty
                                       ones too: the timeline's axis (none
                                       when over AGG_PERIODS_MAX) */
    size_t nperiods;
    struct agg_actor *actors;       /* most positions first, then most
                                       statements, then by name; narrator last */
    size_t nactors;
};

/* Builds the aggregate of rl (which must outlive it). by: the timeline's
 * period (AUTO to choose). */
void agg_build(const struct result_list *rl, enum agg_by by, struct agg_report *out);
void agg_free(struct agg_report *a);

/* Puts the results of rl in the canonical order (document, offset, id,
 * text, actors, label, confidence): the order of the statement-per-row
 * formats built from JSONL shards, whatever order they came in. */
void agg_sort_results(struct result_list *rl);

/* The 95% Wilson score interval of k successes in n trials (n > 0). */
void agg_wilson(size_t k, size_t n, double *low, double *high);

/* x rounded to 4 significant digits, as the JSONL output writes it. */
double agg_round(double x);

/* The period key of date ("2022-02-11", or a longer ISO 8601 time) for
 * by (DAY to YEAR) into key; 0, or -1 when date is not a valid date. */
int agg_period_key(const char *date, enum agg_by by, char key[16]);

/* "day", "week", "month", "year", "none" */
const char *agg_by_name(enum agg_by by);
/* Parses a --by name ("auto" too); -1 when unknown. */
int agg_by_parse(const char *s);

#endif
