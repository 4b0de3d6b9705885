/* clf.c -- libsvm wrapper (see clf.h). */
#include "clf.h"
#include "lines.h"
#include "clf_linear.h"
#include "err.h"
#include "features.h"
#include "mem.h"
#include "num.h"
#include <errno.h>
#include <libsvm/svm.h>
#include <math.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct clf {
    struct lin *lin;        /* the liblinear solver's model, or NULL */
    struct svm_model *m;
    /* Linear kernel only: the model collapsed to one weight vector per
     * class pair, w[feature * npairs + pair], so prediction costs one pass
     * over the statement's features instead of one per support vector. */
    double *w;
    size_t dim;  /* highest feature index + 1 */
    int npairs;
    struct svm_node *nodes; /* libsvm keeps pointers into the training set */
    struct svm_node **rows;
    double *y;
    int *weight_label;
    double *weight;
    int nlabels; /* probs[] entries: the size of the model's label set */
};

static void collapse(struct clf *c);

/* Skips n numbers at *p (the coefficients of a support vector line). */
static int numbers_prefix(char **p, int n) {
    for (int i = 0; i < n; i++) {
        char *end;
        double v = strtod(*p, &end);
        if (end == *p || !isfinite(v) || (*end != ' ' && *end)) return -1;
        *p = end;
        while (**p == ' ') (*p)++;
    }
    return 0;
}

/* libsvm prints progress to stdout; the library never prints. The hook is
 * set once, not by every call, so threads never write it together. */
static void quiet(const char *s) { (void)s; }
static void set_quiet(void) { svm_set_print_string_function(quiet); }
static pthread_once_t quiet_once = PTHREAD_ONCE_INIT;
static void silence(void) { pthread_once(&quiet_once, set_quiet); }

/* libsvm draws from rand() (the folds of its probability estimates): one
 * training at a time, seeded first, so threads training together (the
 * cross-validation folds) draw the same numbers as one thread would. */
static pthread_mutex_t svm_rand_lock = PTHREAD_MUTEX_INITIALIZER;

/* Copies vectors into one svm_node array; rows[i] points at vector i. */
static void to_nodes(const struct feat_vec *x, size_t n, struct svm_node **nodes,
                     struct svm_node ***rows) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += x[i].n + 1;
    *nodes = xmalloc(total * sizeof **nodes);
    *rows = xmalloc((n ? n : 1) * sizeof **rows);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        (*rows)[i] = *nodes + k;
        for (size_t j = 0; j < x[i].n; j++) {
            (*nodes)[k].index = (int)x[i].id[j];
            (*nodes)[k++].value = x[i].val[j];
        }
        (*nodes)[k].index = -1;
        (*nodes)[k++].value = 0;
    }
}

static void set_params(struct svm_parameter *sp, const struct clf_params *p, const int *y,
                       size_t n, int **wl, double **w) {
    memset(sp, 0, sizeof *sp);
    sp->svm_type = C_SVC;
    sp->kernel_type = p->kernel == CLF_RBF ? RBF : LINEAR;
    sp->gamma = p->gamma;
    sp->cache_size = 200;
    sp->eps = 0.001;
    sp->C = p->C;
    sp->shrinking = 1;
    sp->probability = p->probability;
    *wl = NULL;
    *w = NULL;
    if (p->balanced) {
        size_t count[LABELS_MAX] = {0};
        int present = 0;
        for (size_t i = 0; i < n; i++) count[y[i]]++;
        for (int l = 0; l < LABELS_MAX; l++) present += count[l] > 0;
        *wl = xmalloc(LABELS_MAX * sizeof **wl);
        *w = xmalloc(LABELS_MAX * sizeof **w);
        int k = 0;
        for (int l = 0; l < LABELS_MAX; l++)
            if (count[l]) {
                (*wl)[k] = l;
                (*w)[k++] = (double)n / ((double)present * (double)count[l]);
            }
        sp->nr_weight = k;
        sp->weight_label = *wl;
        sp->weight = *w;
    }
}

static int distinct_labels(const int *y, size_t n) {
    int seen[LABELS_MAX] = {0}, k = 0;
    for (size_t i = 0; i < n; i++)
        if (!seen[y[i]]++) k++;
    return k;
}

