/* model.c -- versioned, checksummed, atomically written model directories
 * (see model.h). */
/* renameat2 and RENAME_EXCHANGE are Linux (glibc) extensions. */
#define _GNU_SOURCE
#include "model.h"
#include "lines.h"
#include "buf.h"
#include "checksum.h"
#include "cues.h"
#include "durable.h"
#include "err.h"
#include "label.h"
#include "mem.h"
#include "num.h"
#include "vocab.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const files[] = {"manifest", "vocab", "svm.model"};

void model_add_extra(struct model *m, const char *key, const char *value) {
    m->extra = xreallocarray(m->extra, m->nextra + 1, sizeof *m->extra);
    m->extra[m->nextra++] = (struct model_kv){xstrdup(key), xstrdup(value)};
}

const char *model_extra(const struct model *m, const char *key) {
    for (size_t i = 0; i < m->nextra; i++)
        if (strcmp(m->extra[i].key, key) == 0) return m->extra[i].value;
    return NULL;
}

static char *path_join(const char *dir, const char *file) {
    struct buf b = BUF_INIT;
    buf_addf(&b, "%s/%s", dir, file);
    return buf_detach(&b);
}

int model_check_target(const char *dir, int force, struct err *e) {
    struct stat st;
    if (lstat(dir, &st) != 0) {
        if (errno != ENOENT) return err_sys(e, errno, "cannot check '%s'", dir);
        /* It will be made: its parent must exist and take new entries. */
        const char *slash = strrchr(dir, '/');
        char *parent = slash ? xstrndup(dir, slash == dir ? 1 : (size_t)(slash - dir)) : xstrdup(".");
        int ok = access(parent, W_OK | X_OK) == 0;
        int en = errno;
        if (!ok) err_sys(e, en, "cannot create '%s' in '%s'", dir, parent);
        free(parent);
        if (!ok) e->kind = ERR_USAGE;
        return ok ? 0 : -1;
    }
    if (S_ISLNK(st.st_mode))
        return err_set(e, ERR_USAGE, "refusing to replace '%s': it is a symbolic link", dir);
    if (!force)
        return err_set(e, ERR_USAGE, "'%s' already exists (use --force to replace it)", dir);
    char *man = path_join(dir, "manifest");
    int ok = S_ISDIR(st.st_mode) && access(man, F_OK) == 0;
    free(man);
    if (!ok)
        return err_set(e, ERR_USAGE, "refusing to replace '%s': not a Parley model directory", dir);
    return 0;
}

/* Removes a model directory's known files and the directory itself. */
static void remove_model_dir(const char *dir) {
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char *p = path_join(dir, files[i]);
        unlink(p);
        free(p);
    }
    rmdir(dir);
}

/* Flushes f to disk and closes it; returns 0 or -1 with e set. */
static void write_manifest(const struct model *m, uint64_t vsum, uint64_t ssum, struct buf *b) {
    buf_addf(b, "parley-model %d\n", MODEL_FORMAT_VERSION);
    buf_adds(b, "labels");
    for (size_t l = 0; l < m->labels.n; l++) buf_addf(b, " %s", m->labels.name[l]);
    buf_addc(b, '\n');
    buf_addf(b, "ngram_max %ld\n", m->feat.ngram_max);
    buf_addf(b, "min_df %ld\n", m->feat.min_df);
    buf_addf(b, "sublinear_tf %d\n", m->feat.sublinear);
    buf_addf(b, "stem %s\n", m->feat.stem ? "english" : "none");
    if (m->feat.cues) buf_addf(b, "cues annotation-%d\n", m->feat.cues);
    else buf_adds(b, "cues none\n");
    if (m->feat.extra) { /* written when used, so older models keep their bytes */
        char fam[96];
        struct feat_opts only = m->feat;
        only.stem = only.cues = 0;
        feat_format_families(&only, fam, sizeof fam);
        buf_addf(b, "features %s\n", fam);
    }
    /* written for liblinear only, so libsvm models keep their bytes */
    if (m->params.solver == CLF_LIBLINEAR) buf_adds(b, "solver liblinear\n");
    buf_addf(b, "kernel %s\n", m->params.kernel == CLF_RBF ? "rbf" : "linear");
    buf_addf(b, "C %.17g\n", m->params.C);
    if (m->params.kernel == CLF_RBF) buf_addf(b, "gamma %.17g\n", m->params.gamma);
    buf_addf(b, "class_weight %s\n", m->params.balanced ? "balanced" : "none");
    buf_addf(b, "probability %d\n", m->params.probability);
    buf_addf(b, "min_confidence %.2f\n", m->min_confidence);
    buf_addf(b, "temperature %.2f\n", m->temperature > 0 ? m->temperature : 1.0);
    buf_addf(b, "seed %lu\n", m->params.seed);
    buf_addf(b, "corpus_statements %zu\n", m->corpus_statements);
    buf_addf(b, "corpus_checksum fnv1a64:%016" PRIx64 "\n", m->corpus_checksum);
    buf_addf(b, "vocab_size %zu\n", vocab_size(m->vocab));
    buf_addf(b, "vocab_checksum fnv1a64:%016" PRIx64 "\n", vsum);
    buf_addf(b, "svm_checksum fnv1a64:%016" PRIx64 "\n", ssum);
    for (size_t i = 0; i < m->nextra; i++)
        buf_addf(b, "%s %s\n", m->extra[i].key, m->extra[i].value);
    /* Last: a checksum of every byte above, so an edited setting (which
     * would silently change every prediction) is caught like a damaged
     * vocabulary. */
    buf_addf(b, "manifest_checksum fnv1a64:%016" PRIx64 "\n", checksum_update(CHECKSUM_INIT, b->p, b->len));
}

