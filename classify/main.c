/* classify/main.c -- the `classify` program: statements or articles in,
 * labels and per-actor reports out. Option parsing, input detection,
 * messages and exit codes live here; the work is lib/classify.c and
 * lib/report.c. */
#include "../lib/actors.h"
#include "../lib/aggregate.h"
#include "../lib/batch.h"
#include "../lib/buf.h"
#include "../lib/classify.h"
#include "../lib/corpus.h"
#include "../lib/durable.h"
#include "../lib/err.h"
#include "../lib/gz.h"
#include "../lib/label.h"
#include "../lib/mem.h"
#include "../lib/model.h"
#include "../lib/num.h"
#include "../lib/report.h"
#include "../lib/utf8.h"
#include "../lib/version.h"
#include "../tool/tool.h"
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const usage_text =
    "usage: classify [options] [FILE...]\n"
    "       classify [options] -e TEXT [--actor NAME]\n"
    "       classify --from-statements [-f FMT] [--by P] STATEMENTS.jsonl...\n"
    "\n"
    "Labels statements as demand, concern, concession, agreement or none and\n"
    "says whose position each is. Reads FILEs, or standard input when there\n"
    "is none.\n"
    "\n"
    "options:\n"
    "  -m, --model DIR     model directory (default: $PARLEY_MODEL, else\n"
    "                      models/default if present, else the installed one\n"
    "                      in <prefix>/share/parley)\n"
    "  -e, --expr TEXT     classify one statement (repeatable); prints the\n"
    "                      label and its confidence a line, or with -f the\n"
    "                      format's full output (TSV with its header)\n"
    "      --actor NAME    the actor of -e TEXT, or of statements without an\n"
    "                      actor column (default narrator)\n"
    "  -i, --input KIND    auto, statements or articles (default auto: .tsv and\n"
    "                      JSONL with a text key but no title/date/speaker\n"
    "                      are statements; anything else is articles)\n"
    "  -a, --actors FILE   add an actor dictionary (TSV: name, aliases, role,\n"
    "                      affiliation, code, gender, kind; repeatable; later\n"
    "                      files win). The shipped one is read first:\n"
    "                      corpus/actors.tsv if present, else the installed\n"
    "                      one in <prefix>/share/parley\n"
    "      --no-actors     do not read the shipped dictionary\n"
    "      --speaker NAME  articles are NAME's own speech (first person; JSONL\n"
    "                      articles can say so per article with `speaker`)\n"
    "  -f, --format FMT    per actor: report (terminal text), md (Markdown),\n"
    "                      html (one page with charts), json (the stable\n"
    "                      machine format); per statement: tsv, csv (RFC\n"
    "                      4180), jsonl (the map output). Default report for\n"
    "                      articles (or with --all, --top, --by), tsv for\n"
    "                      statements\n"
    "      --by PERIOD     timeline of the per-actor formats: day, week,\n"
    "                      month, year, none or auto (default: by the span\n"
    "                      of the documents' dates)\n"
    "      --all           report, md, html: list `none` statements too\n"
    "      --top N         report, md, html: list at most N statements per\n"
    "                      label and actor, the most confident (default all)\n"
    "      --from-statements  the FILEs are `-f jsonl` output (shards in any\n"
    "                      order): build the report from them, no model needed\n"
    "      --min-confidence P  below probability P a label is reported as none,\n"
    "                      the statement marked uncertain and left out of the\n"
    "                      per-actor counts (default: the model's, chosen by\n"
    "                      cross-validation; 0: never)\n"
    "      --explain[=N]   show the N terms (default 5) that pushed each\n"
    "                      statement to its label most, with their weight (a\n"
    "                      linear model; every format)\n"
    "  -j, --jobs N        classify on N threads (default: the number of\n"
    "                      processors); the output is the same for every N\n"
    "  -o, --output FILE   write to FILE (replaced atomically) instead of stdout\n"
    "  -h, --help          show this help\n"
    "      --version       show the version\n";

