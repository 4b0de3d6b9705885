/* tool_input.c -- input files opened for the programs (see tool.h): a
 * plain file that can seek is read in place; standard input, pipes and
 * gzip data are read through zlib as they come (gzip inflated, plain data
 * passed through), never held whole, with the first bytes kept so that
 * the readers can sniff the first line and seek back to the start. */
#define _GNU_SOURCE /* fopencookie */
#include "tool.h"
#include "../lib/corpus.h"
#include "../lib/err.h"
#include "../lib/gz.h"
#include "../lib/mem.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#include <zlib.h>

/* Kept from the start of a stream: the longest line the readers sniff,
 * and some. */
#define HEAD_MAX (CORPUS_MAX_LINE + 65536)

/* A stream read through zlib (struct and cookie functions for
 * fopencookie). */
struct zin {
    gzFile gz;
    char *head;     /* the stream's first bytes, while a seek back may come */
    size_t headlen;
    size_t pos;     /* offset of the next byte the reader gets */
    int recording;  /* bytes read past head are still appended to it */
};

static ssize_t zin_read(void *cookie, char *buf, size_t size) {
    struct zin *z = cookie;
    if (z->pos < z->headlen) { /* replay the kept start */
        size_t n = z->headlen - z->pos < size ? z->headlen - z->pos : size;
        memcpy(buf, z->head + z->pos, n);
        z->pos += n;
        return (ssize_t)n;
    }
    if (size > (unsigned)0x7fffffff) size = 0x7fffffff;
    int got = gzread(z->gz, buf, (unsigned)size), gzerr;
    gzerror(z->gz, &gzerr);
    if (got < 0 || gzerr != Z_OK) { /* corrupt or truncated gzip data */
        errno = EIO;
        return -1;
    }
    if (z->recording && z->headlen + (size_t)got <= HEAD_MAX) {
        memcpy(z->head + z->headlen, buf, (size_t)got);
        z->headlen += (size_t)got;
    } else if (z->recording) { /* past the sniffing: nothing to seek back to */
        z->recording = 0;
        free(z->head);
        z->head = NULL;
        z->headlen = 0;
    }
    z->pos += (size_t)got;
    if (!z->recording) z->headlen = 0; /* positions past head are streamed */
    return got;
}

/* Only to where the kept start allows: ftell, and fseek back to it. */
static int zin_seek(void *cookie, off64_t *off, int whence) {
    struct zin *z = cookie;
    off64_t to = whence == SEEK_SET ? *off : whence == SEEK_CUR ? (off64_t)z->pos + *off : -1;
    if (to == (off64_t)z->pos) {
        *off = to;
        return 0;
    }
    if (to < 0 || !z->recording || (size_t)to > z->headlen) {
        errno = ESPIPE;
        return -1;
    }
    z->pos = (size_t)to;
    *off = to;
    return 0;
}

static int zin_close(void *cookie) {
    struct zin *z = cookie;
    int rc = gzclose_r(z->gz) == Z_OK ? 0 : -1;
    free(z->head);
    free(z);
    return rc;
}

/* The stream of fd through zlib, its first bytes read ahead: NULL with e
 * set when it cannot be read or is empty and allow_empty is not set. */
static FILE *stream_input(int fd, const char *name, int allow_empty, struct err *e) {
    int dfd = dup(fd);
    gzFile gz = dfd < 0 ? NULL : gzdopen(dfd, "rb");
    if (!gz) {
        if (dfd >= 0) close(dfd);
        err_sys(e, errno ? errno : ENOMEM, "cannot read '%s'", name);
        return NULL;
    }
    gzbuffer(gz, 1 << 17);
    struct zin *z = xcalloc(1, sizeof *z);
    z->gz = gz;
    z->head = xmalloc(HEAD_MAX);
    z->recording = 1;
    int got = gzread(gz, z->head, 65536);
    int gzerr;
    gzerror(gz, &gzerr);
    if (got < 0 || gzerr != Z_OK) { /* Z_BUF_ERROR: the input ended inside the gzip data */
        err_set(e, ERR_DATA, "%s: corrupt or truncated gzip data", name);
        zin_close(z);
        return NULL;
    }
    z->headlen = (size_t)got;
    if (!got && !allow_empty) {
        err_set(e, ERR_DATA, "%s: empty file", name);
        zin_close(z);
        return NULL;
    }
    cookie_io_functions_t io = {zin_read, NULL, zin_seek, zin_close};
    FILE *f = fopencookie(z, "r", io);
    if (!f) {
        err_sys(e, errno, "cannot read '%s'", name);
        zin_close(z);
    }
    return f;
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
    /* the descriptor itself back to the start: rewind may have moved only
     * the stdio buffer */
    if (!is_stdin) lseek(fileno(f), 0, SEEK_SET);
    FILE *m = stream_input(fileno(f), *name, allow_empty, e);
    if (!is_stdin) fclose(f);
    if (!m && e->kind == ERR_IO) e->kind = ERR_DATA;
    return m;
}
