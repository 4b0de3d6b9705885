/* train/main.c -- the `train` program: labelled corpora in, a model
 * directory out, with optional cross-validation. Option parsing, messages
 * and exit codes live here; the work is lib/learn.c. */
#include "../lib/buf.h"
#include "../lib/classify.h"
#include "../lib/calib.h"
#include "../lib/corpus.h"
#include "../lib/err.h"
#include "../lib/features.h"
#include "../lib/label.h"
#include "../lib/learn.h"
#include "../lib/metrics.h"
#include "../lib/model.h"
#include "../lib/num.h"
#include "../lib/report.h"
#include "../lib/version.h"
#include "../lib/mem.h"
#include "../tool/tool.h"
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const usage_text =
    "usage: train [options] -o MODEL CORPUS...\n"
    "\n"
    "Trains a Parley model from labelled statements and writes the model\n"
    "directory MODEL. A CORPUS is TSV with a header row (columns `label` and\n"
    "`text` required; `id`, `actor`, `source` optional; any order) or JSONL\n"
    "objects with the same keys. Labels: demand, concern, concession,\n"
    "agreement, none; or a scheme of one's own (say threat, promise, denial,\n"
    "none), declared by a corpus that uses none of the five but none, or by\n"
    "--labels. The model records the set; classify labels and reports in it.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR      model directory to write (required unless --cv-only)\n"
    "  -f, --force           replace an existing model directory\n"
    "  -c, --cost C          cost C: less regularisation when larger (default 1)\n"
    "      --solver S        libsvm (C-SVC) or liblinear (logistic regression:\n"
    "                        seconds instead of minutes on a large corpus;\n"
    "                        linear only) (default: liblinear from 5,000\n"
    "                        statements, libsvm below)\n"
    "      --kernel K        linear or rbf (default linear; libsvm)\n"
    "      --gamma G         rbf kernel width (default 1/number of features)\n"
    "      --class-weight W  balanced or none (default balanced)\n"
    "      --ngram N         longest word n-gram, 1 to 3 (default 2)\n"
    "      --min-df N        drop terms seen in fewer documents (default 2)\n"
    "      --no-sublinear    raw term frequency instead of 1 + log(tf)\n"
    "      --no-stem         keep words whole (default: Snowball English stems)\n"
    "      --no-cues         no pooled label-cue terms (default: one term per\n"
    "                        label for the cue words of ANNOTATION.md)\n"
    "      --features LIST   feature families beyond word n-grams, comma-\n"
    "                        separated: stem, cues, neg (negation scope),\n"
    "                        modal (obligations on self or others), person\n"
    "                        (first person, reported speech), mask (names\n"
    "                        become #name), holder (told by the narrator,\n"
    "                        held jointly: from the actor column); 'plain'\n"
    "                        for plain tf-idf of words and word pairs;\n"
    "                        'default' for stem,cues,mask,holder\n"
    "      --no-probability  no probability estimates (faster; confidence 1)\n"
    "      --cv K            K-fold cross-validation by document; prints\n"
    "                        per-label precision, recall, F1, macro-F1,\n"
    "                        accuracy and the confusion matrix, and (with\n"
    "                        probabilities) the reliability table of the\n"
    "                        confidences and the minimum confidence that\n"
    "                        classify will use by default (default off)\n"
    "      --grid            pick C from 0.03 0.1 0.3 1 3 10 and the class\n"
    "                        weight (balanced or none) by CV macro-F1 (uses\n"
    "                        --cv, default 5 folds); the manifest keeps the\n"
    "                        search\n"
    "      --cv-only         cross-validate and stop; write no model\n"
    "      --uncertain N FILE  after training, list the N statements of FILE (TSV\n"
    "                        or JSONL, labels not needed) the model is least\n"
    "                        sure of, as TSV ready to label (stdout)\n"
    "      --labels LIST     the label set, comma-separated (default: the\n"
    "                        corpus's labels; a label outside LIST is an error)\n"
    "  -t, --test FILE       after training, evaluate on the labelled FILE and\n"
    "                        print its metrics (repeatable; without -o no model\n"
    "                        is written)\n"
    "      --seed N          seed for folds and libsvm (default 1)\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            show this help\n"
    "      --version         show the version\n"
    "\n";