/* The rest of --help (one string literal of it all would pass the length
 * C compilers must accept). */
static const char *const usage_notes =
    "\n"
    "Files and standard input may be gzip-compressed.\n"
    "\n"
    "Statements: TSV with a header (`text` required; `id`, `actor` optional)\n"
    "or JSONL with the same keys. Articles: plain-text files (one article\n"
    "each) or JSONL objects with `text` and optional `id`, `date`, `title`,\n"
    "`url`, `speaker`; any other string field is carried to the output.\n"
    "\n"
    "examples:\n"
    "  classify corpus/samples/xinhua-2022-02-11-shoigu-wallace.txt\n"
    "  classify -e 'We call on Russia to withdraw its troops.' --actor 'United Kingdom'\n"
    "  classify -f html -o report.html articles.jsonl\n"
    "  classify --top 3 --by week articles.jsonl\n"
    "  classify -f jsonl part1.jsonl > s1.jsonl; classify -f jsonl part2.jsonl > s2.jsonl\n"
    "  classify --from-statements -f json --by month s1.jsonl s2.jsonl\n"
    "  classify -i statements -f csv statements.tsv\n"
    "  classify --explain -e 'We demand an immediate ceasefire.'\n"
    "\n"
    "A file that cannot be read is reported and skipped; the others are\n"
    "still classified and written, and the exit status is then 1 (when no\n"
    "file could be read, nothing is written). With -f tsv, csv or jsonl the\n"
    "input is read, classified and written a piece at a time, so memory\n"
    "stays small whatever its size, and the rows before a bad line of a\n"
    "file are written too.\n"
    "\n"
    "exit status: 0 ok, 1 bad data or model (or a file skipped), 2 bad usage\n";

enum input_kind { IN_AUTO, IN_STATEMENTS, IN_ARTICLES };
enum out_format { FMT_DEFAULT, FMT_REPORT, FMT_MD, FMT_HTML, FMT_JSON, FMT_TSV, FMT_CSV, FMT_JSONL };
static const char *const fmt_names[] = {"", "report", "md", "html", "json", "tsv", "csv", "jsonl"};
#define PER_ACTOR(f) ((f) >= FMT_REPORT && (f) <= FMT_JSON)

/* -f tsv, csv or jsonl: each piece of the input is classified and written
 * before the next is read, so memory stays bounded whatever the input's
 * size; the bytes are those of one piece holding everything. */
struct stream {
    FILE *out;
    enum report_rows fmt;
    int header_done; /* TSV and CSV: the header row is out */
    int failed;      /* a write failed: the rest is not classified */
};

/* Statements and articles classified a piece. */
#define STREAM_STATEMENTS 8192
#define STREAM_ARTICLES 256

struct run {
    const struct model *m;
    struct actors *dict;
    enum input_kind input;
    const char *speaker, *actor;
    struct result_list res;
    int saw_articles;
    int jobs;              /* threads (-j) */
    struct stream *stream; /* NULL: gather everything, then write */
};

/* Writes the results gathered so far and empties the list for the next
 * piece (keeping the options). */
static int stream_out(struct run *r, struct err *e) {
    struct stream *st = r->stream;
    int rc = report_write_rows(st->out, &r->res, st->fmt, !st->header_done, e);
    st->header_done = 1;
    if (rc) st->failed = 1;
    struct classify_opts opts = r->res.opts;
    result_list_free(&r->res);
    r->res.opts = opts;
    return rc;
}

/* Writes a piece read with status got (-1: it ended at a bad line, whose
 * error in e stays the one reported unless the write fails too). */
static int stream_piece(struct run *r, long got, struct err *e) {
    struct err we = ERR_INIT;
    if (stream_out(r, &we)) {
        *e = we;
        return -1;
    }
    return got < 0 ? -1 : 0;
}

/* The statements of f, classified a piece at a time (r->stream), or all
 * into r->res. */
