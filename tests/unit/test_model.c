/* test_model.c -- unit tests of training, saving and loading models (lib/learn.h, lib/model.h, lib/clf.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../lib/buf.h"
#include "../../lib/checksum.h"
#include "../../lib/classify.h"
#include "../../lib/clf.h"
#include "../../lib/corpus.h"
#include "../../lib/cues.h"
#include "../../lib/err.h"
#include "../../lib/features.h"
#include "../../lib/label.h"
#include "../../lib/learn.h"
#include "../../lib/model.h"
#include "../../lib/vocab.h"

/* Twenty statements, four per label, two per document. */
static const char corpus_tsv[] =
    "id\tsource\tlabel\ttext\n"
    "s01\tdoc01:0-10\tdemand\tWe demand the immediate withdrawal of all troops.\n"
    "s02\tdoc01:10-20\tconcern\tWe are deeply concerned about the humanitarian situation.\n"
    "s03\tdoc02:0-10\tdemand\tRussia must stop the shelling at once.\n"
    "s04\tdoc02:10-20\tconcern\tThe escalation worries us greatly.\n"
    "s05\tdoc03:0-10\tdemand\tWe call on Moscow to release the prisoners.\n"
    "s06\tdoc03:10-20\tconcern\tWe are alarmed by the growing number of victims.\n"
    "s07\tdoc04:0-10\tdemand\tThe troops must leave Ukrainian territory now.\n"
    "s08\tdoc04:10-20\tconcern\tWe remain concerned about the safety of the plant.\n"
    "s09\tdoc05:0-10\tconcession\tWe are prepared to postpone the exercises.\n"
    "s10\tdoc05:10-20\tagreement\tThe two sides agreed to continue contacts.\n"
    "s11\tdoc06:0-10\tconcession\tMoscow is ready to make some compromises on the schedule.\n"
    "s12\tdoc06:10-20\tagreement\tBoth ministers agreed on a prisoner exchange.\n"
    "s13\tdoc07:0-10\tconcession\tWe will not insist on our earlier conditions.\n"
    "s14\tdoc07:10-20\tagreement\tWe welcome the agreement reached on the exchange.\n"
    "s15\tdoc08:0-10\tconcession\tKyiv is ready to drop the demand for sanctions.\n"
    "s16\tdoc08:10-20\tagreement\tThe parties agreed on a memorandum on grain exports.\n"
    "s17\tdoc09:0-10\tnone\tThe meeting took place in Geneva.\n"
    "s18\tdoc09:10-20\tnone\tGood afternoon, colleagues.\n"
    "s19\tdoc10:0-10\tnone\tThe talks took place in London.\n"
    "s20\tdoc10:10-20\tnone\tThe minister arrived in London on Thursday.\n";

/* The first five are clear cases of the labels in enum order. */
static const char *const probes[] = {
    "We demand that the troops leave now.", "We are concerned about the plant.",
    "We are ready to postpone the exercises.", "The sides agreed on an exchange.",
    "The meeting took place on Thursday.", "Completely unrelated words here.", ""};
#define NPROBES (sizeof probes / sizeof *probes)

static void read_corpus(struct stmt_list *l) {
    FILE *f = fmemopen((char *)corpus_tsv, sizeof corpus_tsv - 1, "r");
    assert_non_null(f);
    struct err e = ERR_INIT;
    int rc = corpus_read(f, "mem.tsv", CORPUS_TSV, 1, l, &e);
    fclose(f);
    if (rc) fail_msg("%s", e.msg);
    assert_int_equal(l->n, 20);
}

static struct model *train(const struct stmt_list *l, unsigned long seed) {
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct clf_params cp = CLF_PARAMS_DEFAULT;
    cp.seed = seed;
    struct err e = ERR_INIT;
    struct model *m = learn_model(l, &fo, &cp, NULL, NULL, &e);
    if (!m) fail_msg("%s", e.msg);
    return m;
}

/* A scratch directory per test; paths inside it are built with at(). */
struct scratch {
    char dir[128];
    char path[256];
};