/* two strings: one would pass the 4095 characters C99 promises */
static const char *const usage_examples =
    "examples:\n"
    "  train -o models/mine corpus/statements.tsv\n"
    "  train --cv 5 --cv-only corpus/statements.tsv\n"
    "  train --grid --force -o models/default corpus/*.tsv\n"
    "  train -q --test corpus/data/kremlin-ua.tsv corpus/data/unsc.tsv\n"
    "  train --labels threat,promise,denial,none -o models/threats threats.tsv\n"
    "  train -q --uncertain 50 unlabelled.tsv -o models/mine corpus.tsv > next.tsv\n"
    "\n"
    "exit status: 0 ok, 1 bad data or model, 2 bad usage\n";

enum { OPT_KERNEL = 256, OPT_GAMMA, OPT_WEIGHT, OPT_NGRAM, OPT_MINDF, OPT_NOSUB, OPT_NOSTEM, OPT_NOCUES, OPT_NOPROB,
       OPT_CV, OPT_GRID, OPT_CVONLY, OPT_SEED, OPT_LABELS, OPT_UNCERTAIN, OPT_SOLVER, OPT_FEATURES };

static const struct option longopts[] = {
    {"output", required_argument, 0, 'o'}, {"force", no_argument, 0, 'f'},
    {"cost", required_argument, 0, 'c'},   {"kernel", required_argument, 0, OPT_KERNEL},
    {"gamma", required_argument, 0, OPT_GAMMA}, {"class-weight", required_argument, 0, OPT_WEIGHT},
    {"ngram", required_argument, 0, OPT_NGRAM}, {"min-df", required_argument, 0, OPT_MINDF},
    {"no-sublinear", no_argument, 0, OPT_NOSUB}, {"no-stem", no_argument, 0, OPT_NOSTEM},
    {"no-cues", no_argument, 0, OPT_NOCUES}, {"no-probability", no_argument, 0, OPT_NOPROB},
    {"cv", required_argument, 0, OPT_CV},   {"grid", no_argument, 0, OPT_GRID},
    {"cv-only", no_argument, 0, OPT_CVONLY}, {"seed", required_argument, 0, OPT_SEED},
    {"labels", required_argument, 0, OPT_LABELS}, {"uncertain", required_argument, 0, OPT_UNCERTAIN},
    {"solver", required_argument, 0, OPT_SOLVER}, {"features", required_argument, 0, OPT_FEATURES},
    {"test", required_argument, 0, 't'},    {"quiet", no_argument, 0, 'q'},         {"help", no_argument, 0, 'h'}, {"version", no_argument, 0, 'V'},
    {0, 0, 0, 0}};

/* Reads the n files into c; need_label as corpus_read takes it. */
static int read_corpora(char **files, int n, int need_label, struct stmt_list *c, struct err *e) {
    for (int i = 0; i < n; i++) {
        FILE *f = strcmp(files[i], "-") == 0 ? stdin : fopen(files[i], "r");
        if (!f) return err_sys(e, errno, "cannot open '%s'", files[i]);
        int rc = corpus_read(f, f == stdin ? "<stdin>" : files[i], CORPUS_AUTO, need_label, c, e);
        if (f != stdin) fclose(f);
        if (rc) {
            if (e->kind == ERR_IO) e->kind = ERR_DATA;
            return -1;
        }
    }
    return 0;
}

/* What a cross-validation found: its figures, and with probabilities the
 * temperature that calibrates them, the reliability of the calibrated
 * confidences and the threshold they suggest. */
struct cv_result {
    struct metrics m;
    int calibrated;     /* the rest is set */
    double temperature;
    struct calib cal;
    double threshold, f1_at, f1_none;
};

/* Cross-validates with C = p->C (with calibrate and probabilities, also
 * the confidences); fills r; prints nothing. */
