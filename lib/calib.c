/* calib.c -- reliability table, calibration error and the confidence
 * threshold (see calib.h). */
#include "calib.h"
#include "buf.h"
#include "mem.h"
#include "metrics.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

void calib_compute(const double *conf, const int *right, size_t n, struct calib *c) {
    memset(c, 0, sizeof *c);
    c->n = n;
    for (size_t i = 0; i < n; i++) {
        int b = (int)(conf[i] * CALIB_BINS);
        if (b < 0) b = 0;
        if (b >= CALIB_BINS) b = CALIB_BINS - 1; /* 1.0 goes in the last bin */
        c->count[b]++;
        c->conf[b] += conf[i];
        c->acc[b] += right[i] != 0;
    }
    for (int b = 0; b < CALIB_BINS; b++) {
        if (!c->count[b]) continue;
        c->conf[b] /= (double)c->count[b];
        c->acc[b] /= (double)c->count[b];
        c->ece += (double)c->count[b] / (double)n * fabs(c->acc[b] - c->conf[b]);
    }
}

void calib_format(const struct calib *c, struct buf *out) {
    buf_addf(out, "%-12s %9s %9s %9s %9s\n", "confidence", "n", "mean", "accuracy", "gap");
    for (int b = 0; b < CALIB_BINS; b++) {
        if (!c->count[b]) continue;
        buf_addf(out, "%4.2f-%4.2f    %9zu %9.3f %9.3f %+9.3f\n", (double)b / CALIB_BINS,
                 (double)(b + 1) / CALIB_BINS, c->count[b], c->conf[b], c->acc[b],
                 c->acc[b] - c->conf[b]);
    }
    buf_addf(out, "%-12s %39.3f %9zu\n", "ECE", c->ece, c->n);
}

double calib_threshold(const int *gold, const int *pred, const double *conf, size_t n,
                       const struct labelset *ls, double *f1_at, double *f1_none) {
    int none = labels_none(ls);
    struct metrics m;
    metrics_compute(gold, pred, n, ls, &m);
    *f1_none = *f1_at = m.macro_f1;
    if (none < 0 || !n) return 0;
    int *p = xmalloc(n * sizeof *p);
    double best_t = 0, best = m.macro_f1;
    for (int step = 0; step <= 8; step++) {
        double t = 0.30 + 0.05 * step;
        for (size_t i = 0; i < n; i++) p[i] = conf[i] < t ? none : pred[i];
        metrics_compute(gold, p, n, ls, &m);
        if (m.macro_f1 > best + 1e-12) best = m.macro_f1, best_t = t;
    }
    free(p);
    *f1_at = best;
    return best_t;
}

void calib_apply(double *p, size_t k, double T) {
    if (T == 1.0) return;
    /* in logs, relative to the largest, so no power underflows to 0/0 */
    double top = 0, sum = 0;
    for (size_t l = 0; l < k; l++)
        if (p[l] > top) top = p[l];
    if (top <= 0) return;
    for (size_t l = 0; l < k; l++) {
        p[l] = p[l] > 0 ? exp((log(p[l]) - log(top)) / T) : 0;
        sum += p[l];
    }
    for (size_t l = 0; l < k; l++) p[l] /= sum;
}

/* Mean negative log-likelihood of the gold labels at temperature T. */
static double nll(const double *probs, const int *gold, size_t n, size_t k, double T) {
    double *row = xmalloc(k * sizeof *row), s = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(row, probs + i * k, k * sizeof *row);
        calib_apply(row, k, T);
        double p = row[gold[i]];
        s -= log(p > 1e-12 ? p : 1e-12);
    }
    free(row);
    return n ? s / (double)n : 0;
}

double calib_temperature(const double *probs, const int *gold, size_t n, size_t k) {
    if (!n) return 1.0;
    /* golden-section search on log T: the likelihood is unimodal in it */
    double a = log(0.1), b = log(10.0), g = (sqrt(5.0) - 1) / 2;
    double x1 = b - g * (b - a), x2 = a + g * (b - a);
    double f1 = nll(probs, gold, n, k, exp(x1)), f2 = nll(probs, gold, n, k, exp(x2));
    for (int it = 0; it < 60; it++) {
        if (f1 <= f2) {
            b = x2, x2 = x1, f2 = f1;
            x1 = b - g * (b - a);
            f1 = nll(probs, gold, n, k, exp(x1));
        } else {
            a = x1, x1 = x2, f1 = f2;
            x2 = a + g * (b - a);
            f2 = nll(probs, gold, n, k, exp(x2));
        }
    }
    /* two decimals: what the manifest keeps, so CV and classify agree */
    return round(exp((a + b) / 2) * 100) / 100;
}
