/* tool_progress.c -- progress bar or log lines for long work (see tool.h). */
#include "tool.h"
#include "../lib/mem.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void progress_init(struct progress *p, FILE *f, const char *prog) {
    p->f = f;
    p->prog = prog;
    p->tty = f && isatty(fileno(f));
    p->stage = NULL;
}

void progress_cb(void *ctx, const char *stage, size_t done, size_t total) {
    struct progress *p = ctx;
    if (!p->f) return;
    int same = p->stage && strcmp(p->stage, stage) == 0;
    if (p->tty) {
        if (!same && p->stage) fputc('\n', p->f);
        int width = 30, fill = total ? (int)(width * done / total) : 0;
        fprintf(p->f, "\r%s: %-18s [", p->prog, stage);
        for (int i = 0; i < width; i++) fputc(i < fill ? '#' : ' ', p->f);
        fprintf(p->f, "] %zu/%zu", done, total);
    } else if (done == total || !same) {
        /* In a log: one line when a stage starts and when each step ends. */
        fprintf(p->f, "%s: %s %zu/%zu\n", p->prog, stage, done, total);
    }
    fflush(p->f);
    if (!same) {
        free(p->stage);
        p->stage = xstrdup(stage);
    }
}

void progress_end(struct progress *p) {
    if (p->f && p->tty && p->stage) fputc('\n', p->f);
    free(p->stage);
    p->stage = NULL;
}
