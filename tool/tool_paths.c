/* tool_paths.c -- where the shipped data is (see tool.h): the source tree,
 * beside the executable, or the installed data directory. */
#include "tool.h"
#include "../lib/buf.h"
#include "../lib/mem.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PARLEY_DATADIR
#define PARLEY_DATADIR "/usr/local/share/parley"
#endif

/* The directory of the running executable, or NULL. Caller frees. */
static char *exe_dir(void) {
    struct buf b = BUF_INIT;
    for (size_t cap = 256;; cap *= 2) {
        buf_reset(&b);
        buf_grow(&b, cap);
        ssize_t n = readlink("/proc/self/exe", b.p, cap);
        if (n < 0) break;
        if ((size_t)n < cap) {
            b.p[n] = '\0';
            b.len = (size_t)n;
            char *slash = strrchr(b.p, '/');
            if (!slash) break;
            b.len = (size_t)(slash - b.p);
            b.p[b.len] = '\0';
            return buf_detach(&b);
        }
    }
    buf_free(&b);
    return NULL;
}

char *tool_shipped(const char *rel, const char *probe) {
    if (access(probe, F_OK) == 0) return xstrdup(rel);
    const char *inside = probe + strlen(rel); /* "" or "/manifest" */
    const char *base = strncmp(rel, "corpus/", 7) == 0 ? rel + 7 : rel;
    char *dir = exe_dir();
    struct buf b = BUF_INIT;
    if (dir) {
        /* beside a source tree's bin/, then an install's share/parley */
        const char *const under[][2] = {{"..", rel}, {"../share/parley", base}};
        for (size_t i = 0; i < 2; i++) {
            buf_reset(&b);
            buf_addf(&b, "%s/%s/%s%s", dir, under[i][0], under[i][1], inside);
            if (access(b.p, F_OK) == 0) {
                b.len -= strlen(inside);
                b.p[b.len] = '\0';
                free(dir);
                return buf_detach(&b);
            }
        }
        free(dir);
    }
    buf_reset(&b);
    buf_addf(&b, "%s/%s", PARLEY_DATADIR, base);
    return buf_detach(&b);
}

char *tool_default_model(void) {
    const char *env = getenv("PARLEY_MODEL");
    if (env && *env) return xstrdup(env);
    return tool_shipped("models/default", "models/default/manifest");
}

