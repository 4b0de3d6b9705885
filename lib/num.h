/* num.h -- checked number parsing (the code never uses atoi/atof: a typo in
 * "-c 1O" must be an error, not 1). */
#ifndef PARLEY_NUM_H
#define PARLEY_NUM_H

/* Parses all of s as a base-10 integer in [lo, hi]. Returns 0 or -1. */
int num_long(const char *s, long lo, long hi, long *out);

/* Parses all of s as a finite double in [lo, hi]. Returns 0 or -1. */
int num_double(const char *s, double lo, double hi, double *out);

#endif
