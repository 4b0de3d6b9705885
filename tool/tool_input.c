/* tool_input.c -- input files opened for the programs (see tool.h):
 * in place when they can seek, else read whole (standard input, pipes),
 * and gzip data inflated either way. */
#include "tool.h"
#include "../lib/buf.h"
#include "../lib/err.h"
#include "../lib/gz.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A stream that cannot seek (standard input, a pipe, <(...)) read whole
 * into memory, so that it can be sniffed and re-read like a file. */
static FILE *slurp(FILE *in, const char *name, char **mem, size_t *len, int allow_empty, struct err *e) {
    struct buf b = BUF_INIT;
    if (buf_add_file(&b, in)) {
        buf_free(&b);
        err_set(e, ERR_IO, "cannot read '%s'", name);
        return NULL;
    }
    *len = b.len;
    *mem = buf_detach(&b);
    if (gz_is_gzip((const unsigned char *)*mem, *len)) { /* a .gz file or gzip on stdin */
        char *plain;
        size_t plen;
        if (gz_inflate(*mem, *len, name, &plain, &plen, e)) return NULL;
        free(*mem);
        *mem = plain;
        *len = plen;
    }
    if (*len == 0) {
        if (allow_empty) { /* a stream with nothing in it */
            FILE *z = fopen("/dev/null", "r");
            if (!z) err_sys(e, errno, "cannot open /dev/null");
            return z;
        }
        err_set(e, ERR_DATA, "%s: empty file", name);
        return NULL;
    }
    FILE *m = fmemopen(*mem, *len, "r");
    if (!m) err_sys(e, errno, "cannot read '%s'", name);
    return m;
}
/* Opens path ("-": standard input) for reading; *name is what messages
 * call it. NULL with e set when it cannot be opened. */
static FILE *open_input(const char *path, const char **name, struct err *e) {
    int is_stdin = strcmp(path, "-") == 0;
    *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f) {
        err_sys(e, errno, "cannot open '%s'", path);
        e->kind = ERR_DATA;
    }
    return f;
}

FILE *tool_open_data(const char *path, const char **name, char **mem, int allow_empty,
                     struct err *e) {
    *mem = NULL;
    FILE *f = open_input(path, name, e);
    if (!f) return NULL;
    int is_stdin = f == stdin, gz = 0;
    if (!is_stdin && fseek(f, 0, SEEK_CUR) == 0) {
        unsigned char magic[2];
        size_t got = fread(magic, 1, 2, f);
        gz = gz_is_gzip(magic, got);
        rewind(f);
    }
    if (!is_stdin && !gz && fseek(f, 0, SEEK_CUR) == 0) return f;
    size_t memlen = 0;
    FILE *m = slurp(f, *name, mem, &memlen, allow_empty, e);
    if (!is_stdin) fclose(f);
    if (!m) {
        if (e->kind == ERR_IO) e->kind = ERR_DATA;
        free(*mem);
        *mem = NULL;
    }
    return m;
}