static int read_statements_file(struct run *r, FILE *f, const char *name, struct err *e) {
    struct stmt_list sl = {0};
    struct corpus_reader *rd = corpus_reader_open(f, name, CORPUS_AUTO, CORPUS_LABELS_IGNORED, &sl, e);
    long got = rd ? 1 : -1;
    size_t piece = r->stream ? STREAM_STATEMENTS : SIZE_MAX;
    while (got > 0) {
        got = corpus_reader_next(rd, piece, &sl, e);
        /* streaming, the rows before a bad line are still classified and
         * written; gathering, a bad file adds nothing */
        if (sl.n && (got > 0 || r->stream)) {
            batch_statements(r->m, name, sl.v, sl.n, r->actor, &r->res, r->jobs);
            if (r->stream && stream_piece(r, got, e)) got = -1;
        }
        stmt_list_free(&sl);
    }
    corpus_reader_free(rd);
    return got < 0 ? -1 : 0;
}

/* The articles of f, likewise. */
static int read_articles_file(struct run *r, FILE *f, const char *name, struct err *e) {
    struct article_list al = {0};
    struct corpus_reader *rd = corpus_articles_open(f, name, CORPUS_AUTO, e);
    long got = rd ? 1 : -1;
    size_t piece = r->stream ? STREAM_ARTICLES : SIZE_MAX;
    while (got > 0) {
        got = corpus_articles_next(rd, piece, &al, e);
        if (al.n && (got > 0 || r->stream)) {
            batch_articles(r->m, al.v, al.n, r->speaker, r->dict, &r->res, r->jobs);
            if (r->stream && stream_piece(r, got, e)) got = -1;
        }
        article_list_free(&al);
    }
    corpus_reader_free(rd);
    r->saw_articles = 1;
    return got < 0 ? -1 : 0;
}

static int run_file(struct run *r, const char *path, struct err *e) {
    if (r->stream && r->stream->failed) return 0; /* said once already */
    char *mem;
    const char *name;
    FILE *f = tool_open_data(path, &name, &mem, 0, e);
    if (!f) return -1;
    enum input_kind kind = r->input;
    int guess = corpus_looks_like_statements(f, name);
    if (kind == IN_AUTO) {
        kind = guess ? IN_STATEMENTS : IN_ARTICLES;
        if (guess == 2)
            fprintf(stderr, "%s: %s: JSON objects with only a text are read as statements, one "
                    "label each; -i articles reads each as an article to split and attribute\n",
                    tool_prog, name);
    } else if (kind == IN_ARTICLES && guess == 1 && !corpus_jsonl_name(name)) {
        fprintf(stderr, "%s: %s: looks like a table of statements (a header with a text "
                "column); -i articles reads the whole file, header included, as one article\n",
                tool_prog, name);
    }
    int rc = kind == IN_STATEMENTS ? read_statements_file(r, f, name, e)
                                   : read_articles_file(r, f, name, e);
    fclose(f);
    free(mem);
    if (rc && e->kind == ERR_IO) e->kind = ERR_DATA;
    return rc;
}

enum { OPT_ACTOR = 256, OPT_SPEAKER, OPT_ALL, OPT_NOACTORS, OPT_EXPLAIN, OPT_MINCONF, OPT_BY, OPT_FROM, OPT_TOP };

static const struct option longopts[] = {
    {"model", required_argument, 0, 'm'},   {"expr", required_argument, 0, 'e'},
    {"actor", required_argument, 0, OPT_ACTOR}, {"input", required_argument, 0, 'i'},
    {"speaker", required_argument, 0, OPT_SPEAKER}, {"format", required_argument, 0, 'f'},
    {"all", no_argument, 0, OPT_ALL},       {"output", required_argument, 0, 'o'},
    {"actors", required_argument, 0, 'a'},  {"no-actors", no_argument, 0, OPT_NOACTORS},
    {"explain", optional_argument, 0, OPT_EXPLAIN}, {"min-confidence", required_argument, 0, OPT_MINCONF},
    {"by", required_argument, 0, OPT_BY},   {"from-statements", no_argument, 0, OPT_FROM},
    {"top", required_argument, 0, OPT_TOP},  {"jobs", required_argument, 0, 'j'},
    {"help", no_argument, 0, 'h'}, {"version", no_argument, 0, 'V'},          {0, 0, 0, 0}};

