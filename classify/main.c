/* classify/main.c -- the `classify` program: statements or articles in,
 * labels and per-actor reports out. Option parsing, input detection,
 * messages and exit codes live here; the work is lib/classify.c and
 * lib/report.c. */
#include "../lib/actors.h"
#include "../lib/buf.h"
#include "../lib/cli.h"
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
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PARLEY_DATADIR
#define PARLEY_DATADIR "/usr/local/share/parley"
#endif

static const char *const usage_text =
    "usage: classify [options] [FILE...]\n"
    "       classify [options] -e TEXT [--actor NAME]\n"
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
    "                      format's full rows (TSV with its header)\n"
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
    "  -f, --format FMT    report, tsv or jsonl (default report for articles,\n"
    "                      tsv for statements)\n"
    "      --all           report: list `none` statements too\n"
    "      --min-confidence P  below probability P a label is reported as none and\n"
    "                      the statement marked uncertain (default: the\n"
    "                      model's, chosen by cross-validation; 0: never)\n"
    "      --explain[=N]   show the N terms (default 5) that pushed each\n"
    "                      statement to its label most, with their weight (a\n"
    "                      linear model; every format)\n"
    "  -o, --output FILE   write to FILE (replaced atomically) instead of stdout\n"
    "  -h, --help          show this help\n"
    "      --version       show the version\n"
    "\n"
    "Files and standard input may be gzip-compressed.\n"
    "\n"
    "Statements: TSV with a header (`text` required; `id`, `actor` optional)\n"
    "or JSONL with the same keys. Articles: plain-text files (one article\n"
    "each) or JSONL objects with `text` and optional `id`, `date`, `title`,\n"
    "`speaker`.\n"
    "\n"
    "examples:\n"
    "  classify corpus/samples/xinhua-2022-02-11-shoigu-wallace.txt\n"
    "  classify -e 'We call on Russia to withdraw its troops.' --actor 'United Kingdom'\n"
    "  classify -f jsonl articles.jsonl > statements.jsonl\n"
    "  classify -i statements -f tsv statements.tsv\n"
    "  classify --explain -e 'We demand an immediate ceasefire.'\n"
    "\n"
    "A file that cannot be read is reported and skipped; the others are\n"
    "still classified and written, and the exit status is then 1 (when no\n"
    "file could be read, nothing is written).\n"
    "\n"
    "exit status: 0 ok, 1 bad data or model (or a file skipped), 2 bad usage\n";

enum input_kind { IN_AUTO, IN_STATEMENTS, IN_ARTICLES };
enum out_format { FMT_DEFAULT, FMT_REPORT, FMT_TSV, FMT_JSONL };

/* The program's name as invoked ("parley-classify" when installed), for
 * its messages. */
static const char *prog = "classify";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "%s: ", prog);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", prog);
    return 2;
}

static int fail(struct err *e) {
    fprintf(stderr, "%s: %s\n", prog, e->msg ? e->msg : "unknown error");
    int code = e->kind == ERR_USAGE ? 2 : 1;
    err_clear(e);
    return code;
}

/* The directory of the running executable, or NULL. Caller frees. */
static char *exe_dir(void) {
    struct buf b = BUF_INIT;
    for (size_t cap = 256;; cap *= 2) {
        buf_reset(&b);
        buf_grow(&b, cap);
        ssize_t n = readlink("/proc/self/exe", b.p, cap);
        if (n < 0) break;
        if ((size_t)n < cap) {
            b.p[n] = '\0';
            b.len = (size_t)n;
            char *slash = strrchr(b.p, '/');
            if (!slash) break;
            b.len = (size_t)(slash - b.p);
            b.p[b.len] = '\0';
            return buf_detach(&b);
        }
    }
    buf_free(&b);
    return NULL;
}

/* A file of the shipped data, the first that exists of: ./REL (run from
 * the source tree), <dir of the executable>/../REL (bin/classify of a
 * source tree, run from anywhere), <dir of the executable>/../share/parley
 * (installed with `make install PREFIX=...` wherever), and the data
 * directory compiled in. probe is the file that must exist (REL itself or a
 * file inside it). Caller frees; the last candidate when none exists. */
