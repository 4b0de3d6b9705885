/* progress.h -- progress lines for long work, drawn by the CLIs.
 *
 * The library only reports (stage, done, total) through callbacks; this
 * small helper turns them into a bar on a terminal or plain lines in a log.
 * It is the one place besides the CLIs' main() that writes to the user, and
 * it only writes to the stream it is given. */
#ifndef PARLEY_PROGRESS_H
#define PARLEY_PROGRESS_H
#include <stddef.h>
#include <stdio.h>

struct progress {
    FILE *f;          /* NULL: silent */
    const char *prog; /* program name prefix */
    int tty;          /* redraw one line with \r */
    char *stage;      /* last stage drawn */
};

void progress_init(struct progress *p, FILE *f, const char *prog);
/* Matches learn_progress: progress_cb(ctx = struct progress *, ...). */
void progress_cb(void *ctx, const char *stage, size_t done, size_t total);
void progress_end(struct progress *p); /* ends a terminal line */

#endif