static int run_cv(const struct stmt_list *c, const struct feat_opts *fo,
                  const struct clf_params *p, int k, int calibrate, struct progress *pr,
                  struct cv_result *r, struct err *e) {
    size_t nl = c->labels.n;
    int probs_on = calibrate && (p->probability || p->solver == CLF_LIBLINEAR);
    int *pred = malloc(c->n * sizeof *pred);
    int *gold = malloc(c->n * sizeof *gold);
    int *right = malloc(c->n * sizeof *right);
    double *conf = malloc(c->n * sizeof *conf);
    double *probs = probs_on ? malloc(c->n * nl * sizeof *probs) : NULL;
    if (!pred || !gold || !right || !conf || (probs_on && !probs)) abort();
    for (size_t i = 0; i < c->n; i++) gold[i] = c->v[i].label;
    int rc = learn_cv(c, fo, p, k, p->seed, pred, probs, pr->f ? progress_cb : NULL, pr, e);
    progress_end(pr);
    r->calibrated = 0;
    if (rc == 0) {
        metrics_compute(gold, pred, c->n, &c->labels, &r->m);
        if (probs) {
            r->temperature = calib_temperature(probs, gold, c->n, nl);
            for (size_t i = 0; i < c->n; i++) {
                calib_apply(probs + i * nl, nl, r->temperature);
                conf[i] = probs[i * nl + pred[i]];
                right[i] = pred[i] == gold[i];
            }
            calib_compute(conf, right, c->n, &r->cal);
            r->threshold = calib_threshold(gold, pred, conf, c->n, &c->labels, &r->f1_at, &r->f1_none);
            r->calibrated = 1;
        }
    }
    free(pred);
    free(gold);
    free(right);
    free(conf);
    free(probs);
    return rc;
}

/* --grid: C from 0.03 to 10 and class weights balanced or none, each by
 * k-fold cross-validation on the training corpus (never the test files),
 * the best macro-F1 chosen (ties: the earlier setting). Prints the table;
 * sets cp; appends "C/weight macro-F1, ..." to out for the manifest. */
static int grid_search(const struct stmt_list *c, const struct feat_opts *fo,
                       struct clf_params *cp, int k, struct progress *pr, struct buf *out,
                       struct err *e) {
    static const double grid_c[] = {0.03, 0.1, 0.3, 1, 3, 10};
    struct clf_params best_p = *cp;
    double best = -1;
    struct cv_result r;
    for (int balanced = 1; balanced >= 0; balanced--)
        for (size_t i = 0; i < sizeof grid_c / sizeof *grid_c; i++) {
            struct clf_params q = *cp;
            q.C = grid_c[i];
            q.balanced = balanced;
            if (run_cv(c, fo, &q, k, 0, pr, &r, e)) return -1;
            const char *w = balanced ? "balanced" : "none";
            printf("C %-6g class weight %-8s macro-F1 %.3f accuracy %.3f\n", q.C, w, r.m.macro_f1,
                   r.m.accuracy);
            buf_addf(out, "%s%g/%s %.4f", out->len ? ", " : "", q.C, w, r.m.macro_f1);
            if (r.m.macro_f1 > best) best = r.m.macro_f1, best_p = q;
        }
    *cp = best_p;
    printf("chosen: C %g, class weight %s (by %d-fold cross-validation macro-F1)\n\n", cp->C,
           cp->balanced ? "balanced" : "none", k);
    return 0;
}

/* The reliability table of a cross-validation or a test file. */
static void print_reliability(const struct calib *cal, const char *what) {
    struct buf b = BUF_INIT;
    buf_addf(&b, "\nreliability of the confidence (%s)\n", what);
    calib_format(cal, &b);
    fputs(buf_str(&b), stdout);
    buf_free(&b);
}

