/* num.c -- checked strtol/strtod (see num.h). */
#include "num.h"
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

double num_round4(double x) {
    char s[32];
    snprintf(s, sizeof s, "%.4g", x);
    return strtod(s, NULL);
}

int num_long(const char *s, long lo, long hi, long *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

int num_double(const char *s, double lo, double hi, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v) || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

int num_list(const char *s, int n, double *out, int *ints, long lo, long hi) {
    for (int i = 0; i < n; i++) {
        char *end;
        errno = 0;
        if (ints) {
            long v = strtol(s, &end, 10);
            if (errno || end == s || v < lo || v > hi) return -1;
            ints[i] = (int)v;
        } else {
            double v = strtod(s, &end);
            if (errno || end == s || !isfinite(v)) return -1;
            if (out) out[i] = v;
        }
        s = end;
    }
    while (*s == ' ') s++;
    return *s ? -1 : 0;
}
