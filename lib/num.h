/* num.h -- checked number parsing (the code never uses atoi/atof: a typo in
 * "-c 1O" must be an error, not 1). */
#ifndef PARLEY_NUM_H
#define PARLEY_NUM_H

/* Parses all of s as a base-10 integer in [lo, hi]. Returns 0 or -1. */
int num_long(const char *s, long lo, long hi, long *out);

/* Parses all of s as a finite double in [lo, hi]. Returns 0 or -1. */
int num_double(const char *s, double lo, double hi, double *out);

/* Parses n space-separated numbers from s, nothing after them but spaces:
 * finite doubles into out (may be NULL), or with ints not NULL, integers
 * in [lo, hi] into ints. Returns 0 when exactly n are there, else -1. For
 * the model file checks (clf.c, clf_linear.c). */
int num_list(const char *s, int n, double *out, int *ints, long lo, long hi);

/* x rounded to 4 significant digits: the precision of every probability
 * Parley writes in JSON, so that a threshold compared with it gives the same
 * answer on a value read back (classify --from-statements). */
double num_round4(double x);

#endif