static int setup(void **state) {
    struct scratch *s = calloc(1, sizeof *s);
    const char *tmp = getenv("TMPDIR");
    snprintf(s->dir, sizeof s->dir, "%s/parley-test-model-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(s->dir)) {
        free(s);
        return -1;
    }
    *state = s;
    return 0;
}

static const char *at(struct scratch *s, const char *rel) {
    snprintf(s->path, sizeof s->path, "%s/%s", s->dir, rel);
    return s->path;
}

/* Removes the scratch directory and whatever is in it (one level of
 * subdirectories, which is all the tests make). */
static void remove_tree(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        struct buf p = BUF_INIT;
        buf_addf(&p, "%s/%s", dir, de->d_name);
        struct stat st;
        if (lstat(p.p, &st) == 0 && S_ISDIR(st.st_mode)) remove_tree(p.p);
        else unlink(p.p);
        buf_free(&p);
    }
    closedir(d);
    rmdir(dir);
}

static int teardown(void **state) {
    struct scratch *s = *state;
    remove_tree(s->dir);
    free(s);
    return 0;
}

/* The whole content of a file; *len gets its size. Caller frees. */
static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    struct buf b = BUF_INIT;
    char block[4096];
    size_t n;
    while ((n = fread(block, 1, sizeof block, f)) > 0) buf_add(&b, block, n);
    fclose(f);
    *len = b.len;
    return buf_detach(&b);
}

static void spit(const char *path, const char *p, size_t len) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void assert_same_file(const char *a, const char *b) {
    size_t na, nb;
    char *pa = slurp(a, &na), *pb = slurp(b, &nb);
    assert_true(na > 0);
    assert_int_equal(na, nb);
    assert_memory_equal(pa, pb, na);
    free(pa);
    free(pb);
}

/* model_load(dir) must fail with ERR_DATA and exactly msg. */
static void check_load_error(const char *dir, const char *msg) {
    struct err e = ERR_INIT;
    struct model *m = model_load(dir, &e);
    assert_null(m);
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
}

static void save_ok(const struct model *m, const char *dir, int force) {
    struct err e = ERR_INIT;
    if (model_save(m, dir, force, &e)) fail_msg("model_save: %s", e.msg);
}

static void test_save_load_same_predictions(void **state) {
    struct scratch *s = *state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct model *m = train(&l, 1);
    model_add_extra(m, "cv_macro_f1", "0.5");
    char dir[256];
    snprintf(dir, sizeof dir, "%s", at(s, "model"));
    save_ok(m, dir, 0);
    struct err e = ERR_INIT;
    struct model *r = model_load(dir, &e);
    if (!r) fail_msg("model_load: %s", e.msg);

    /* the manifest brings back every setting */
    assert_int_equal(r->feat.ngram_max, m->feat.ngram_max);
    assert_int_equal(r->feat.min_df, m->feat.min_df);
    assert_int_equal(r->feat.sublinear, m->feat.sublinear);
    assert_int_equal(r->feat.stem, m->feat.stem);
    assert_int_equal(r->feat.cues, CUES_LATEST);
    assert_int_equal(r->params.kernel, CLF_LINEAR);
    assert_true(r->params.C == m->params.C);
    assert_int_equal(r->params.balanced, 1);
    assert_int_equal(r->params.probability, 1);
    assert_int_equal(r->params.seed, 1);
    assert_true(r->corpus_checksum == l.checksum);
    assert_int_equal(r->corpus_statements, 20);
    assert_int_equal(vocab_size(r->vocab), vocab_size(m->vocab));
    assert_true(vocab_size(r->vocab) > 0);
    assert_string_equal(model_extra(r, "cv_macro_f1"), "0.5");
    assert_null(model_extra(r, "nothing"));
    assert_int_equal(clf_has_probability(r->clf), 1);

    /* the same labels and (to libsvm's printed precision) the same scores */
    for (size_t i = 0; i < NPROBES + l.n; i++) {
        const char *t = i < NPROBES ? probes[i] : l.v[i - NPROBES].text;
        struct result a = {0}, b = {0};
        classify_text(m, t, strlen(t), FEAT_HELD_ACTOR, NULL, &a);
        classify_text(r, t, strlen(t), FEAT_HELD_ACTOR, NULL, &b);
        assert_int_equal(a.label, b.label);
        double sum = 0;
        for (int k = 0; k < LABEL_COUNT; k++) {
            if (fabs(a.scores[k] - b.scores[k]) > 1e-6)
                fail_msg("'%s' score %d: %g != %g", t, k, a.scores[k], b.scores[k]);
            sum += b.scores[k];
        }
        assert_true(fabs(sum - 1.0) < 1e-9);
        assert_true(b.confidence == b.scores[b.label]);
        /* the label is the most probable one */
        for (int k = 0; k < LABEL_COUNT; k++) assert_true(b.scores[k] <= b.confidence);
    }
    /* and the model has learnt something: the clear-cut probes (seed 1) */
    for (int k = 0; k < 5; k++) {
        struct result b = {0};
        classify_text(r, probes[k], strlen(probes[k]), FEAT_HELD_ACTOR, NULL, &b);
        assert_string_equal(label_name(b.label), label_name(k));
    }
    model_free(r);
    model_free(m);
    model_free(NULL);
    stmt_list_free(&l);
}

