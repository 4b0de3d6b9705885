/* lines.c -- the bounded line reader (see lines.h). */
#include "lines.h"
#include "mem.h"

ssize_t line_read(FILE *f, char **line, size_t *cap, size_t max) {
    size_t n = 0;
    int c;
    /* one thread reads a stream: no lock per byte (getc takes one) */
    while ((c = getc_unlocked(f)) != EOF) {
        if (n + 2 > *cap) {
            *cap = *cap ? *cap * 2 : 256;
            *line = xrealloc(*line, *cap);
        }
        (*line)[n++] = (char)c;
        if (c == '\n') break;
        if (n > max) return -2;
    }
    if (n == 0) return -1;
    (*line)[n] = '\0';
    if (n > max + (c == '\n')) return -2;
    return (ssize_t)n;
}