/* Evaluates model mo on the labelled file path and prints its metrics. */
static int evaluate(const struct model *mo, const char *path, const struct stmt_list *tp,
                    struct err *e) {
    struct stmt_list t = *tp;
    int *pred = malloc(t.n * sizeof *pred), *gold = malloc(t.n * sizeof *gold);
    int *right = malloc(t.n * sizeof *right);
    double *conf = malloc(t.n * sizeof *conf);
    if (!pred || !gold || !right || !conf) abort();
    learn_predict(mo, &t, pred, conf);
    for (size_t i = 0; i < t.n; i++) gold[i] = t.v[i].label, right[i] = pred[i] == gold[i];
    struct metrics m;
    metrics_compute(gold, pred, t.n, &mo->labels, &m);
    struct buf b = BUF_INIT;
    buf_addf(&b, "evaluation on %s, %zu statements\n\n", path, t.n);
    metrics_format(&m, &b);
    fputs(buf_str(&b), stdout);
    if (clf_has_probability(mo->clf)) {
        struct calib cal;
        calib_compute(conf, right, t.n, &cal);
        print_reliability(&cal, "the model's probabilities");
    }
    fputc('\n', stdout);
    fflush(stdout);
    buf_free(&b);
    free(pred);
    free(gold);
    free(right);
    free(conf);
    (void)e;
    return 0;
}

static void record_cv(struct model *mo, const struct cv_result *r, int k) {
    const struct metrics *m = &r->m;
    struct buf b = BUF_INIT;
    buf_addf(&b, "%d", k);
    model_add_extra(mo, "cv_folds", buf_str(&b));
    buf_reset(&b);
    buf_addf(&b, "%.4f", m->accuracy);
    model_add_extra(mo, "cv_accuracy", buf_str(&b));
    buf_reset(&b);
    buf_addf(&b, "%.4f", m->macro_f1);
    model_add_extra(mo, "cv_macro_f1", buf_str(&b));
    for (int l = 0; l < (int)m->labels.n; l++) {
        buf_reset(&b);
        buf_addf(&b, "%.4f", m->f1[l]);
        struct buf key = BUF_INIT;
        buf_addf(&key, "cv_f1_%s", m->labels.name[l]);
        model_add_extra(mo, buf_str(&key), buf_str(&b));
        buf_free(&key);
    }
    if (r->calibrated) {
        buf_reset(&b);
        buf_addf(&b, "%.4f", r->cal.ece);
        model_add_extra(mo, "cv_ece", buf_str(&b));
        mo->min_confidence = r->threshold;
        mo->temperature = r->temperature;
    }
    buf_free(&b);
}

/* --uncertain: the statements the model is least sure of, as a corpus to
 * label (the label column empty), with the model's guess beside it. */
static void print_uncertain(const struct model *mo, const struct stmt_list *pool, size_t n) {
    size_t *idx = malloc((n ? n : 1) * sizeof *idx);
    double *margin = malloc((n ? n : 1) * sizeof *margin), *conf = malloc((n ? n : 1) * sizeof *conf);
    int *guess = malloc((n ? n : 1) * sizeof *guess);
    if (!idx || !margin || !conf || !guess) abort();
    size_t got = learn_uncertain(mo, pool, n, idx, margin, guess, conf);
    fputs("id\tsource\tactor\tlabel\ttext\tguess\tconfidence\tmargin\n", stdout);
    for (size_t k = 0; k < got; k++) {
        const struct stmt *s = &pool->v[idx[k]];
        report_put_field(stdout, s->id);
        putchar('\t');
        report_put_field(stdout, s->source);
        putchar('\t');
        report_put_field(stdout, s->actor);
        fputs("\t\t", stdout);
        report_put_field(stdout, s->text);
        printf("\t%s\t%.3f\t%.3f\n", labels_name(&mo->labels, guess[k]), conf[k], margin[k]);
    }
    free(idx);
    free(margin);
    free(conf);
    free(guess);
}

/* "train: 1234 statements", and the label set with its counts; warns of a
 * label with no statement at all (a scheme declared with --labels). */