static char *shipped(const char *rel, const char *probe) {
    if (access(probe, F_OK) == 0) return xstrdup(rel);
    const char *inside = probe + strlen(rel); /* "" or "/manifest" */
    const char *base = strncmp(rel, "corpus/", 7) == 0 ? rel + 7 : rel;
    char *dir = exe_dir();
    struct buf b = BUF_INIT;
    if (dir) {
        /* beside a source tree's bin/, then an install's share/parley */
        const char *const under[][2] = {{"..", rel}, {"../share/parley", base}};
        for (size_t i = 0; i < 2; i++) {
            buf_reset(&b);
            buf_addf(&b, "%s/%s/%s%s", dir, under[i][0], under[i][1], inside);
            if (access(b.p, F_OK) == 0) {
                b.len -= strlen(inside);
                b.p[b.len] = '\0';
                free(dir);
                return buf_detach(&b);
            }
        }
        free(dir);
    }
    buf_reset(&b);
    buf_addf(&b, "%s/%s", PARLEY_DATADIR, base);
    return buf_detach(&b);
}

static char *default_model(void) {
    const char *env = getenv("PARLEY_MODEL");
    if (env && *env) return xstrdup(env);
    return shipped("models/default", "models/default/manifest");
}

/* A stream that cannot seek (standard input, a pipe, <(...)) read whole
 * into memory, so that it can be sniffed and re-read like a file. */
static FILE *slurp(FILE *in, const char *name, char **mem, size_t *len, struct err *e) {
    struct buf b = BUF_INIT;
    char block[65536];
    size_t n;
    while ((n = fread(block, 1, sizeof block, in)) > 0) buf_add(&b, block, n);
    if (ferror(in)) {
        buf_free(&b);
        err_set(e, ERR_IO, "cannot read '%s'", name);
        return NULL;
    }
    *len = b.len;
    *mem = buf_detach(&b);
    if (gz_is_gzip((const unsigned char *)*mem, *len)) { /* a .gz file or gzip on stdin */
        char *plain;
        size_t plen;
        if (gz_inflate(*mem, *len, name, &plain, &plen, e)) return NULL;
        free(*mem);
        *mem = plain;
        *len = plen;
    }
    if (*len == 0) {
        err_set(e, ERR_DATA, "%s: empty file", name);
        return NULL;
    }
    return fmemopen(*mem, *len, "r");
}

struct run {
    const struct model *m;
    struct actors *dict;
    enum input_kind input;
    const char *speaker, *actor;
    struct result_list res;
    int saw_articles;
};

/* Does name end in .jsonl or .json? */
static int ends_with_jsonl(const char *name) {
    size_t n = strlen(name);
    return (n >= 6 && strcmp(name + n - 6, ".jsonl") == 0) || (n >= 5 && strcmp(name + n - 5, ".json") == 0);
}