struct clf *clf_train(const struct feat_vec *x, const int *y, size_t n, int nlabels,
                      const struct clf_params *p, struct err *e) {
    silence();
    if (distinct_labels(y, n) < 2) {
        err_set(e, ERR_DATA, "training needs statements of at least two labels");
        return NULL;
    }
    struct clf *c = xcalloc(1, sizeof *c);
    c->nlabels = nlabels;
    if (p->solver == CLF_LIBLINEAR) {
        if (p->kernel != CLF_LINEAR) {
            free(c);
            err_set(e, ERR_USAGE, "the liblinear solver is linear only (no RBF kernel)");
            return NULL;
        }
        c->lin = lin_train(x, y, n, nlabels, p->C, p->balanced, e);
        if (!c->lin) {
            free(c);
            return NULL;
        }
        return c;
    }
    to_nodes(x, n, &c->nodes, &c->rows);
    c->y = xmalloc(n * sizeof *c->y);
    for (size_t i = 0; i < n; i++) c->y[i] = y[i];
    struct svm_problem prob = {(int)n, c->y, c->rows};
    struct svm_parameter sp;
    set_params(&sp, p, y, n, &c->weight_label, &c->weight);
    if (sp.gamma <= 0) {
        int maxid = 1;
        for (size_t i = 0; i < n; i++)
            if (x[i].n && (int)x[i].id[x[i].n - 1] > maxid) maxid = (int)x[i].id[x[i].n - 1];
        sp.gamma = 1.0 / maxid;
    }
    const char *why = svm_check_parameter(&prob, &sp);
    if (why) {
        err_set(e, ERR_USAGE, "libsvm rejects the parameters: %s", why);
        clf_free(c);
        return NULL;
    }
    pthread_mutex_lock(&svm_rand_lock);
    srand((unsigned)p->seed);
    c->m = svm_train(&prob, &sp);
    pthread_mutex_unlock(&svm_rand_lock);
    collapse(c);
    return c;
}

int clf_has_probability(const struct clf *c) { return c->lin || svm_check_probability_model(c->m); }

int clf_is_linear(const struct clf *c) { return c->lin || c->w != NULL; }

/* Builds c->w from the support vectors (see struct clf). Pair p runs over
 * (i, j), i < j, in libsvm's order; its decision value is
 * sum_k coef * <sv_k, x> - rho[p], and for a linear kernel the sum is
 * <w_p, x> with w_p the coefficient-weighted sum of the pair's SVs. */
static void collapse(struct clf *c) {
    const struct svm_model *m = c->m;
    if (m->param.kernel_type != LINEAR) return;
    int k = m->nr_class;
    size_t dim = 1;
    for (int s = 0; s < m->l; s++)
        for (const struct svm_node *n = m->SV[s]; n->index != -1; n++)
            if ((size_t)n->index + 1 > dim) dim = (size_t)n->index + 1;
    int *start = xmalloc((size_t)k * sizeof *start);
    start[0] = 0;
    for (int i = 1; i < k; i++) start[i] = start[i - 1] + m->nSV[i - 1];
    c->npairs = k * (k - 1) / 2;
    c->dim = dim;
    c->w = xcalloc(dim * (size_t)c->npairs, sizeof *c->w);
    int p = 0;
    for (int i = 0; i < k; i++)
        for (int j = i + 1; j < k; j++, p++) {
            for (int s = start[i]; s < start[i] + m->nSV[i]; s++)
                for (const struct svm_node *n = m->SV[s]; n->index != -1; n++)
                    c->w[(size_t)n->index * c->npairs + p] += m->sv_coef[j - 1][s] * n->value;
            for (int s = start[j]; s < start[j] + m->nSV[j]; s++)
                for (const struct svm_node *n = m->SV[s]; n->index != -1; n++)
                    c->w[(size_t)n->index * c->npairs + p] += m->sv_coef[i][s] * n->value;
        }
    free(start);
}

/* Pairwise probabilities to class probabilities: the second method of Wu,
 * Lin and Weng (2004), as libsvm computes it, so that the collapsed model
 * gives libsvm's own estimates. r[i*k+j] = P(i | i or j). */
