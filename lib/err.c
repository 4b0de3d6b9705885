/* err.c -- errors as values (see err.h). */
#include "err.h"
#include "buf.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int err_set(struct err *e, enum err_kind kind, const char *fmt, ...) {
    if (!e) return -1;
    struct buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vaddf(&b, fmt, ap);
    va_end(ap);
    free(e->msg);
    e->kind = kind;
    e->msg = buf_detach(&b);
    return -1;
}

int err_sys(struct err *e, int errnum, const char *fmt, ...) {
    if (!e) return -1;
    struct buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vaddf(&b, fmt, ap);
    va_end(ap);
    buf_addf(&b, ": %s", strerror(errnum));
    free(e->msg);
    e->kind = ERR_IO;
    e->msg = buf_detach(&b);
    return -1;
}

void err_prefix(struct err *e, const char *fmt, ...) {
    if (!e || e->kind == ERR_NONE) return;
    struct buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vaddf(&b, fmt, ap);
    va_end(ap);
    buf_addf(&b, ": %s", e->msg ? e->msg : "");
    free(e->msg);
    e->msg = buf_detach(&b);
}

void err_clear(struct err *e) {
    if (!e) return;
    free(e->msg);
    e->msg = NULL;
    e->kind = ERR_NONE;
}
