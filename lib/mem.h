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

#endif