static void report_labels(const struct stmt_list *c, int quiet) {
    size_t count[LABELS_MAX] = {0};
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].label >= 0) count[c->v[i].label]++;
    if (!quiet) {
        fprintf(stderr, "%s: %zu statements;", tool_prog, c->n);
        for (size_t l = 0; l < c->labels.n; l++)
            fprintf(stderr, "%s %s %zu", l ? "," : "", c->labels.name[l], count[l]);
        fputc('\n', stderr);
    }
    for (size_t l = 0; l < c->labels.n; l++)
        if (!count[l])
            fprintf(stderr, "%s: warning: label '%s' has no statement; the model will never "
                    "predict it\n", tool_prog, c->labels.name[l]);
}

/* From this many statements on, the default solver is liblinear: libsvm's
 * training time grows about quadratically (minutes at 10,000 statements),
 * liblinear's linearly (a second). */
#define SOLVER_AUTO_SIZE 5000

/* What the command line asked for. */
struct opts {
    struct feat_opts fo;
    struct clf_params cp;
    const char *out; /* model directory, or NULL */
    int force, quiet, grid, cv_only;
    long cv;         /* folds, 0 for none */
    char **tests;    /* --test files */
    int ntests;
    const char *labels; /* --labels, or NULL */
    long uncertain;     /* --uncertain N FILE: N, 0 for none */
    char *pool;         /* its FILE */
    int solver_given;   /* --solver (or --kernel rbf): else chosen by corpus size */
};

static int train_and_report(char **files, int nfiles, struct opts *o);

