/* buf.h -- a growable byte buffer, always NUL-terminated.
 *
 * Used wherever the library builds a string whose size is not known in
 * advance (error messages, normalised tokens, output lines), so that nothing
 * is ever truncated into a fixed array. */
#ifndef PARLEY_BUF_H
#define PARLEY_BUF_H
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

struct buf {
    char *p;    /* NUL-terminated contents (NULL until first write) */
    size_t len; /* bytes used, excluding the NUL */
    size_t cap;
};

#define BUF_INIT {0, 0, 0}

void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const char *p, size_t len);

/* Appends everything f has left to read. 0, or -1 on a read error (what
 * was read is kept). */
int buf_add_file(struct buf *b, FILE *f);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b); /* len = 0, keeps the memory */
const char *buf_str(struct buf *b); /* "" for an empty buffer */
char *buf_detach(struct buf *b);    /* caller frees; buffer is reset to empty */
void buf_free(struct buf *b);

#endif
