/* mem.h -- the allocation policy: allocate or abort.
 *
 * Parley treats out-of-memory as the one unrecoverable error: every other
 * failure is returned to the caller as a value (see err.h). Wrapping malloc
 * once keeps that policy in one place instead of NULL checks everywhere. */
#ifndef PARLEY_MEM_H
#define PARLEY_MEM_H
#include <stddef.h>

void *xmalloc(size_t n);                 /* never returns NULL */
void *xcalloc(size_t n, size_t size);    /* zeroed; checks n*size overflow */
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size); /* checks overflow */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n); /* copies n bytes, adds NUL */

/* Makes room for n elements in the array p of capacity cap (both lvalues),
 * growing by half again (at least 16) so that n appends cost O(n):
 *     ALLOC_GROW(list->v, list->n + 1, list->cap);
 *     list->v[list->n++] = x;
 * In the manner of git's ALLOC_GROW. */
#define ALLOC_GROW(p, n, cap)                                                    \
    do {                                                                         \
        if ((n) > (cap)) {                                                       \
            size_t alloc_grow_ = (cap) + (cap) / 2 > 16 ? (cap) + (cap) / 2 : 16; \
            if (alloc_grow_ < (n)) alloc_grow_ = (n);                            \
            (p) = xreallocarray((p), alloc_grow_, sizeof *(p));                  \
            (cap) = alloc_grow_;                                                 \
        }                                                                        \
    } while (0)

#endif