static void test_training_errors(void **state) {
    (void)state;
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct clf_params cp = CLF_PARAMS_DEFAULT;
    struct err e = ERR_INIT;
    struct stmt_list l = {0};
    assert_null(learn_model(&l, &fo, &cp, NULL, NULL, &e));
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, "no statements to train on");

    const char *one = "text\tlabel\nWe demand it.\tdemand\nWe demand that.\tdemand\n";
    FILE *f = fmemopen((char *)one, strlen(one), "r");
    assert_int_equal(corpus_read(f, "one.tsv", CORPUS_TSV, 1, &l, &e), 0);
    fclose(f);
    assert_null(learn_model(&l, &fo, &cp, NULL, NULL, &e));
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, "training needs statements of at least two labels");
    stmt_list_free(&l);

    const char *unlabelled = "text\nWe demand it.\n";
    f = fmemopen((char *)unlabelled, strlen(unlabelled), "r");
    assert_int_equal(corpus_read(f, "u.tsv", CORPUS_TSV, 0, &l, &e), 0);
    fclose(f);
    assert_null(learn_model(&l, &fo, &cp, NULL, NULL, &e));
    assert_int_equal(e.kind, ERR_DATA);
    assert_string_equal(e.msg, "statement 1 (line 2) has no label");
    stmt_list_free(&l);
    err_clear(&e);
}

static void test_without_probability(void **state) {
    (void)state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct clf_params cp = CLF_PARAMS_DEFAULT;
    cp.probability = 0;
    struct err e = ERR_INIT;
    struct model *m = learn_model(&l, &fo, &cp, NULL, NULL, &e);
    assert_non_null(m);
    assert_int_equal(clf_has_probability(m->clf), 0);
    struct result r = {0};
    classify_text(m, probes[0], strlen(probes[0]), FEAT_HELD_ACTOR, NULL, &r);
    /* the winner gets 1, the others 0 */
    assert_true(r.label >= 0 && r.label < LABEL_COUNT);
    assert_true(r.confidence == 1.0);
    for (int k = 0; k < LABEL_COUNT; k++) assert_true(r.scores[k] == (k == r.label ? 1.0 : 0.0));
    model_free(m);
    stmt_list_free(&l);
}

/* Progress callback: counts calls and checks done <= total. */
static void count_progress(void *ctx, const char *stage, size_t done, size_t total) {
    assert_non_null(stage);
    assert_true(done <= total);
    ++*(int *)ctx;
}