/* The whole program; tests (argc slots) collects --test files. */
static int run(int argc, char **argv, char **tests) {
    struct opts o = {FEAT_OPTS_DEFAULT, CLF_PARAMS_DEFAULT, NULL, 0, 0, 0, 0, 0, tests, 0, NULL, 0, NULL, 0};
    struct feat_opts *fo = &o.fo;
    struct clf_params *cp = &o.cp;
    int opt;
    opterr = 0; /* our own messages, without argv[0] */
    while ((opt = getopt_long(argc, argv, ":o:fc:t:qh", longopts, NULL)) != -1) {
        long l;
        switch (opt) {
        case 'o': o.out = optarg; break;
        case 'f': o.force = 1; break;
        case 'c':
            if (num_double(optarg, 1e-6, 1e6, &cp->C)) return tool_usage_error("invalid cost '%s' (a number from 1e-6 to 1e6)", optarg);
            break;
        case OPT_KERNEL:
            if (strcmp(optarg, "linear") == 0) cp->kernel = CLF_LINEAR;
            else if (strcmp(optarg, "rbf") == 0) cp->kernel = CLF_RBF;
            else return tool_usage_error("invalid kernel '%s' (linear or rbf)", optarg);
            break;
        case OPT_SOLVER:
            if (strcmp(optarg, "libsvm") == 0) cp->solver = CLF_LIBSVM;
            else if (strcmp(optarg, "liblinear") == 0) cp->solver = CLF_LIBLINEAR;
            else return tool_usage_error("invalid solver '%s' (libsvm or liblinear)", optarg);
            o.solver_given = 1;
            break;
        case OPT_GAMMA:
            if (num_double(optarg, 1e-9, 1e6, &cp->gamma)) return tool_usage_error("invalid gamma '%s'", optarg);
            break;
        case OPT_WEIGHT:
            if (strcmp(optarg, "balanced") == 0) cp->balanced = 1;
            else if (strcmp(optarg, "none") == 0) cp->balanced = 0;
            else return tool_usage_error("invalid class weight '%s' (balanced or none)", optarg);
            break;
        case OPT_NGRAM:
            if (num_long(optarg, 1, 3, &fo->ngram_max)) return tool_usage_error("invalid n-gram length '%s' (1 to 3)", optarg);
            break;
        case OPT_MINDF:
            if (num_long(optarg, 1, 1000000, &fo->min_df)) return tool_usage_error("invalid minimum document frequency '%s'", optarg);
            break;
        case OPT_NOSUB: fo->sublinear = 0; break;
        case OPT_NOSTEM: fo->stem = 0; break;
        case OPT_NOCUES: fo->cues = 0; break;
        case OPT_FEATURES: {
            const char *bad;
            if (feat_parse_families(optarg, fo, &bad)) return tool_usage_error("invalid --features '%s'", optarg);
            break;
        }
        case OPT_NOPROB: cp->probability = 0; break;
        case OPT_CV:
            if (num_long(optarg, 2, 100, &o.cv)) return tool_usage_error("invalid fold count '%s' (2 to 100)", optarg);
            break;
        case OPT_GRID: o.grid = 1; break;
        case OPT_CVONLY: o.cv_only = 1; break;
        case OPT_SEED:
            if (num_long(optarg, 0, 2147483647L, &l)) return tool_usage_error("invalid seed '%s'", optarg);
            cp->seed = (unsigned long)l;
            break;
        case OPT_LABELS: {
            struct labelset ls;
            const char *why;
            if (labels_parse_list(&ls, optarg, ',', &why))
                return tool_usage_error("invalid --labels: %s", why);
            o.labels = optarg;
            break;
        }
        case OPT_UNCERTAIN:
            if (num_long(optarg, 1, 1000000, &o.uncertain))
                return tool_usage_error("invalid --uncertain count '%s' (1 to 1000000)", optarg);
            /* the FILE after N (getopt hands over one value) */
            if (optind >= argc) return tool_usage_error("%s", "--uncertain needs a count and a FILE");
            o.pool = argv[optind++];
            break;
        case 't': o.tests[o.ntests++] = optarg; break;
        case 'q': o.quiet = 1; break;
        case 'h': fputs(usage_text, stdout), fputs(usage_examples, stdout); return 0;
        case 'V': printf("%s (Parley) %s\n", tool_prog, PARLEY_VERSION); return 0;
        case ':': return tool_usage_error("option '%s' needs a value", tool_option_name(argv, optind, optopt));
        default: return tool_usage_error("unknown option '%s'", tool_option_name(argv, optind, optopt));
        }
    }
    if (optind >= argc) return tool_usage_error("%s", "no corpus file given");
    if (!o.out && !o.cv_only && !o.ntests && !o.uncertain)
        return tool_usage_error("%s", "no model directory given (-o MODEL)");
    if (o.cv_only && (o.out || o.ntests || o.uncertain))
        return tool_usage_error("%s", "--cv-only trains no model: it takes neither -o, --test nor --uncertain");
    if ((o.grid || o.cv_only) && !o.cv) o.cv = 5;
    if (cp->solver == CLF_LIBLINEAR && cp->kernel == CLF_RBF)
        return tool_usage_error("%s", "--solver liblinear is linear only: it takes no --kernel rbf");
    /* an RBF kernel is libsvm's; a linear one on a large corpus is faster
     * with liblinear */
    if (cp->kernel == CLF_RBF) o.solver_given = 1;
    /* "models/mine/" names the directory "models/mine" */
    char *outdir = NULL;
    if (o.out) {
        size_t n = strlen(o.out);
        while (n > 1 && o.out[n - 1] == '/') n--;
        outdir = strndup(o.out, n);
        if (!outdir) abort();
        o.out = outdir;
    }
    int rc = train_and_report(argv + optind, argc - optind, &o);
    free(outdir);
    return rc;
}

/* Reads the corpora and test files, cross-validates, trains, evaluates and
 * saves, as the options asked. */
