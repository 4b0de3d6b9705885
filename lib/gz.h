/* gz.h -- gzip data in memory, inflated (zlib), for inputs read whole.
 *
 * classify reads .gz files and gzip data on standard input as if they were
 * the plain text inside: it recognises the gzip magic bytes, not the name. */
#ifndef PARLEY_GZ_H
#define PARLEY_GZ_H
#include <stddef.h>

struct err;

/* Largest inflated size accepted: a "gzip bomb" is an error, not an
 * out-of-memory crash. */
#define GZ_MAX_OUT ((size_t)1 << 30)

/* 1 when the n bytes at p start like gzip data (1f 8b). */
int gz_is_gzip(const unsigned char *p, size_t n);

/* Inflates the gzip data (one or more members) of n bytes at in into a
 * new buffer *out of *outlen bytes (caller frees). Returns 0, or -1 with e
 * set (ERR_DATA naming name) for corrupt or truncated data or an output
 * over GZ_MAX_OUT. */
int gz_inflate(const char *in, size_t n, const char *name, char **out, size_t *outlen,
               struct err *e);

#endif