static void test_save_refuses_existing_without_force(void **state) {
    struct scratch *s = *state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct model *m = train(&l, 1);
    char dir[256], msg[512];
    snprintf(dir, sizeof dir, "%s", at(s, "model"));
    struct err e = ERR_INIT;
    assert_int_equal(model_check_target(dir, 0, &e), 0); /* nothing there yet */
    save_ok(m, dir, 0);

    snprintf(msg, sizeof msg, "'%s' already exists (use --force to replace it)", dir);
    assert_int_equal(model_check_target(dir, 0, &e), -1);
    assert_int_equal(e.kind, ERR_USAGE);
    assert_string_equal(e.msg, msg);
    err_clear(&e);
    assert_int_equal(model_save(m, dir, 0, &e), -1);
    assert_int_equal(e.kind, ERR_USAGE);
    assert_string_equal(e.msg, msg);
    err_clear(&e);

    /* with force the new model replaces the old one */
    struct model *m2 = train(&l, 2);
    model_add_extra(m2, "note", "second");
    assert_int_equal(model_check_target(dir, 1, &e), 0);
    save_ok(m2, dir, 1);
    struct model *r = model_load(dir, &e);
    assert_non_null(r);
    assert_string_equal(model_extra(r, "note"), "second");
    assert_int_equal(r->params.seed, 2);
    model_free(r);

    /* and nothing is left beside it (no temporary or old directory) */
    DIR *d = opendir(s->dir);
    assert_non_null(d);
    struct dirent *de;
    int entries = 0;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
            assert_string_equal(de->d_name, "model");
            entries++;
        }
    closedir(d);
    assert_int_equal(entries, 1);

    /* force never replaces what is not a model */
    char other[256];
    snprintf(other, sizeof other, "%s", at(s, "other"));
    assert_int_equal(mkdir(other, 0755), 0);
    snprintf(msg, sizeof msg, "refusing to replace '%s': not a Parley model directory", other);
    assert_int_equal(model_save(m, other, 1, &e), -1);
    assert_int_equal(e.kind, ERR_USAGE);
    assert_string_equal(e.msg, msg);
    char file[256];
    snprintf(file, sizeof file, "%s", at(s, "file"));
    spit(file, "x", 1);
    snprintf(msg, sizeof msg, "refusing to replace '%s': not a Parley model directory", file);
    assert_int_equal(model_save(m, file, 1, &e), -1);
    assert_string_equal(e.msg, msg);
    err_clear(&e);

    model_free(m2);
    model_free(m);
    stmt_list_free(&l);
}

static void test_damaged_files_are_refused(void **state) {
    struct scratch *s = *state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct model *m = train(&l, 1);
    char dir[256], path[512], msg[600];
    snprintf(dir, sizeof dir, "%s", at(s, "model"));
    static const char *const victims[] = {"svm.model", "vocab"};
    for (size_t v = 0; v < 2; v++) {
        save_ok(m, dir, 1);
        snprintf(path, sizeof path, "%s/%s", dir, victims[v]);
        size_t n;
        char *p = slurp(path, &n);
        assert_true(n > 20);
        snprintf(msg, sizeof msg, "'%s' is damaged or was edited (checksum mismatch)", path);
        /* truncated to half */
        spit(path, p, n / 2);
        check_load_error(dir, msg);
        /* empty */
        spit(path, p, 0);
        check_load_error(dir, msg);
        /* one byte changed, same size */
        p[n / 2] ^= 1;
        spit(path, p, n);
        check_load_error(dir, msg);
        /* restored: loads again */
        p[n / 2] ^= 1;
        spit(path, p, n);
        struct err e = ERR_INIT;
        struct model *r = model_load(dir, &e);
        assert_non_null(r);
        model_free(r);
        free(p);
    }
    model_free(m);
    stmt_list_free(&l);
}

/* Writes to man the manifest orig with [cut, resume) replaced by insert,
 * ended (at sum, its checksum line) by a valid checksum of the rest. */
static void spit_edited(const char *man, const char *orig, const char *cut, const char *insert,
                        const char *resume, const char *sum) {
    struct buf b = BUF_INIT;
    buf_add(&b, orig, (size_t)(cut - orig));
    buf_adds(&b, insert);
    buf_add(&b, resume, (size_t)(sum - resume));
    uint64_t h = checksum_update(CHECKSUM_INIT, b.p, b.len);
    buf_addf(&b, "manifest_checksum fnv1a64:%016" PRIx64 "\n", h);
    spit(man, b.p, b.len);
    buf_free(&b);
}

