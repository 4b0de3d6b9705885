/* gz.c -- gzip inflation in memory (see gz.h). */
#include "gz.h"
#include "buf.h"
#include "err.h"
#include <zlib.h>

int gz_is_gzip(const unsigned char *p, size_t n) { return n >= 2 && p[0] == 0x1f && p[1] == 0x8b; }

int gz_inflate(const char *in, size_t n, const char *name, char **out, size_t *outlen,
               struct err *e) {
    struct buf b = BUF_INIT;
    z_stream z = {0};
    /* 16 + MAX_WBITS: a gzip header and trailer, not a raw zlib stream */
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return err_set(e, ERR_IO, "%s: zlib cannot start", name);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)(n > 0xffffffffu ? 0xffffffffu : n);
    size_t left = n - z.avail_in;
    int rc = Z_OK;
    for (;;) {
        buf_grow(&b, 1 << 16);
        z.next_out = (Bytef *)(b.p + b.len);
        z.avail_out = (uInt)(b.cap - b.len - 1);
        size_t before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        b.len += before - z.avail_out;
        if (b.len > GZ_MAX_OUT) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc == Z_STREAM_END) {
            if (!z.avail_in && !left) break;
            inflateReset(&z); /* concatenated members, as gzip -d reads them */
            rc = Z_OK;
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) break;
        if (rc == Z_BUF_ERROR && !z.avail_in && !left) break; /* truncated */
        if (!z.avail_in && left) {
            z.avail_in = (uInt)(left > 0xffffffffu ? 0xffffffffu : left);
            left -= z.avail_in;
        }
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) {
        buf_free(&b);
        if (rc == Z_MEM_ERROR) return err_set(e, ERR_DATA, "%s: inflates to over %zu bytes", name, GZ_MAX_OUT);
        return err_set(e, ERR_DATA, "%s: corrupt or truncated gzip data", name);
    }
    b.p[b.len] = '\0';
    *outlen = b.len;
    *out = buf_detach(&b);
    return 0;
}
