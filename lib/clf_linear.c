/* clf_linear.c -- liblinear logistic regression (see clf_linear.h). */
#include "clf_linear.h"
#include "lines.h"
#include "err.h"
#include "features.h"
#include "label.h"
#include "mem.h"
#include "num.h"
#include <errno.h>
#include <linear.h>
#include <math.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct lin {
    struct model *m;
};

/* liblinear prints progress to stdout; the library never prints. */
static void quiet(const char *s) { (void)s; }

/* x as liblinear's node array with the bias term, on the heap. */
static struct feature_node *nodes_of(const struct feat_vec *x, int bias_index) {
    struct feature_node *r = xmalloc((x->n + 2) * sizeof *r);
    size_t k = 0;
    for (size_t j = 0; j < x->n; j++)
        if ((int)x->id[j] < bias_index) r[k++] = (struct feature_node){(int)x->id[j], x->val[j]};
    r[k++] = (struct feature_node){bias_index, 1.0};
    r[k] = (struct feature_node){-1, 0};
    return r;
}

/* liblinear's print hook, set once (threads never write it together). The
 * primal logistic-regression solver draws no random numbers. */
static void set_quiet(void) { set_print_string_function(quiet); }
static pthread_once_t quiet_once = PTHREAD_ONCE_INIT;

struct lin *lin_train(const struct feat_vec *x, const int *y, size_t n, int nlabels, double C,
                      int balanced, struct err *e) {
    pthread_once(&quiet_once, set_quiet);
    int maxid = 1;
    for (size_t i = 0; i < n; i++)
        if (x[i].n && (int)x[i].id[x[i].n - 1] > maxid) maxid = (int)x[i].id[x[i].n - 1];
    struct feature_node **rows = xmalloc((n ? n : 1) * sizeof *rows);
    double *yd = xmalloc((n ? n : 1) * sizeof *yd);
    for (size_t i = 0; i < n; i++) {
        rows[i] = nodes_of(&x[i], maxid + 1);
        yd[i] = y[i];
    }
    struct problem prob = {(int)n, maxid + 1, yd, rows, 1.0};
    int wl[LABELS_MAX];
    double w[LABELS_MAX];
    struct parameter par = {L2R_LR, 0.01, C, 0, NULL, NULL, 0.1, NULL};
    if (balanced) {
        size_t count[LABELS_MAX] = {0};
        int present = 0;
        for (size_t i = 0; i < n; i++) count[y[i]]++;
        for (int l = 0; l < nlabels && l < LABELS_MAX; l++) present += count[l] > 0;
        for (int l = 0; l < nlabels && l < LABELS_MAX; l++)
            if (count[l]) {
                wl[par.nr_weight] = l;
                w[par.nr_weight++] = (double)n / ((double)present * (double)count[l]);
            }
        par.weight_label = wl;
        par.weight = w;
    }
    struct lin *r = NULL;
    const char *why = check_parameter(&prob, &par);
    if (why) {
        err_set(e, ERR_USAGE, "liblinear rejects the parameters: %s", why);
    } else {
        r = xcalloc(1, sizeof *r);
        r->m = train(&prob, &par);
        /* train keeps no pointer into the problem, but copies the weight
         * arrays' pointers into the model's parameters: drop them */
        r->m->param.weight_label = NULL;
        r->m->param.weight = NULL;
        r->m->param.nr_weight = 0;
    }
    for (size_t i = 0; i < n; i++) free(rows[i]);
    free(rows);
    free(yd);
    return r;
}

int lin_predict(const struct lin *m, const struct feat_vec *x, double *probs, int nlabels) {
    int nc = get_nr_class(m->m);
    int labels[LABELS_MAX];
    double est[LABELS_MAX];
    get_labels(m->m, labels);
    struct feature_node *r = nodes_of(x, get_nr_feature(m->m) + 1);
    int lab = (int)predict_probability(m->m, r, est);
    free(r);
    /* the most probable label, ties to the lower label number */
    int best = 0;
    for (int i = 1; i < nc; i++)
        if (est[i] > est[best] || (est[i] == est[best] && labels[i] < labels[best])) best = i;
    lab = labels[best];
    if (probs) {
        for (int l = 0; l < nlabels; l++) probs[l] = 0;
        for (int i = 0; i < nc; i++) probs[labels[i]] = est[i];
    }
    return lab;
}