static void test_manifest_errors(void **state) {
    struct scratch *s = *state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct model *m = train(&l, 1);
    char dir[256], man[512], msg[600];
    snprintf(dir, sizeof dir, "%s", at(s, "model"));
    snprintf(man, sizeof man, "%s/manifest", dir);
    save_ok(m, dir, 0);
    size_t n;
    char *orig = slurp(man, &n);
    assert_memory_equal(orig, "parley-model 1\n", 15);

    /* a future format version is refused, naming the version */
    struct buf b = BUF_INIT;
    buf_adds(&b, "parley-model 99\n");
    buf_add(&b, orig + 15, n - 15);
    spit(man, b.p, b.len);
    snprintf(msg, sizeof msg, "'%s' has model format version 99; this build reads version 1",
             dir);
    check_load_error(dir, msg);

    /* not a manifest at all */
    spit(man, "hello\n", 6);
    snprintf(msg, sizeof msg, "%s:1: not a Parley model manifest", man);
    check_load_error(dir, msg);

    /* a manifest without its last newline */
    spit(man, orig, n - 1);
    int lines = 0;
    for (size_t i = 0; i < n; i++) lines += orig[i] == '\n';
    snprintf(msg, sizeof msg, "%s:%d: truncated line", man, lines);
    check_load_error(dir, msg);

    /* a bad value names its key and line (line 3 is ngram_max) */
    buf_reset(&b);
    const char *l3 = strstr(orig, "ngram_max ");
    assert_non_null(l3);
    buf_add(&b, orig, (size_t)(l3 - orig));
    buf_adds(&b, "ngram_max 7\n");
    const char *after = strchr(l3, '\n') + 1;
    buf_add(&b, after, n - (size_t)(after - orig));
    spit(man, b.p, b.len);
    snprintf(msg, sizeof msg, "%s:3: bad value for 'ngram_max'", man);
    check_load_error(dir, msg);

    /* a cue list this build does not know is refused */
    const char *cl = strstr(orig, "cues annotation-3\n");
    assert_non_null(cl);
    buf_reset(&b);
    buf_add(&b, orig, (size_t)(cl - orig));
    buf_adds(&b, "cues annotation-0\n");
    buf_adds(&b, cl + strlen("cues annotation-3\n"));
    spit(man, b.p, b.len);
    int cline = 1;
    for (const char *p = orig; p < cl; p++) cline += *p == '\n';
    snprintf(msg, sizeof msg, "%s:%d: bad value for 'cues'", man, cline);
    check_load_error(dir, msg);

    /* a model written before the cue terms (no `cues` line, manifest
     * checksum over the rest) loads, with the cue terms off */
    const char *sum = strstr(orig, "manifest_checksum ");
    assert_non_null(sum);
    const char *rest = cl + strlen("cues annotation-3\n");
    spit_edited(man, orig, cl, "", rest, sum);
    struct err e = ERR_INIT;
    struct model *old = model_load(dir, &e);
    if (!old) fail_msg("model_load: %s", e.msg);
    assert_int_equal(old->feat.cues, 0);
    model_free(old);

    /* a model of the older cue list loads and keeps it */
    spit_edited(man, orig, cl, "cues annotation-2\n", rest, sum);
    old = model_load(dir, &e);
    if (!old) fail_msg("model_load: %s", e.msg);
    assert_int_equal(old->feat.cues, 2);
    model_free(old);

    /* a key repeated on the very next line, with a valid checksum, is
     * refused (issue 13: "C 1" then "C 1000" used to load) */
    const char *cc = strstr(orig, "\nC ");
    assert_non_null(cc);
    cc++;
    const char *cend = strchr(cc, '\n') + 1;
    spit_edited(man, orig, cend, "C 1000\n", cend, sum);
    int cl2 = 2;
    for (const char *p = orig; p < cc; p++) cl2 += *p == '\n';
    snprintf(msg, sizeof msg, "%s:%d: 'C' appears twice", man, cl2);
    check_load_error(dir, msg);

    /* a required key missing, with a valid checksum: named */
    const char *st = strstr(orig, "\nstem ");
    assert_non_null(st);
    st++;
    const char *stend = strchr(st, '\n') + 1;
    spit_edited(man, orig, st, "", stend, sum);
    snprintf(msg, sizeof msg, "%s: incomplete manifest (no 'stem' line)", man);
    check_load_error(dir, msg);
    buf_free(&b);

    /* no model there */
    snprintf(msg, sizeof msg, "cannot open model '%s/none': No such file or directory", dir);
    char none[300];
    snprintf(none, sizeof none, "%s/none", dir);
    check_load_error(none, msg);

    free(orig);
    model_free(m);
    stmt_list_free(&l);
}