int model_save(const struct model *m, const char *dir, int force, struct err *e) {
    if (model_check_target(dir, force, e)) return -1;
    struct buf tmpl = BUF_INIT;
    buf_addf(&tmpl, "%s.tmp-XXXXXX", dir);
    char *tmp = buf_detach(&tmpl);
    if (!mkdtemp(tmp)) {
        int en = errno;
        free(tmp);
        return err_sys(e, en, "cannot create a temporary directory beside '%s'", dir);
    }
    /* mkdtemp makes it 0700; a model is as readable as any new directory */
    chmod(tmp, durable_mode(0777));
    char *vp = path_join(tmp, "vocab"), *sp = path_join(tmp, "svm.model"),
         *mp = path_join(tmp, "manifest");
    char *old = NULL;
    int rc = -1;
    uint64_t vsum, ssum;
    FILE *f = fopen(vp, "w");
    if (!f) { err_sys(e, errno, "cannot create '%s'", vp); goto fail; }
    if (vocab_write(m->vocab, f, e)) {
        fclose(f);
        err_prefix(e, "%s", vp);
        goto fail;
    }
    if (durable_close(f, vp, e)) goto fail;
    if (clf_save(m->clf, sp, e)) goto fail;
    f = fopen(sp, "r+"); /* libsvm closes without syncing */
    if (!f) { err_sys(e, errno, "cannot reopen '%s'", sp); goto fail; }
    if (durable_close(f, sp, e)) goto fail;
    if (checksum_file(vp, &vsum, e) || checksum_file(sp, &ssum, e)) goto fail;
    struct buf man = BUF_INIT;
    write_manifest(m, vsum, ssum, &man);
    f = fopen(mp, "w");
    if (!f) { buf_free(&man); err_sys(e, errno, "cannot create '%s'", mp); goto fail; }
    fwrite(man.p, 1, man.len, f);
    buf_free(&man);
    if (durable_close(f, mp, e)) goto fail;
    /* Swap into place. With --force, exchange the two directories in one
     * step where the kernel can (readers see the old model or the new one,
     * never none), else move the old one aside first; the old one is
     * removed only once the new one is in place. */
    if (access(dir, F_OK) == 0) {
        if (model_check_target(dir, force, e)) goto fail;
        if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE) == 0) {
            remove_model_dir(tmp); /* now the old model */
            rc = durable_sync_parent(dir, e);
            goto done;
        }
        struct buf ob = BUF_INIT;
        buf_addf(&ob, "%s.old-%ld", dir, (long)getpid());
        old = buf_detach(&ob);
        if (rename(dir, old) != 0) { err_sys(e, errno, "cannot move '%s' aside", dir); goto fail; }
    }
    if (rename(tmp, dir) != 0) {
        err_sys(e, errno, "cannot rename '%s' to '%s'", tmp, dir);
        if (old) rename(old, dir);
        goto fail;
    }
    if (old) remove_model_dir(old);
    rc = durable_sync_parent(dir, e);
    goto done;