static int train_and_report(char **files, int nfiles, struct opts *o) {
    const struct feat_opts *fo = &o->fo;
    struct clf_params *cp = &o->cp; /* --grid sets C */
    const char *out = o->out;
    int quiet = o->quiet, ntests = o->ntests;
    long cv = o->cv;

    struct err e = ERR_INIT;
    if (out && model_check_target(out, o->force, &e)) return tool_fail(&e);
    struct progress pr;
    progress_init(&pr, quiet ? NULL : stderr, tool_prog);
    struct stmt_list c = {0};
    struct stmt_list pool = {0}; /* the statements to rank for --uncertain */
    struct buf grid = BUF_INIT;  /* the search, for the manifest */
    /* Test files are read before any training, so a bad one fails fast. */
    struct stmt_list *tl = calloc((size_t)ntests + 1, sizeof *tl);
    if (!tl) abort();
    if (o->labels) {
        const char *why;
        labels_parse_list(&c.labels, o->labels, ',', &why); /* checked by run() */
    } else {
        c.labels_open = 1;
    }
    if (read_corpora(files, nfiles, CORPUS_LABELS_REQUIRED, &c, &e)) goto failed;
    if (!o->labels) corpus_settle_labels(&c);
    if (!o->solver_given) cp->solver = c.n >= SOLVER_AUTO_SIZE ? CLF_LIBLINEAR : CLF_LIBSVM;
    for (int i = 0; i < ntests; i++) {
        tl[i].labels = c.labels;
        if (read_corpora(&o->tests[i], 1, CORPUS_LABELS_REQUIRED, &tl[i], &e)) goto failed;
    }
    /* the statements to rank for --uncertain: labels, if any, are ignored */
    if (o->pool && read_corpora(&o->pool, 1, CORPUS_LABELS_IGNORED, &pool, &e)) goto failed;
    report_labels(&c, quiet);

    struct cv_result cvr;
    if (o->grid && grid_search(&c, fo, cp, (int)cv, &pr, &grid, &e)) goto failed;
    if (cv) {
        if (run_cv(&c, fo, cp, (int)cv, 1, &pr, &cvr, &e)) goto failed;
        struct buf t = BUF_INIT;
        buf_addf(&t, "%ld-fold cross-validation by document (seed %lu, C %g), %zu statements\n\n",
                 cv, cp->seed, cp->C, c.n);
        metrics_format(&cvr.m, &t);
        fputs(buf_str(&t), stdout);
        if (cvr.calibrated) {
            char what[96];
            snprintf(what, sizeof what, "cross-validated probabilities at temperature %.2f", cvr.temperature);
            print_reliability(&cvr.cal, what);
            printf("\nmin-confidence %.2f (below it classify reports none): macro-F1 %.3f, "
                   "%.3f without\n", cvr.threshold, cvr.f1_at, cvr.f1_none);
        }
        fflush(stdout);
        buf_free(&t);
    }
    if (!o->cv_only) {
        struct model *mo = learn_model(&c, fo, cp, quiet ? NULL : progress_cb, &pr, &e);
        progress_end(&pr);
        if (!mo) goto failed;
        /* the calibration first: tests and --uncertain use the model as saved */
        if (cv) record_cv(mo, &cvr, (int)cv);
        if (grid.len) model_add_extra(mo, "grid", buf_str(&grid));
        for (int i = 0; i < ntests; i++)
            if (evaluate(mo, o->tests[i], &tl[i], &e)) {
                model_free(mo);
                goto failed;
            }
        if (o->uncertain) print_uncertain(mo, &pool, (size_t)o->uncertain);
        int rc = out ? model_save(mo, out, o->force, &e) : 0;
        model_free(mo);
        if (rc) goto failed;
        if (out && !quiet) fprintf(stderr, "%s: wrote model '%s'\n", tool_prog, out);
    }
    stmt_list_free(&c);
    stmt_list_free(&pool);
    buf_free(&grid);
    for (int i = 0; i < ntests; i++) stmt_list_free(&tl[i]);
    free(tl);
    classify_release(); /* what --test and --uncertain classified with */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        err_sys(&e, errno ? errno : EIO, "cannot write to standard output");
        return tool_fail(&e);
    }
    return 0;
failed:
    progress_end(&pr);
    classify_release();
    stmt_list_free(&c);
    stmt_list_free(&pool);
    buf_free(&grid);
    for (int i = 0; i < ntests; i++) stmt_list_free(&tl[i]);
    free(tl);
    return tool_fail(&e);
}

int main(int argc, char **argv) {
    tool_init(argc > 0 ? argv[0] : NULL, "train");
    char **tests = xcalloc((size_t)argc, sizeof *tests);
    int rc = run(argc, argv, tests);
    free(tests);
    return rc;
}
