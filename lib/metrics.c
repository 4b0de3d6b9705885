/* metrics.c -- precision, recall, F1 and the confusion table (see metrics.h). */
#include "metrics.h"
#include "buf.h"
#include <string.h>

void metrics_compute(const int *gold, const int *pred, size_t n, const struct labelset *ls,
                     struct metrics *m) {
    memset(m, 0, sizeof *m);
    m->labels = *ls;
    m->n = n;
    size_t right = 0;
    for (size_t i = 0; i < n; i++) {
        m->confusion[gold[i]][pred[i]]++;
        right += gold[i] == pred[i];
    }
    int present = 0, k_labels = (int)ls->n;
    for (int l = 0; l < k_labels; l++) {
        size_t tp = m->confusion[l][l], predicted = 0, actual = 0;
        for (int k = 0; k < k_labels; k++) {
            predicted += m->confusion[k][l];
            actual += m->confusion[l][k];
        }
        m->support[l] = actual;
        m->precision[l] = predicted ? (double)tp / (double)predicted : 0;
        m->recall[l] = actual ? (double)tp / (double)actual : 0;
        double s = m->precision[l] + m->recall[l];
        m->f1[l] = s > 0 ? 2 * m->precision[l] * m->recall[l] / s : 0;
        if (actual) {
            m->macro_f1 += m->f1[l];
            present++;
        }
    }
    if (present) m->macro_f1 /= present;
    m->accuracy = n ? (double)right / (double)n : 0;
}

void metrics_format(const struct metrics *m, struct buf *out) {
    const struct labelset *ls = &m->labels;
    int k = (int)ls->n;
    buf_addf(out, "%-12s %9s %9s %9s %9s\n", "label", "precision", "recall", "f1", "support");
    for (int l = 0; l < k; l++)
        buf_addf(out, "%-12s %9.3f %9.3f %9.3f %9zu\n", labels_name(ls, l), m->precision[l],
                 m->recall[l], m->f1[l], m->support[l]);
    buf_addf(out, "%-12s %29.3f %9zu\n", "macro-F1", m->macro_f1, m->n);
    buf_addf(out, "%-12s %29.3f %9zu\n", "accuracy", m->accuracy, m->n);
    buf_addf(out, "\nconfusion (rows gold, columns predicted)\n%-12s", "");
    for (int l = 0; l < k; l++) buf_addf(out, " %10s", labels_name(ls, l));
    buf_addc(out, '\n');
    for (int g = 0; g < k; g++) {
        buf_addf(out, "%-12s", labels_name(ls, g));
        for (int p = 0; p < k; p++) buf_addf(out, " %10zu", m->confusion[g][p]);
        buf_addc(out, '\n');
    }
}