fail:
    remove_model_dir(tmp);
done:
    free(old);
    free(vp);
    free(sp);
    free(mp);
    free(tmp);
    return rc;
}

/* ---- loading ------------------------------------------------------------ */

static int parse_sum(const char *s, uint64_t *out) {
    if (strncmp(s, "fnv1a64:", 8) != 0 || strlen(s) != 8 + 16) return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s + 8, &end, 16);
    if (errno || *end) return -1;
    *out = (uint64_t)v;
    return 0;
}

/* What model_load gathers from the manifest besides the model itself. */
struct manifest {
    struct model *m;
    uint64_t vsum, ssum; /* the checksums of vocab and svm.model */
    size_t vsize;        /* terms in vocab */
};

/* One manifest key: its parser (0, or -1 for a bad value) and whether a
 * model without it is incomplete. */
struct mkey {
    const char *key;
    int (*parse)(struct manifest *mf, const char *v);
    int required;
};

static int p_labels(struct manifest *mf, const char *v) {
    const char *why;
    return labels_parse_list(&mf->m->labels, v, ' ', &why);
}
static int p_ngram_max(struct manifest *mf, const char *v) {
    long x;
    if (num_long(v, 1, 3, &x)) return -1;
    mf->m->feat.ngram_max = x;
    return 0;
}
static int p_min_df(struct manifest *mf, const char *v) {
    long x;
    if (num_long(v, 1, 1000000, &x)) return -1;
    mf->m->feat.min_df = x;
    return 0;
}
/* A 0/1 value into *out. */
static int flag01(const char *v, int *out) {
    long x;
    if (num_long(v, 0, 1, &x)) return -1;
    *out = (int)x;
    return 0;
}
static int p_sublinear(struct manifest *mf, const char *v) { return flag01(v, &mf->m->feat.sublinear); }
static int p_stem(struct manifest *mf, const char *v) {
    if (strcmp(v, "english") && strcmp(v, "none")) return -1;
    mf->m->feat.stem = strcmp(v, "english") == 0;
    return 0;
}
/* a cue list this build does not know would silently mean other features:
 * refuse it */
static int p_cues(struct manifest *mf, const char *v) {
    int version = cues_version(v);
    if (version < 0 && strcmp(v, "none")) return -1;
    mf->m->feat.cues = version < 0 ? 0 : version;
    return 0;
}
static int p_solver(struct manifest *mf, const char *v) {
    if (strcmp(v, "liblinear") == 0) mf->m->params.solver = CLF_LIBLINEAR;
    else if (strcmp(v, "libsvm") == 0) mf->m->params.solver = CLF_LIBSVM;
    else return -1;
    return 0;
}
static int p_features(struct manifest *mf, const char *v) {
    struct feat_opts f = mf->m->feat;
    const char *bad;
    if (feat_parse_families(v, &f, &bad) || f.stem || f.cues) return -1;
    mf->m->feat.extra = f.extra;
    return 0;
}
static int p_kernel(struct manifest *mf, const char *v) {
    if (strcmp(v, "linear") == 0) mf->m->params.kernel = CLF_LINEAR;
    else if (strcmp(v, "rbf") == 0) mf->m->params.kernel = CLF_RBF;
    else return -1;
    return 0;
}
static int p_C(struct manifest *mf, const char *v) { return num_double(v, 0, HUGE_VAL, &mf->m->params.C); }
static int p_gamma(struct manifest *mf, const char *v) { return num_double(v, 0, HUGE_VAL, &mf->m->params.gamma); }
static int p_class_weight(struct manifest *mf, const char *v) {
    if (strcmp(v, "balanced") && strcmp(v, "none")) return -1;
    mf->m->params.balanced = strcmp(v, "balanced") == 0;
    return 0;
}
static int p_probability(struct manifest *mf, const char *v) { return flag01(v, &mf->m->params.probability); }
static int p_min_confidence(struct manifest *mf, const char *v) { return num_double(v, 0, 1, &mf->m->min_confidence); }
static int p_temperature(struct manifest *mf, const char *v) { return num_double(v, 0.1, 10, &mf->m->temperature); }
static int p_seed(struct manifest *mf, const char *v) {
    long x;
    if (num_long(v, 0, LONG_MAX, &x)) return -1;
    mf->m->params.seed = (unsigned long)x;
    return 0;
}
static int p_corpus_statements(struct manifest *mf, const char *v) {
    long x;
    if (num_long(v, 0, LONG_MAX, &x)) return -1;
    mf->m->corpus_statements = (size_t)x;
    return 0;
}
static int p_corpus_checksum(struct manifest *mf, const char *v) { return parse_sum(v, &mf->m->corpus_checksum); }
static int p_vocab_size(struct manifest *mf, const char *v) {
    long x;
    if (num_long(v, 0, LONG_MAX, &x)) return -1;
    mf->vsize = (size_t)x;
    return 0;
}
static int p_vocab_checksum(struct manifest *mf, const char *v) { return parse_sum(v, &mf->vsum); }
static int p_svm_checksum(struct manifest *mf, const char *v) { return parse_sum(v, &mf->ssum); }