static void test_same_corpus_and_seed_same_bytes(void **state) {
    struct scratch *s = *state;
    static const char *const files[] = {"manifest", "vocab", "svm.model"};
    struct stmt_list l1 = {0}, l2 = {0};
    read_corpus(&l1);
    read_corpus(&l2);
    struct model *a = train(&l1, 7), *b = train(&l2, 7);
    char d1[256], d2[256], p1[512], p2[512];
    snprintf(d1, sizeof d1, "%s", at(s, "one"));
    snprintf(d2, sizeof d2, "%s", at(s, "two"));
    save_ok(a, d1, 0);
    save_ok(b, d2, 0);
    for (size_t i = 0; i < 3; i++) {
        snprintf(p1, sizeof p1, "%s/%s", d1, files[i]);
        snprintf(p2, sizeof p2, "%s/%s", d2, files[i]);
        assert_same_file(p1, p2);
    }
    /* the seed is part of the model */
    struct model *c = train(&l1, 8);
    save_ok(c, d2, 1);
    snprintf(p1, sizeof p1, "%s/manifest", d1);
    snprintf(p2, sizeof p2, "%s/manifest", d2);
    size_t n1, n2;
    char *m1 = slurp(p1, &n1), *m2 = slurp(p2, &n2);
    assert_non_null(strstr(m1, "\nseed 7\n"));
    assert_non_null(strstr(m2, "\nseed 8\n"));
    free(m1);
    free(m2);
    model_free(a);
    model_free(b);
    model_free(c);
    stmt_list_free(&l1);
    stmt_list_free(&l2);
}

static void test_cross_validation(void **state) {
    (void)state;
    struct stmt_list l = {0};
    read_corpus(&l);
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct clf_params cp = CLF_PARAMS_DEFAULT;
    struct err e = ERR_INIT;
    int pred[20], again[20], calls = 0;
    for (size_t i = 0; i < 20; i++) pred[i] = again[i] = -1;
    assert_int_equal(learn_cv(&l, &fo, &cp, 5, 1, pred, NULL, count_progress, &calls, &e), 0);
    assert_int_equal(calls, 5); /* one report per fold */
    for (size_t i = 0; i < 20; i++) assert_in_range(pred[i], 0, LABEL_COUNT - 1);
    /* the same seed, the same predictions */
    assert_int_equal(learn_cv(&l, &fo, &cp, 5, 1, again, NULL, NULL, NULL, &e), 0);
    assert_memory_equal(pred, again, sizeof pred);

    assert_int_equal(learn_cv(&l, &fo, &cp, 1, 1, pred, NULL, NULL, NULL, &e), -1);
    assert_int_equal(e.kind, ERR_USAGE);
    assert_string_equal(e.msg, "cannot make 1 folds of 20 statements");
    assert_int_equal(learn_cv(&l, &fo, &cp, 21, 1, pred, NULL, NULL, NULL, &e), -1);
    assert_string_equal(e.msg, "cannot make 21 folds of 20 statements");
    err_clear(&e);
    stmt_list_free(&l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_save_load_same_predictions, setup, teardown),
        cmocka_unit_test(test_training_errors),
        cmocka_unit_test(test_without_probability),
        cmocka_unit_test_setup_teardown(test_save_refuses_existing_without_force, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_damaged_files_are_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_manifest_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_corpus_and_seed_same_bytes, setup, teardown),
        cmocka_unit_test(test_cross_validation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
