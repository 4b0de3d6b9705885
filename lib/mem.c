/* mem.c -- allocate or abort (see mem.h for why). */
#include "mem.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The library never prints, except here: there is no one left to return an
 * error to when memory is gone, so say why we die and abort. */
static void oom(size_t n) {
    fprintf(stderr, "parley: out of memory allocating %zu bytes\n", n);
    abort();
}

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) oom(n);
    return p;
}

void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) oom(n * size);
    return p;
}

void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) oom(n);
    return q;
}

void *xreallocarray(void *p, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) oom(SIZE_MAX);
    return xrealloc(p, n * size);
}

char *xstrndup(const char *s, size_t n) {
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }
