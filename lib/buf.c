/* buf.c -- growable byte buffer (see buf.h). */
#include "buf.h"
#include "mem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_grow(struct buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

void buf_add(struct buf *b, const char *p, size_t len) {
    buf_grow(b, len);
    if (len) memcpy(b->p + b->len, p, len);
    b->len += len;
    b->p[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_addc(struct buf *b, char c) { buf_add(b, &c, 1); }

void buf_vaddf(struct buf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    /* Measure first, then write into exactly enough room. */
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    buf_grow(b, (size_t)n);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_addf(struct buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    buf_vaddf(b, fmt, ap);
    va_end(ap);
}

void buf_reset(struct buf *b) {
    b->len = 0;
    if (b->p) b->p[0] = '\0';
}

const char *buf_str(struct buf *b) { return b->p ? b->p : ""; }

char *buf_detach(struct buf *b) {
    char *p = b->p ? b->p : xstrdup("");
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

void buf_free(struct buf *b) {
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

int buf_add_file(struct buf *b, FILE *f) {
    char block[65536];
    size_t n;
    while ((n = fread(block, 1, sizeof block, f)) > 0) buf_add(b, block, n);
    return ferror(f) ? -1 : 0;
}