static void couple(int k, const double *r, double *p) {
    double Q[LABELS_MAX][LABELS_MAX], Qp[LABELS_MAX];
    double eps = 0.005 / k;
    for (int t = 0; t < k; t++) {
        p[t] = 1.0 / k;
        Q[t][t] = 0;
        for (int j = 0; j < t; j++) {
            Q[t][t] += r[j * k + t] * r[j * k + t];
            Q[t][j] = Q[j][t];
        }
        for (int j = t + 1; j < k; j++) {
            Q[t][t] += r[j * k + t] * r[j * k + t];
            Q[t][j] = -r[j * k + t] * r[t * k + j];
        }
    }
    int max_iter = k > 100 ? k : 100;
    for (int iter = 0; iter < max_iter; iter++) {
        double pQp = 0, max_error = 0;
        for (int t = 0; t < k; t++) {
            Qp[t] = 0;
            for (int j = 0; j < k; j++) Qp[t] += Q[t][j] * p[j];
            pQp += p[t] * Qp[t];
        }
        for (int t = 0; t < k; t++) {
            double err = fabs(Qp[t] - pQp);
            if (err > max_error) max_error = err;
        }
        if (max_error < eps) break;
        for (int t = 0; t < k; t++) {
            double diff = (-Qp[t] + pQp) / Q[t][t];
            p[t] += diff;
            pQp = (pQp + diff * (diff * Q[t][t] + 2 * Qp[t])) / (1 + diff) / (1 + diff);
            for (int j = 0; j < k; j++) {
                Qp[j] = (Qp[j] + diff * Q[t][j]) / (1 + diff);
                p[j] /= (1 + diff);
            }
        }
    }
}

static double sigmoid(double dec, double A, double B) {
    double f = dec * A + B;
    return f >= 0 ? exp(-f) / (1.0 + exp(-f)) : 1.0 / (1 + exp(f));
}

/* Prediction with the collapsed model: est (nr_class entries, in libsvm's
 * label order) gets probabilities when the model has them; returns the
 * index of the winning class. */
static int predict_collapsed(const struct clf *c, const struct feat_vec *x, double *est) {
    const struct svm_model *m = c->m;
    int k = m->nr_class;
    double dec[LABELS_MAX * (LABELS_MAX - 1) / 2] = {0};
    for (size_t f = 0; f < x->n; f++) {
        if (x->id[f] >= c->dim) continue; /* no support vector uses it */
        const double *w = c->w + x->id[f] * (size_t)c->npairs;
        for (int p = 0; p < c->npairs; p++) dec[p] += w[p] * x->val[f];
    }
    for (int p = 0; p < c->npairs; p++) dec[p] -= m->rho[p];
    int best = 0;
    if (m->probA && m->probB) {
        double r[LABELS_MAX * LABELS_MAX];
        const double min_prob = 1e-7;
        int p = 0;
        for (int i = 0; i < k; i++)
            for (int j = i + 1; j < k; j++, p++) {
                double q = sigmoid(dec[p], m->probA[p], m->probB[p]);
                q = q < min_prob ? min_prob : q > 1 - min_prob ? 1 - min_prob : q;
                r[i * k + j] = q;
                r[j * k + i] = 1 - q;
            }
        couple(k, r, est);
        for (int i = 1; i < k; i++)
            if (est[i] > est[best]) best = i;
        return best;
    }
    int votes[LABELS_MAX] = {0}, p = 0;
    for (int i = 0; i < k; i++)
        for (int j = i + 1; j < k; j++, p++) votes[dec[p] > 0 ? i : j]++;
    for (int i = 1; i < k; i++)
        if (votes[i] > votes[best]) best = i;
    return best;
}

/* x as a NUL-terminated (index -1) node array, on the heap. */
static struct svm_node *one_row(const struct feat_vec *x) {
    struct svm_node *r = xmalloc((x->n + 1) * sizeof *r);
    for (size_t j = 0; j < x->n; j++) r[j] = (struct svm_node){(int)x->id[j], x->val[j]};
    r[x->n] = (struct svm_node){-1, 0};
    return r;
}

int clf_predict(const struct clf *c, const struct feat_vec *x, double *probs) {
    if (c->lin) return lin_predict(c->lin, x, probs, c->nlabels);
    int nc = svm_get_nr_class(c->m);
    int labels[LABELS_MAX];
    double est[LABELS_MAX];
    int lab;
    if (nc > LABELS_MAX) nc = LABELS_MAX; /* clf_load refuses more */
    svm_get_labels(c->m, labels);
    if (c->w) {
        int best = predict_collapsed(c, x, est);
        lab = labels[best];
        if (probs) {
            for (int l = 0; l < c->nlabels; l++) probs[l] = 0;
            if (svm_check_probability_model(c->m))
                for (int i = 0; i < nc; i++) probs[labels[i]] = est[i];
            else
                probs[lab] = 1;
        }
        return lab;
    }
    struct svm_node *r = one_row(x);
    if (svm_check_probability_model(c->m)) {
        svm_predict_probability(c->m, r, est);
        /* The label is the most probable one, so it always agrees with the
         * confidence reported beside it (libsvm's vote can differ). Ties go
         * to the lower label number, deterministically. */
        int best = 0;
        for (int i = 1; i < nc; i++)
            if (est[i] > est[best] || (est[i] == est[best] && labels[i] < labels[best])) best = i;
        lab = labels[best];
        if (probs) {
            for (int l = 0; l < c->nlabels; l++) probs[l] = 0;
            for (int i = 0; i < nc; i++) probs[labels[i]] = est[i];
        }
    } else {
        lab = (int)svm_predict(c->m, r);
        if (probs) {
            for (int l = 0; l < c->nlabels; l++) probs[l] = 0;
            probs[lab] = 1;
        }
    }
    free(r);
    return lab;
}