double lin_contribution(const struct lin *m, size_t id, double value, int label) {
    int nc = get_nr_class(m->m), nf = get_nr_feature(m->m);
    if ((int)id > nf || id == 0) return 0;
    int labels[LABELS_MAX], li = -1;
    get_labels(m->m, labels);
    for (int i = 0; i < nc; i++)
        if (labels[i] == label) li = i;
    if (li < 0) return 0;
    /* get_decfun_coef takes the 1-based feature and the class index */
    double own = get_decfun_coef(m->m, (int)id, li), others = 0;
    if (nc == 2) return value * own; /* one vector: -w for the other class */
    for (int i = 0; i < nc; i++)
        if (i != li) others += get_decfun_coef(m->m, (int)id, i);
    return value * (own - others / (nc - 1));
}

int lin_save(const struct lin *m, const char *path, struct err *e) {
    errno = 0;
    if (save_model(path, m->m) != 0) return err_sys(e, errno ? errno : EIO, "cannot write '%s'", path);
    return 0;
}

/* Checks liblinear's file at path (see lin_load). */
static int check_file(const char *path, size_t max_index, int nlabels, struct err *e) {
    FILE *f = fopen(path, "r");
    if (!f) return err_sys(e, errno, "cannot open '%s'", path);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0, rows = 0, want = -1;
    int k = 0, nf = -1, in_w = 0, have_label = 0, have_bias = 0, labels[LABELS_MAX];
    const char *why = NULL;
    while (!why && (len = line_read(f, &line, &cap, MODEL_MAX_LINE)) >= 0) {
        lineno++;
        if (len == 0 || line[len - 1] != '\n' || strlen(line) != (size_t)len) {
            why = "truncated line or NUL byte";
            break;
        }
        line[--len] = '\0';
        if (in_w) {
            if (++rows > want) why = "more weight rows than features";
            else if (num_list(line, k == 2 ? 1 : k, NULL, NULL, 0, 0)) why = "bad weights";
            continue;
        }
        char *sp = strchr(line, ' ');
        const char *val = sp ? sp + 1 : "";
        if (sp) *sp = '\0';
        if (strcmp(line, "solver_type") == 0) {
            if (strcmp(val, "L2R_LR")) why = "not a logistic regression model";
        } else if (strcmp(line, "nr_class") == 0) {
            if (k || num_list(val, 1, NULL, &k, 2, nlabels)) why = "nr_class must be 2 to the number of labels, once";
        } else if (strcmp(line, "label") == 0) {
            if (!k || num_list(val, k, NULL, labels, 0, nlabels - 1)) why = "labels must be indexes of the model's labels";
            for (int i = 0; i < k && !why; i++)
                for (int j = 0; j < i; j++)
                    if (labels[i] == labels[j]) why = "a label appears twice";
            have_label = 1;
        } else if (strcmp(line, "nr_feature") == 0) {
            if (nf >= 0 || num_list(val, 1, NULL, &nf, 1, (long)max_index)) why = "nr_feature must be 1 to the vocabulary size";
        } else if (strcmp(line, "bias") == 0) {
            int b;
            if (num_list(val, 1, NULL, &b, 1, 1)) why = "bias must be 1";
            have_bias = 1;
        } else if (strcmp(line, "w") == 0) {
            if (!k || !have_label || nf < 0 || !have_bias) why = "incomplete header";
            want = nf + 1; /* the bias row */
            in_w = 1;
        } else {
            why = "unknown header line";
        }
    }
    if (!why && len == -2) why = "line too long";
    int bad_io = ferror(f);
    fclose(f);
    free(line);
    if (!why && bad_io) return err_sys(e, EIO, "cannot read '%s'", path);
    if (!why && (!in_w || rows != want)) why = "fewer weight rows than features", lineno++;
    if (why) return err_set(e, ERR_DATA, "%s:%ld: %s", path, lineno, why);
    return 0;
}

struct lin *lin_load(const char *path, size_t max_index, int nlabels, struct err *e) {
    pthread_once(&quiet_once, set_quiet);
    if (check_file(path, max_index, nlabels, e)) {
        if (e->kind == ERR_IO) e->kind = ERR_DATA;
        return NULL;
    }
    struct model *m = load_model(path);
    if (!m) {
        err_set(e, ERR_DATA, "'%s' is not a liblinear model liblinear can read", path);
        return NULL;
    }
    struct lin *r = xcalloc(1, sizeof *r);
    r->m = m;
    return r;
}

void lin_free(struct lin *m) {
    if (!m) return;
    free_and_destroy_model(&m->m);
    free(m);
}