/* The keys this build reads; any other is kept as an extra (model.h). */
static const struct mkey mkeys[] = {
    {"labels", p_labels, 1},
    {"ngram_max", p_ngram_max, 1},
    {"min_df", p_min_df, 0},
    {"sublinear_tf", p_sublinear, 1},
    {"stem", p_stem, 1},
    {"cues", p_cues, 0},
    {"solver", p_solver, 0},
    {"features", p_features, 0},
    {"kernel", p_kernel, 0},
    {"C", p_C, 0},
    {"gamma", p_gamma, 0},
    {"class_weight", p_class_weight, 0},
    {"probability", p_probability, 0},
    {"min_confidence", p_min_confidence, 0},
    {"temperature", p_temperature, 0},
    {"seed", p_seed, 0},
    {"corpus_statements", p_corpus_statements, 0},
    {"corpus_checksum", p_corpus_checksum, 0},
    {"vocab_size", p_vocab_size, 1},
    {"vocab_checksum", p_vocab_checksum, 1},
    {"svm_checksum", p_svm_checksum, 1},
};
#define NMKEYS (sizeof mkeys / sizeof *mkeys)

/* Applies one manifest line (seen[i]: key i was given); returns 0, or -1
 * when the value is bad. */
static int apply_key(struct manifest *mf, const char *k, const char *v, unsigned char *seen) {
    for (size_t i = 0; i < NMKEYS; i++)
        if (strcmp(k, mkeys[i].key) == 0) {
            seen[i] = 1;
            return mkeys[i].parse(mf, v);
        }
    model_add_extra(mf->m, k, v);
    return 0;
}

static int verify(const char *path, uint64_t want, struct err *e) {
    uint64_t got;
    if (checksum_file(path, &got, e)) return -1;
    if (got != want)
        return err_set(e, ERR_DATA, "'%s' is damaged or was edited (checksum mismatch)", path);
    return 0;
}