/* Feature f's part (value v) in the decision for class index ci of the
 * collapsed libsvm model: pair (i, j) decides for i when positive, so the
 * part counts towards the label when it is i, away from it when it is j. */
static double svm_contribution(const struct clf *c, int ci, size_t f, double v) {
    if (f >= c->dim) return 0;
    const double *w = c->w + f * (size_t)c->npairs;
    double sum = 0;
    int nc = c->m->nr_class, p = 0;
    for (int i = 0; i < nc; i++)
        for (int j = i + 1; j < nc; j++, p++)
            if (i == ci) sum += w[p] * v;
            else if (j == ci) sum -= w[p] * v;
    return sum;
}

size_t clf_explain(const struct clf *c, const struct feat_vec *x, int label, size_t k,
                   size_t *ids, double *weights) {
    if (!clf_is_linear(c) || !k) return 0;
    int ci = -1;
    if (!c->lin) {
        for (int i = 0; i < c->m->nr_class; i++)
            if (c->m->label[i] == label) ci = i;
        if (ci < 0) return 0;
    }
    size_t n = 0;
    for (size_t f = 0; f < x->n; f++) {
        double sum = c->lin ? lin_contribution(c->lin, x->id[f], x->val[f], label)
                            : svm_contribution(c, ci, x->id[f], x->val[f]);
        if (sum <= 0) continue;
        /* insertion into the top k, largest first; ties keep the lower id */
        size_t at = n < k ? n : k;
        while (at > 0 && (weights[at - 1] < sum || (weights[at - 1] == sum && ids[at - 1] > x->id[f])))
            at--;
        if (at >= k) continue;
        size_t last = n < k ? n : k - 1;
        for (size_t q = last; q > at; q--) ids[q] = ids[q - 1], weights[q] = weights[q - 1];
        ids[at] = x->id[f];
        weights[at] = sum;
        if (n < k) n++;
    }
    return n;
}

int clf_save(const struct clf *c, const char *path, struct err *e) {
    if (c->lin) return lin_save(c->lin, path, e);
    errno = 0;
    if (svm_save_model(path, c->m) != 0)
        return err_sys(e, errno ? errno : EIO, "cannot write '%s'", path);
    return 0;
}

