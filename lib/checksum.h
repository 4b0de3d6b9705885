/* checksum.h -- FNV-1a 64-bit checksums of byte streams.
 *
 * Not cryptographic: they exist to notice a corpus that changed under a
 * model, and a model file that was truncated or edited, before libsvm's
 * loader (which trusts its input) ever sees it. */
#ifndef PARLEY_CHECKSUM_H
#define PARLEY_CHECKSUM_H
#include <stddef.h>
#include <stdint.h>

#define CHECKSUM_INIT UINT64_C(0xcbf29ce484222325)

uint64_t checksum_update(uint64_t h, const void *p, size_t len);

struct err;
/* Checksums a whole file. Returns 0, or -1 with e set (cannot open/read). */
int checksum_file(const char *path, uint64_t *out, struct err *e);

#endif
