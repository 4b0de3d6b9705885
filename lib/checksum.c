/* checksum.c -- FNV-1a 64 (see checksum.h). */
#include "checksum.h"
#include "err.h"
#include <errno.h>
#include <stdio.h>

uint64_t checksum_update(uint64_t h, const void *p, size_t len) {
    const unsigned char *s = p;
    for (size_t i = 0; i < len; i++) {
        h ^= s[i];
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}

int checksum_file(const char *path, uint64_t *out, struct err *e) {
    FILE *f = fopen(path, "rb");
    if (!f) return err_sys(e, errno, "cannot open '%s'", path);
    unsigned char block[65536];
    uint64_t h = CHECKSUM_INIT;
    size_t n;
    while ((n = fread(block, 1, sizeof block, f)) > 0) h = checksum_update(h, block, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) return err_set(e, ERR_IO, "cannot read '%s'", path);
    *out = h;
    return 0;
}