/* Checks a libsvm model file before libsvm reads it (see clf.h). */
static int check_file(const char *path, size_t max_index, int nlabels, struct err *e) {
    FILE *f = fopen(path, "r");
    if (!f) return err_sys(e, errno, "cannot open '%s'", path);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, total = -1, sv = 0;
    int k = 0, in_sv = 0, have_label = 0, have_nrsv = 0, have_rho = 0;
    int labels[LABELS_MAX], nrsv[LABELS_MAX];
    const char *why = NULL;
    while (!why && (n = line_read(f, &line, &cap, MODEL_MAX_LINE)) >= 0) {
        lineno++;
        if (n == 0 || line[n - 1] != '\n' || strlen(line) != (size_t)n) { why = "truncated line or NUL byte"; break; }
        line[--n] = '\0';
        if (in_sv) {
            if (++sv > total) { why = "more support vectors than total_sv"; break; }
            char *p = line;
            if (numbers_prefix(&p, k - 1)) { why = "bad coefficients"; break; }
            long last = 0;
            while (*p) {
                char *end;
                errno = 0;
                long idx = strtol(p, &end, 10);
                if (errno || end == p || *end != ':' || idx <= last || (size_t)idx > max_index) {
                    why = "feature ids must ascend within the vocabulary";
                    break;
                }
                p = end + 1;
                double v = strtod(p, &end);
                if (end == p || !isfinite(v) || (*end && *end != ' ')) { why = "bad feature value"; break; }
                last = idx;
                p = end;
                while (*p == ' ') p++;
            }
            continue;
        }
        char *sp = strchr(line, ' ');
        const char *val = sp ? sp + 1 : "";
        if (sp) *sp = '\0';
        if (strcmp(line, "SV") == 0) {
            if (!k || total < 0 || !have_label || !have_nrsv || !have_rho) why = "incomplete header";
            in_sv = 1;
        } else if (strcmp(line, "svm_type") == 0) {
            if (strcmp(val, "c_svc")) why = "not a C-SVC model";
        } else if (strcmp(line, "kernel_type") == 0) {
            if (strcmp(val, "linear") && strcmp(val, "rbf")) why = "kernel must be linear or rbf";
        } else if (strcmp(line, "gamma") == 0 || strcmp(line, "degree") == 0 || strcmp(line, "coef0") == 0) {
            if (num_list(val, 1, NULL, NULL, 0, 0)) why = "bad number";
        } else if (strcmp(line, "nr_class") == 0) {
            if (k || num_list(val, 1, NULL, &k, 2, nlabels)) why = "nr_class must be 2 to the number of labels, once";
        } else if (strcmp(line, "total_sv") == 0) {
            int t;
            if (total >= 0 || num_list(val, 1, NULL, &t, 1, 100000000)) why = "bad total_sv";
            else total = t;
        } else if (!k && (!strcmp(line, "rho") || !strcmp(line, "probA") || !strcmp(line, "probB") ||
                          !strcmp(line, "label") || !strcmp(line, "nr_sv"))) {
            why = "nr_class must come before the per-class lines";
        } else if (strcmp(line, "rho") == 0 || strcmp(line, "probA") == 0 || strcmp(line, "probB") == 0) {
            if (num_list(val, k * (k - 1) / 2, NULL, NULL, 0, 0)) why = "wrong count of pairwise values";
            if (*line == 'r') have_rho = 1;
        } else if (strcmp(line, "label") == 0) {
            if (num_list(val, k, NULL, labels, 0, nlabels - 1)) why = "labels must be indexes of the model's labels";
            for (int i = 0; i < k && !why; i++)
                for (int j = 0; j < i; j++)
                    if (labels[i] == labels[j]) why = "a label appears twice";
            have_label = 1;
        } else if (strcmp(line, "nr_sv") == 0) {
            if (num_list(val, k, NULL, nrsv, 0, 100000000)) why = "bad nr_sv";
            long sum = 0;
            for (int i = 0; i < k && !why; i++) sum += nrsv[i];
            if (!why && sum != total) why = "nr_sv does not add up to total_sv";
            have_nrsv = 1;
        } else {
            why = "unknown header line";
        }
    }
    if (!why && n == -2) why = "line too long";
    int bad_io = ferror(f);
    fclose(f);
    free(line);
    if (!why && bad_io) return err_sys(e, EIO, "cannot read '%s'", path);
    if (!why && (!in_sv || sv != total)) why = "fewer support vectors than total_sv", lineno++;
    if (why) return err_set(e, ERR_DATA, "%s:%ld: %s", path, lineno, why);
    return 0;
}

struct clf *clf_load(const char *path, size_t max_index, int nlabels, enum clf_solver solver,
                     struct err *e) {
    silence();
    if (nlabels < 2 || nlabels > LABELS_MAX) nlabels = LABELS_MAX;
    if (solver == CLF_LIBLINEAR) {
        struct lin *l = lin_load(path, max_index, nlabels, e);
        if (!l) return NULL;
        struct clf *c = xcalloc(1, sizeof *c);
        c->lin = l;
        c->nlabels = nlabels;
        return c;
    }
    if (check_file(path, max_index, nlabels, e)) {
        if (e->kind == ERR_IO) e->kind = ERR_DATA;
        return NULL;
    }
    struct svm_model *m = svm_load_model(path);
    if (!m) {
        err_set(e, ERR_DATA, "'%s' is not a libsvm model libsvm can read", path);
        return NULL;
    }
    int nc = svm_get_nr_class(m);
    int ok = svm_get_svm_type(m) == C_SVC && nc >= 2 && nc <= nlabels;
    if (ok) {
        int labels[LABELS_MAX];
        svm_get_labels(m, labels);
        for (int i = 0; i < nc; i++)
            if (labels[i] < 0 || labels[i] >= nlabels) ok = 0;
    }
    if (!ok) {
        svm_free_and_destroy_model(&m);
        err_set(e, ERR_DATA, "'%s' is not a Parley classifier (C-SVC over the model's labels)", path);
        return NULL;
    }
    struct clf *c = xcalloc(1, sizeof *c);
    c->m = m;
    c->nlabels = nlabels;
    collapse(c);
    return c;
}

void clf_free(struct clf *c) {
    if (!c) return;
    lin_free(c->lin);
    if (c->m) svm_free_and_destroy_model(&c->m);
    free(c->nodes);
    free(c->rows);
    free(c->y);
    free(c->weight_label);
    free(c->weight);
    free(c->w);
    free(c);
}