struct model *model_load(const char *dir, struct err *e) {
    struct model *m = xcalloc(1, sizeof *m);
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct clf_params cp = CLF_PARAMS_DEFAULT;
    fo.cues = 0; /* models from before the cue terms have no `cues` line */
    m->feat = fo;
    m->params = cp;
    char *mp = path_join(dir, "manifest"), *vp = path_join(dir, "vocab"),
         *sp = path_join(dir, "svm.model");
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    struct manifest mf = {m, 0, 0, 0};
    unsigned char seen[NMKEYS] = {0};
    FILE *f = fopen(mp, "r");
    if (!f) {
        struct stat st;
        if (stat(dir, &st) != 0) err_sys(e, errno, "cannot open model '%s'", dir);
        else err_sys(e, errno, "cannot open '%s'", mp);
        e->kind = ERR_DATA;
        goto fail;
    }
    ssize_t n;
    uint64_t msum = CHECKSUM_INIT; /* of the lines above manifest_checksum */
    int summed = 0;
    struct buf keys = BUF_INIT; /* "\nkey\n" of every key seen */
    while ((n = line_read(f, &line, &cap, MODEL_MAX_LINE)) >= 0) {
        lineno++;
        if (n == 0 || line[n - 1] != '\n') {
            err_set(e, ERR_DATA, "%s:%ld: truncated line", mp, lineno);
            goto bad_line;
        }
        if (summed) {
            err_set(e, ERR_DATA, "%s:%ld: lines after manifest_checksum", mp, lineno);
            goto bad_line;
        }
        if (strncmp(line, "manifest_checksum ", 18) != 0) msum = checksum_update(msum, line, (size_t)n);
        line[--n] = '\0';
        if (strlen(line) != (size_t)n) {
            err_set(e, ERR_DATA, "%s:%ld: NUL byte in the manifest", mp, lineno);
            goto bad_line;
        }
        if (lineno == 1) {
            long v;
            if (strncmp(line, "parley-model ", 13) != 0 || num_long(line + 13, 1, 1000000, &v)) {
                err_set(e, ERR_DATA, "%s:1: not a Parley model manifest", mp);
                goto bad_line;
            }
            if (v != MODEL_FORMAT_VERSION) {
                err_set(e, ERR_DATA, "'%s' has model format version %ld; this build reads version %d",
                        dir, v, MODEL_FORMAT_VERSION);
                goto bad_line;
            }
            continue;
        }
        char *sp2 = strchr(line, ' ');
        if (!sp2 || sp2 == line) {
            err_set(e, ERR_DATA, "%s:%ld: expected 'key value'", mp, lineno);
            goto bad_line;
        }
        *sp2 = '\0';
        struct buf k = BUF_INIT;
        buf_addf(&k, "\n%s\n", line);
        int dup = keys.len && strstr(keys.p, k.p) != NULL;
        buf_add(&keys, k.p, k.len); /* "\nkey\n": the very next key is found too */
        buf_free(&k);
        if (dup) {
            err_set(e, ERR_DATA, "%s:%ld: '%s' appears twice", mp, lineno, line);
            goto bad_line;
        }
        if (strcmp(line, "manifest_checksum") == 0) {
            uint64_t want;
            if (parse_sum(sp2 + 1, &want) || want != msum) {
                err_set(e, ERR_DATA, "'%s' is damaged or was edited (checksum mismatch)", mp);
                goto bad_line;
            }
            summed = 1;
            continue;
        }
        if (apply_key(&mf, line, sp2 + 1, seen)) {
            err_set(e, ERR_DATA, "%s:%ld: bad value for '%s'", mp, lineno, line);
            goto bad_line;
        }
    }
    if (n == -2) {
        err_set(e, ERR_DATA, "%s:%ld: line too long (over %d bytes)", mp, lineno + 1, MODEL_MAX_LINE);
        goto bad_line;
    }
    fclose(f);
    buf_free(&keys);
    if (lineno && !summed) {
        err_set(e, ERR_DATA, "%s: no manifest_checksum line (damaged or written by hand)", mp);
        goto fail;
    }
    if (lineno == 0) {
        err_set(e, ERR_DATA, "%s: empty manifest", mp);
        goto fail;
    }
    for (size_t i = 0; i < NMKEYS; i++)
        if (mkeys[i].required && !seen[i]) {
            err_set(e, ERR_DATA, "%s: incomplete manifest (no '%s' line)", mp, mkeys[i].key);
            goto fail;
        }
    if (verify(vp, mf.vsum, e) || verify(sp, mf.ssum, e)) {
        if (e->kind == ERR_IO) e->kind = ERR_DATA;
        goto fail;
    }
    f = fopen(vp, "r");
    if (!f) {
        err_sys(e, errno, "cannot open '%s'", vp);
        e->kind = ERR_DATA;
        goto fail;
    }
    m->vocab = vocab_read(f, vp, e);
    fclose(f);
    if (!m->vocab) goto fail;
    if (vocab_size(m->vocab) != mf.vsize) {
        err_set(e, ERR_DATA, "'%s' has %zu terms but the manifest says %zu", vp,
                vocab_size(m->vocab), mf.vsize);
        goto fail;
    }
    m->clf = clf_load(sp, vocab_size(m->vocab), (int)m->labels.n, m->params.solver, e);
    if (!m->clf) goto fail;
    free(line);
    free(mp), free(vp), free(sp);
    return m;
bad_line:
    fclose(f);
    buf_free(&keys);
fail:
    free(line);
    free(mp), free(vp), free(sp);
    model_free(m);
    return NULL;
}

void model_free(struct model *m) {
    if (!m) return;
    vocab_free(m->vocab);
    clf_free(m->clf);
    for (size_t i = 0; i < m->nextra; i++) free(m->extra[i].key), free(m->extra[i].value);
    free(m->extra);
    free(m);
}