static int run_file(struct run *r, const char *path, struct err *e) {
    char *mem = NULL;
    size_t memlen = 0;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f) {
        err_sys(e, errno, "cannot open '%s'", path);
        e->kind = ERR_DATA;
        return -1;
    }
    int gz = 0; /* gzip data is read whole and inflated */
    if (!is_stdin && fseek(f, 0, SEEK_CUR) == 0) {
        unsigned char magic[2];
        size_t got = fread(magic, 1, 2, f);
        gz = gz_is_gzip(magic, got);
        rewind(f);
    }
    if (is_stdin || gz || fseek(f, 0, SEEK_CUR) != 0) {
        FILE *m = slurp(f, name, &mem, &memlen, e);
        if (!is_stdin) fclose(f);
        f = m;
        if (!f) {
            if (e->kind == ERR_IO) e->kind = ERR_DATA;
            free(mem);
            return -1;
        }
    }
    enum input_kind kind = r->input;
    int guess = corpus_looks_like_statements(f, name);
    if (kind == IN_AUTO) {
        kind = guess ? IN_STATEMENTS : IN_ARTICLES;
        if (guess == 2)
            fprintf(stderr, "%s: %s: JSON objects with only a text are read as statements, one "
                    "label each; -i articles reads each as an article to split and attribute\n",
                    prog, name);
    } else if (kind == IN_ARTICLES && guess == 1 && !ends_with_jsonl(name)) {
        fprintf(stderr, "%s: %s: looks like a table of statements (a header with a text "
                "column); -i articles reads the whole file, header included, as one article\n",
                prog, name);
    }
    int rc;
    if (kind == IN_STATEMENTS) {
        struct stmt_list sl = {0};
        rc = corpus_read(f, name, CORPUS_AUTO, CORPUS_LABELS_IGNORED, &sl, e);
        for (size_t i = 0; rc == 0 && i < sl.n; i++)
            classify_statement(r->m, name, &sl.v[i], r->actor, &r->res);
        stmt_list_free(&sl);
    } else {
        struct article_list al = {0};
        rc = corpus_read_articles(f, name, CORPUS_AUTO, &al, e);
        for (size_t i = 0; rc == 0 && i < al.n; i++)
            classify_article(r->m, &al.v[i], r->speaker ? r->speaker : al.v[i].speaker, r->dict,
                             &r->res);
        article_list_free(&al);
        r->saw_articles = 1;
    }
    fclose(f);
    free(mem);
    if (rc && e->kind == ERR_IO) e->kind = ERR_DATA;
    return rc;
}

/* Opens the output: stdout, or a temporary file beside path that
 * finish_output renames over it, so a failed run never leaves half a file. */
static FILE *open_output(const char *path, char **tmp, struct err *e) {
    *tmp = NULL;
    if (!path) return stdout;
    struct buf b = BUF_INIT;
    buf_addf(&b, "%s.tmp-XXXXXX", path);
    *tmp = buf_detach(&b);
    int fd = mkstemp(*tmp);
    if (fd < 0) {
        err_sys(e, errno, "cannot create a temporary file beside '%s'", path);
        free(*tmp);
        *tmp = NULL;
        return NULL;
    }
    /* mkstemp makes it 0600; the output is as readable as any new file. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    return fdopen(fd, "w");
}

static int finish_output(FILE *f, const char *path, char *tmp, int ok, struct err *e) {
    if (!tmp) return ok ? 0 : -1;
    int bad = fflush(f) != 0 || fsync(fileno(f)) != 0;
    if (fclose(f) != 0) bad = 1;
    if (ok && !bad && rename(tmp, path) != 0) {
        err_sys(e, errno, "cannot rename '%s' to '%s'", tmp, path);
        ok = 0;
    } else if (ok && !bad) {
        free(tmp);
        return durable_sync_parent(path, e); /* the rename, too, must last */
    } else if (ok && bad) {
        err_sys(e, errno ? errno : EIO, "cannot write '%s'", path);
        ok = 0;
    }
    if (!ok) unlink(tmp);
    free(tmp);
    return ok ? 0 : -1;
}

enum { OPT_ACTOR = 256, OPT_SPEAKER, OPT_ALL, OPT_NOACTORS, OPT_EXPLAIN, OPT_MINCONF };

static const struct option longopts[] = {
    {"model", required_argument, 0, 'm'},   {"expr", required_argument, 0, 'e'},
    {"actor", required_argument, 0, OPT_ACTOR}, {"input", required_argument, 0, 'i'},
    {"speaker", required_argument, 0, OPT_SPEAKER}, {"format", required_argument, 0, 'f'},
    {"all", no_argument, 0, OPT_ALL},       {"output", required_argument, 0, 'o'},
    {"actors", required_argument, 0, 'a'},  {"no-actors", no_argument, 0, OPT_NOACTORS},
    {"explain", optional_argument, 0, OPT_EXPLAIN}, {"min-confidence", required_argument, 0, OPT_MINCONF},
    {"help", no_argument, 0, 'h'}, {"version", no_argument, 0, 'V'},          {0, 0, 0, 0}};

