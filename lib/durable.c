/* durable.c -- files written atomically and durably (see durable.h). */
#include "durable.h"
#include "buf.h"
#include "err.h"
#include "mem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

mode_t durable_mode(mode_t full) {
    /* umask can only be read by setting it: set it back at once (the
     * program is single-threaded when it writes outputs) */
    mode_t mask = umask(0);
    umask(mask);
    return full & ~mask;
}

FILE *durable_open(struct durable_file *d, const char *path, struct err *e) {
    d->tmp = NULL;
    d->f = NULL;
    if (!path) return d->f = stdout;
    struct buf b = BUF_INIT;
    buf_addf(&b, "%s.tmp-XXXXXX", path);
    d->tmp = buf_detach(&b);
    int fd = mkstemp(d->tmp);
    if (fd < 0) {
        err_sys(e, errno, "cannot create a temporary file beside '%s'", path);
        free(d->tmp);
        d->tmp = NULL;
        return NULL;
    }
    if (fchmod(fd, durable_mode(0666)) != 0 || !(d->f = fdopen(fd, "w"))) {
        err_sys(e, errno, "cannot open a temporary file beside '%s'", path);
        close(fd);
        unlink(d->tmp);
        free(d->tmp);
        d->tmp = NULL;
        return NULL;
    }
    return d->f;
}

int durable_close(FILE *f, const char *path, struct err *e) {
    int bad = fflush(f) != 0 || ferror(f);
    int err = errno;
    if (!bad && fsync(fileno(f)) != 0) bad = 1, err = errno;
    if (fclose(f) != 0 && !bad) bad = 1, err = errno;
    if (bad) return err_sys(e, err ? err : EIO, "cannot write '%s'", path);
    return 0;
}

int durable_commit(struct durable_file *d, const char *path, int ok, struct err *e) {
    if (!d->tmp) { /* standard output */
        if (fflush(d->f) != 0 && ok) return err_sys(e, errno ? errno : EIO, "cannot write output");
        return ok ? 0 : -1;
    }
    int rc = ok ? durable_close(d->f, path, e) : (fclose(d->f), -1);
    if (rc == 0 && rename(d->tmp, path) != 0) rc = err_sys(e, errno, "cannot rename '%s' to '%s'", d->tmp, path);
    if (rc == 0) rc = durable_sync_parent(path, e); /* the rename, too, must last */
    else unlink(d->tmp);
    free(d->tmp);
    d->tmp = NULL;
    d->f = NULL;
    return rc;
}

int durable_sync_parent(const char *path, struct err *e) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
    int rc = 0;
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        rc = err_sys(e, errno, "cannot open directory '%s'", dir);
    } else {
        if (fsync(fd) != 0 && errno != EINVAL) rc = err_sys(e, errno, "cannot sync directory '%s'", dir);
        close(fd);
    }
    free(dir);
    return rc;
}