/* The shipped dictionary, then the user's, in order. */
static struct actors *load_actors(int use_shipped, char **files, int nfiles, struct err *e) {
    struct actors *d = actors_new();
    char *def = NULL;
    if (use_shipped) {
        def = tool_shipped("corpus/actors.tsv", "corpus/actors.tsv");
        if (access(def, F_OK) != 0) { /* none found: attribute without, but say so */
            fprintf(stderr, "%s: warning: no actor dictionary found (%s); names stay as the "
                    "text writes them; --actors FILE adds one, --no-actors silences this\n",
                    tool_prog, def);
            free(def);
            def = NULL;
        }
    }
    for (int i = def ? -1 : 0; i < nfiles; i++) {
        const char *path = i < 0 ? def : files[i];
        FILE *f = fopen(path, "r");
        if (!f) {
            err_sys(e, errno, "cannot open '%s'", path);
            e->kind = ERR_DATA;
            actors_free(d);
            free(def);
            return NULL;
        }
        int rc = actors_load(d, f, path, e);
        fclose(f);
        if (rc) {
            actors_free(d);
            free(def);
            return NULL;
        }
    }
    free(def);
    return d;
}

/* What the command line asks. */
struct cli {
    char *model_dir;
    const char *outpath;
    char **actor_files; /* argc slots */
    int nactor_files, shipped_actors;
    const char **exprs; /* argc slots */
    int nexprs;
    enum out_format fmt;
    enum agg_by by;
    int by_given, from_statements;
    struct report_view view; /* --all, --top */
};

/* Parses the options into c and r (input kind, speaker, actor, list
 * options). Returns -1 to go on, else the exit status (help, version, a
 * usage error). */
