/* durable.c -- syncing the directory of a renamed file (see durable.h). */
#include "durable.h"
#include "err.h"
#include "mem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