/* The shipped dictionary, then the user's, in order. */
static struct actors *load_actors(int use_shipped, char **files, int nfiles, struct err *e) {
    struct actors *d = actors_new();
    char *def = NULL;
    if (use_shipped) {
        def = shipped("corpus/actors.tsv", "corpus/actors.tsv");
        if (access(def, F_OK) != 0) { /* none found: attribute without, but say so */
            fprintf(stderr, "%s: warning: no actor dictionary found (%s); names stay as the "
                    "text writes them; --actors FILE adds one, --no-actors silences this\n",
                    prog, def);
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

/* The whole program; actor_files and exprs (argc slots each) collect the
 * --actors files and the -e texts. */
static int run_main(int argc, char **argv, char **actor_files, const char **exprs) {
    char *model_dir = NULL;
    int nactor_files = 0, nexprs = 0, shipped_actors = 1;
    const char *expr = NULL, *outpath = NULL;
    int fmt_given = 0;
    struct run r = {0};
    enum out_format fmt = FMT_DEFAULT;
    int list_none = 0, opt;
    opterr = 0; /* our own messages, without argv[0] */
    while ((opt = getopt_long(argc, argv, ":m:e:i:f:o:a:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'm': free(model_dir); model_dir = xstrdup(optarg); break;
        case 'e': expr = exprs[nexprs++] = optarg; break;
        case OPT_ACTOR: r.actor = optarg; break;
        case 'i':
            if (strcmp(optarg, "auto") == 0) r.input = IN_AUTO;
            else if (strcmp(optarg, "statements") == 0) r.input = IN_STATEMENTS;
            else if (strcmp(optarg, "articles") == 0) r.input = IN_ARTICLES;
            else { free(model_dir); return usage_error("invalid input kind '%s' (auto, statements or articles)", optarg); }
            break;
        case OPT_SPEAKER: r.speaker = optarg; break;
        case 'f':
            if (strcmp(optarg, "report") == 0) fmt = FMT_REPORT;
            else if (strcmp(optarg, "tsv") == 0) fmt = FMT_TSV;
            else if (strcmp(optarg, "jsonl") == 0) fmt = FMT_JSONL;
            else { free(model_dir); return usage_error("invalid format '%s' (report, tsv or jsonl)", optarg); }
            break;
        case OPT_ALL: list_none = 1; break;
        case OPT_EXPLAIN: {
            long k = 5;
            if (optarg && num_long(optarg, 1, 100, &k)) {
                free(model_dir);
                return usage_error("invalid --explain count '%s' (1 to 100)", optarg);
            }
            r.res.opts.explain = (size_t)k;
            break;
        }
        case OPT_MINCONF:
            if (num_double(optarg, 0, 1, &r.res.opts.min_confidence)) {
                free(model_dir);
                return usage_error("invalid --min-confidence '%s' (a probability from 0 to 1)", optarg);
            }
            r.res.opts.own_threshold = 1;
            break;
        case 'a': actor_files[nactor_files++] = optarg; break;
        case OPT_NOACTORS: shipped_actors = 0; break;
        case 'o': outpath = optarg; break;
        case 'h': fputs(usage_text, stdout); free(model_dir); return 0;
        case 'V': printf("%s (Parley) %s\n", prog, PARLEY_VERSION); free(model_dir); return 0;
        case ':':
            free(model_dir);
            return usage_error("option '%s' needs a value", cli_option_name(argv, optind, optopt));
        default:
            free(model_dir);
            return usage_error("unknown option '%s'", cli_option_name(argv, optind, optopt));
        }
    }
    if (expr && optind < argc) {
        free(model_dir);
        return usage_error("%s", "give either -e TEXT or files, not both");
    }
    for (int i = 0; i < nexprs; i++)
        if (!*exprs[i] || !utf8_valid(exprs[i], strlen(exprs[i]), NULL)) {
            free(model_dir);
            return usage_error("%s", *exprs[i] ? "the text of -e is not valid UTF-8" : "empty text for -e");
        }
    if (list_none && fmt != FMT_REPORT && fmt != FMT_DEFAULT) {
        free(model_dir);
        return usage_error("%s", "--all lists none statements in the report (-f report); "
                                 "tsv and jsonl always list every statement");
    }
    /* Everything printed as JSON must be UTF-8: say so now, not later. */
    const char *const given[][2] = {{"--actor", r.actor}, {"--speaker", r.speaker}};
    for (size_t i = 0; i < sizeof given / sizeof *given; i++)
        if (given[i][1] && !utf8_valid(given[i][1], strlen(given[i][1]), NULL)) {
            free(model_dir);
            return usage_error("the text of %s is not valid UTF-8", given[i][0]);
        }
    if (!model_dir) model_dir = default_model();

    struct err e = ERR_INIT;
    struct model *m = model_load(model_dir, &e);
    free(model_dir);
    if (!m) return fail(&e);
    if (r.res.opts.explain && !clf_is_linear(m->clf)) {
        model_free(m);
        return usage_error("%s", "--explain needs a linear model (this one has an RBF kernel)");
    }
    r.m = m;
    r.dict = load_actors(shipped_actors, actor_files, nactor_files, &e);
    if (!r.dict) {
        model_free(m);
        return fail(&e);
    }

    int rc = 0, bad_files = 0; /* bad_files: the worst exit status of a skipped file */
    int nothing = 0;           /* every file failed */
    if (expr) {
        for (int i = 0; i < nexprs; i++) {
            struct stmt s = {NULL, (char *)r.actor, NULL, (char *)exprs[i], -1, 0};
            classify_statement(m, "-e", &s, NULL, &r.res);
        }
    } else if (optind >= argc) {
        rc = run_file(&r, "-", &e);
    } else {
        /* a bad file is reported and skipped: every other file is still
         * read and written, and the exit status says something failed */
        int good = 0;
        for (int i = optind; i < argc; i++)
            if (run_file(&r, argv[i], &e)) {
                int code = fail(&e);
                if (code > bad_files) bad_files = code;
            } else {
                good++;
            }
        nothing = !good; /* no output at all: -o keeps its old file */
    }
    if (rc == 0 && !nothing) {
        char *tmp;
        FILE *out = open_output(outpath, &tmp, &e);
        if (!out) rc = -1;
        else {
            fmt_given = fmt != FMT_DEFAULT;
            if (fmt == FMT_DEFAULT) fmt = r.saw_articles ? FMT_REPORT : FMT_TSV;
            if (expr && !fmt_given) { /* -e alone: "label<TAB>confidence" a line */
                for (size_t i = 0; i < r.res.n; i++) {
                    const struct result *x = &r.res.v[i];
                    fprintf(out, "%s\t%.3f", labels_name(r.res.labels, x->label), x->confidence);
                    for (size_t k = 0; k < x->nwhy; k++)
                        fprintf(out, "%s%s +%.3f", k ? "; " : "\t", x->why[k].term, x->why[k].weight);
                    fputc('\n', out);
                }
                rc = fflush(out) ? err_sys(&e, errno, "cannot write output") : 0;
            } else if (fmt == FMT_JSONL) rc = report_write_jsonl(out, &r.res, &e);
            else if (fmt == FMT_TSV) rc = report_write_tsv(out, &r.res, &e);
            else rc = report_write_text(out, &r.res, list_none, &e);
            if (finish_output(out, outpath, tmp, rc == 0, &e)) rc = -1;
        }
    }
    result_list_free(&r.res);
    actors_free(r.dict);
    model_free(m);
    return rc ? fail(&e) : bad_files;
}

int main(int argc, char **argv) {
    if (argc > 0 && argv[0] && *argv[0]) {
        const char *slash = strrchr(argv[0], '/');
        prog = slash ? slash + 1 : argv[0];
    }
    char **actor_files = calloc((size_t)argc, sizeof *actor_files);
    const char **exprs = calloc((size_t)argc, sizeof *exprs);
    if (!actor_files || !exprs) abort();
    int rc = run_main(argc, argv, actor_files, exprs);
    free(actor_files);
    free(exprs);
    return rc;
}