static int parse_args(int argc, char **argv, struct cli *c, struct run *r) {
    int opt;
    opterr = 0; /* our own messages, without argv[0] */
    while ((opt = getopt_long(argc, argv, ":m:e:i:f:o:a:j:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'm': free(c->model_dir); c->model_dir = xstrdup(optarg); break;
        case 'e': c->exprs[c->nexprs++] = optarg; break;
        case OPT_ACTOR: r->actor = optarg; break;
        case 'i':
            if (strcmp(optarg, "auto") == 0) r->input = IN_AUTO;
            else if (strcmp(optarg, "statements") == 0) r->input = IN_STATEMENTS;
            else if (strcmp(optarg, "articles") == 0) r->input = IN_ARTICLES;
            else return tool_usage_error("invalid input kind '%s' (auto, statements or articles)", optarg);
            break;
        case OPT_SPEAKER: r->speaker = optarg; break;
        case 'f':
            c->fmt = FMT_DEFAULT;
            for (size_t k = 1; k < sizeof fmt_names / sizeof *fmt_names; k++)
                if (strcmp(optarg, fmt_names[k]) == 0) c->fmt = (enum out_format)k;
            if (c->fmt == FMT_DEFAULT)
                return tool_usage_error("invalid format '%s' (report, md, html, json, tsv, csv or jsonl)", optarg);
            break;
        case OPT_BY: {
            int by = agg_by_parse(optarg);
            if (by < 0) return tool_usage_error("invalid period '%s' (day, week, month, year, none or auto)", optarg);
            c->by = (enum agg_by)by;
            c->by_given = 1;
            break;
        }
        case OPT_ALL: c->view.list_none = 1; break;
        case OPT_TOP: {
            long k;
            if (num_long(optarg, 1, 1000000000L, &k))
                return tool_usage_error("invalid --top '%s' (a number of statements, at least 1)", optarg);
            c->view.top = (size_t)k;
            break;
        }
        case OPT_FROM: c->from_statements = 1; break;
        case OPT_EXPLAIN: {
            long k = 5;
            if (optarg && num_long(optarg, 1, 100, &k))
                return tool_usage_error("invalid --explain count '%s' (1 to 100)", optarg);
            r->res.opts.explain = (size_t)k;
            break;
        }
        case OPT_MINCONF:
            if (num_double(optarg, 0, 1, &r->res.opts.min_confidence))
                return tool_usage_error("invalid --min-confidence '%s' (a probability from 0 to 1)", optarg);
            r->res.opts.own_threshold = 1;
            break;
        case 'a': c->actor_files[c->nactor_files++] = optarg; break;
        case OPT_NOACTORS: c->shipped_actors = 0; break;
        case 'o': c->outpath = optarg; break;
        case 'j': {
            long k;
            if (num_long(optarg, 1, 256, &k))
                return tool_usage_error("invalid --jobs '%s' (a number of threads from 1 to 256)", optarg);
            r->jobs = (int)k;
            break;
        }
        case 'h': fputs(usage_text, stdout); fputs(usage_notes, stdout); return 0;
        case 'V': printf("%s (Parley) %s\n", tool_prog, PARLEY_VERSION); return 0;
        case ':': return tool_usage_error("option '%s' needs a value", tool_option_name(argv, optind, optopt));
        default: return tool_usage_error("unknown option '%s'", tool_option_name(argv, optind, optopt));
        }
    }
    return -1;
}

/* The combinations that make no sense, said before any work. */
static int check_args(int argc, const struct cli *c, const struct run *r) {
    if (c->nexprs && optind < argc) return tool_usage_error("%s", "give either -e TEXT or files, not both");
    for (int i = 0; i < c->nexprs; i++)
        if (!*c->exprs[i] || !utf8_valid(c->exprs[i], strlen(c->exprs[i]), NULL))
            return tool_usage_error("%s", *c->exprs[i] ? "the text of -e is not valid UTF-8" : "empty text for -e");
    int listing = c->fmt == FMT_DEFAULT || c->fmt == FMT_REPORT || c->fmt == FMT_MD || c->fmt == FMT_HTML;
    if (c->view.list_none && !listing)
        return tool_usage_error("--all lists none statements in the report, md and html formats; "
                           "%s always lists every statement", fmt_names[c->fmt]);
    if (c->view.top && !listing)
        return tool_usage_error("--top shortens the lists of the report, md and html formats; "
                           "%s always lists every statement", fmt_names[c->fmt]);
    if (c->by_given && c->fmt != FMT_DEFAULT && !PER_ACTOR(c->fmt))
        return tool_usage_error("--by sets the timeline of the per-actor formats (report, md, html, "
                           "json); %s has a row per statement, each with its date", fmt_names[c->fmt]);
    if (c->from_statements) {
        const char *const none_of[][2] = {{"-e", c->nexprs ? "" : NULL}, {"--model", c->model_dir},
                                          {"--actor", r->actor}, {"--speaker", r->speaker},
                                          {"--actors", c->nactor_files ? "" : NULL},
                                          {"--explain", r->res.opts.explain ? "" : NULL},
                                          {"--input", r->input != IN_AUTO ? "" : NULL}};
        for (size_t i = 0; i < sizeof none_of / sizeof *none_of; i++)
            if (none_of[i][1])
                return tool_usage_error("%s classifies; --from-statements reads statements already "
                                   "classified (classify -f jsonl)", none_of[i][0]);
    }
    /* Everything printed as JSON must be UTF-8: say so now, not later. */
    const char *const given[][2] = {{"--actor", r->actor}, {"--speaker", r->speaker}};
    for (size_t i = 0; i < sizeof given / sizeof *given; i++)
        if (given[i][1] && !utf8_valid(given[i][1], strlen(given[i][1]), NULL))
            return tool_usage_error("the text of %s is not valid UTF-8", given[i][0]);
    return -1;
}

/* Reads the FILEs (standard input when none) with read_one; a bad file is
 * reported and skipped, every other file is still read. Returns the worst
 * exit status of a skipped file (0: none); *good counts the files read. */
static int each_file(int argc, char **argv, struct run *r, int *good,
                     int (*read_one)(struct run *, const char *, struct err *)) {
    struct err e = ERR_INIT;
    int worst = 0;
    *good = 0;
    int stdin_only = optind >= argc;
    for (int i = stdin_only ? argc - 1 : optind; i < argc; i++) {
        if (read_one(r, stdin_only ? "-" : argv[i], &e)) {
            int code = tool_fail(&e);
            if (code > worst) worst = code;
        } else {
            (*good)++;
        }
    }
    return worst;
}

/* A file of classify -f jsonl output, read back (an empty one is a
 * shard without statements). */
static int read_statements(struct run *r, const char *path, struct err *e) {
    char *mem;
    const char *name;
    FILE *in = tool_open_data(path, &name, &mem, 1, e);
    if (!in) return -1;
    int rc = report_read_jsonl(in, name, &r->res, e);
    fclose(in);
    free(mem);
    if (rc && e->kind == ERR_IO) e->kind = ERR_DATA;
    return rc;
}

/* Writes the results in fmt. */
static int write_format(FILE *out, enum out_format fmt, const struct cli *c, const struct result_list *rl,
                        struct err *e) {
    switch (fmt) {
    case FMT_JSONL: return report_write_jsonl(out, rl, e);
    case FMT_TSV: return report_write_tsv(out, rl, e);
    case FMT_CSV: return report_write_csv(out, rl, e);
    default: break;
    }
    struct agg_report a;
    agg_build(rl, c->by, &a);
    int rc = fmt == FMT_MD     ? report_write_md(out, &a, &c->view, e)
             : fmt == FMT_HTML ? report_write_html(out, &a, &c->view, e)
             : fmt == FMT_JSON ? report_write_json(out, &a, e)
                               : report_write_text(out, &a, &c->view, e);
    agg_free(&a);
    return rc;
}

/* -e alone: "label<TAB>confidence[<TAB>why]" a line. */
static int write_short(FILE *out, const struct result_list *rl, struct err *e) {
    for (size_t i = 0; i < rl->n; i++) {
        const struct result *x = &rl->v[i];
        fprintf(out, "%s\t%.3f", labels_name(rl->labels, x->label), x->confidence);
        for (size_t k = 0; k < x->nwhy; k++)
            fprintf(out, "%s%s +%.3f", k ? "; " : "\t", x->why[k].term, x->why[k].weight);
        fputc('\n', out);
    }
    return report_done(out, e);
}

/* Loads the model and the actor dictionaries into r. Returns 0, else the
 * exit status. */
static int prepare(struct cli *c, struct run *r, struct err *e) {
    if (!c->model_dir) c->model_dir = tool_default_model();
    struct model *m = model_load(c->model_dir, e);
    if (!m) return tool_fail(e);
    r->m = m;
    if (r->res.opts.explain && !clf_is_linear(m->clf))
        return tool_usage_error("%s", "--explain needs a linear model (this one has an RBF kernel)");
    r->dict = load_actors(c->shipped_actors, c->actor_files, c->nactor_files, e);
    if (!r->dict) return tool_fail(e);
    return 0;
}

/* -f tsv, csv, jsonl on files: classified and written a piece at a time
 * (struct stream). A file that fails part way keeps the rows written
 * before its bad line; with -o nothing replaces the old file unless a
 * file was read whole. Returns the exit status. */
static int run_stream(int argc, char **argv, struct cli *c, struct run *r) {
    struct err e = ERR_INIT;
    int rc = prepare(c, r, &e);
    if (rc) return rc;
    struct durable_file df;
    FILE *out = durable_open(&df, c->outpath, &e);
    if (!out) return tool_fail(&e);
    static const enum report_rows rows[] = {[FMT_TSV] = REPORT_ROWS_TSV, [FMT_CSV] = REPORT_ROWS_CSV,
                                            [FMT_JSONL] = REPORT_ROWS_JSONL};
    struct stream st = {out, rows[c->fmt], 0, 0};
    r->stream = &st;
    int good, skipped = each_file(argc, argv, r, &good, run_file);
    int wrc = st.failed ? -1 : 0;
    if (good && !st.failed && !st.header_done) wrc = stream_out(r, &e); /* the header alone */
    /* nothing read: the old -o file stays (a commit that discards says
     * nothing more) */
    int keep = good && !wrc;
    if (durable_commit(&df, c->outpath, keep, &e) && keep) wrc = -1;
    if (wrc && !st.failed) return tool_fail(&e);
    if (st.failed) return 1; /* the write error was said where it happened */
    return good ? skipped : (skipped ? skipped : 1);
}

/* Classifies the input (or reads it back, --from-statements) into r->res.
 * Returns 0, else the exit status; *skipped: that of a skipped file. */
static int gather(int argc, char **argv, struct cli *c, struct run *r, int *skipped, struct err *e) {
    int good;
    if (c->from_statements) {
        *skipped = each_file(argc, argv, r, &good, read_statements);
        if (!good) return *skipped ? *skipped : 1;
        if (r->res.opts.own_threshold) classify_rethreshold(&r->res, r->res.opts.min_confidence);
        agg_sort_results(&r->res); /* the same rows whatever order the shards came in */
        return 0;
    }
    int rc = prepare(c, r, e);
    if (rc) return rc;
    const struct model *m = r->m;
    if (c->nexprs) {
        for (int i = 0; i < c->nexprs; i++) {
            struct stmt s = {NULL, (char *)r->actor, NULL, (char *)c->exprs[i], -1, 0};
            classify_statement(m, "-e", &s, NULL, &r->res);
        }
        return 0;
    }
    *skipped = each_file(argc, argv, r, &good, run_file);
    if (!good) return *skipped ? *skipped : 1; /* no output at all: -o keeps its old file */
    return 0;
}

/* The whole program; c's actor_files and exprs have argc slots. */
static int run_main(int argc, char **argv, struct cli *c) {
    struct run r = {0};
    r.jobs = batch_cpus();
    int rc = parse_args(argc, argv, c, &r);
    if (rc < 0) rc = check_args(argc, c, &r);
    if (rc >= 0) return rc;
    struct err e = ERR_INIT;
    int skipped = 0;
    if (!c->nexprs && !c->from_statements &&
        (c->fmt == FMT_TSV || c->fmt == FMT_CSV || c->fmt == FMT_JSONL)) {
        rc = run_stream(argc, argv, c, &r);
        goto done;
    }
    rc = gather(argc, argv, c, &r, &skipped, &e);
    if (rc == 0) {
        struct durable_file df;
        FILE *out = durable_open(&df, c->outpath, &e);
        enum out_format fmt = c->fmt;
        /* the report for articles, for read-back statements and when a
         * report option was given; a table for statements */
        int report = r.saw_articles || c->from_statements || c->view.list_none || c->view.top || c->by_given;
        if (fmt == FMT_DEFAULT) fmt = report ? FMT_REPORT : FMT_TSV;
        int wrc = !out ? -1
                  : c->nexprs && c->fmt == FMT_DEFAULT ? write_short(out, &r.res, &e)
                                                       : write_format(out, fmt, c, &r.res, &e);
        if (out && durable_commit(&df, c->outpath, wrc == 0, &e)) wrc = -1;
        rc = wrc ? tool_fail(&e) : skipped;
    }
done:
    result_list_free(&r.res);
    classify_release();
    actors_free(r.dict);
    model_free((struct model *)r.m);
    return rc;
}

int main(int argc, char **argv) {
    tool_init(argc > 0 ? argv[0] : NULL, "classify");
    struct cli c = {0};
    c.shipped_actors = 1;
    c.actor_files = xcalloc((size_t)argc, sizeof *c.actor_files);
    c.exprs = xcalloc((size_t)argc, sizeof *c.exprs);
    int rc = run_main(argc, argv, &c);
    free(c.model_dir);
    free(c.actor_files);
    free(c.exprs);
    return rc;
}
