/* tool.h -- the program layer shared by train and classify, apart from the
 * library (as curl keeps its tool_* files apart from lib/): the program's
 * name and its messages, option names for getopt errors, the shipped data
 * files, and input files opened whole or in place. The library never
 * prints or exits; these functions are the only ones besides the two
 * main()s that write to the user, and only to stderr. */
#ifndef PARLEY_TOOL_H
#define PARLEY_TOOL_H
#include <stddef.h>
#include <stdio.h>

struct err;

/* The program's name as invoked ("parley-classify" when installed), for
 * its messages; fallback until tool_init is called. */
extern const char *tool_prog;

/* Sets tool_prog from argv[0] (its last path component), else fallback. */
void tool_init(const char *argv0, const char *fallback);

/* "PROG: <fmt with arg>" and the --help hint on stderr; returns 2, the exit
 * status of bad usage. */
int tool_usage_error(const char *fmt, const char *arg);

/* "PROG: <e's message>" on stderr, e cleared; returns the exit status its
 * kind calls for (2 bad usage, else 1). */
int tool_fail(struct err *e);

/* The option getopt stopped at, for "unknown option" and "needs a value"
 * messages: the long option as written ("--model"), else "-x" from optopt.
 * argv and optind as getopt left them. The result may point into a static
 * buffer that the next call overwrites. */
const char *tool_option_name(char *const *argv, int optind, int optopt);

/* ---- tool_paths.c: the shipped data ----------------------------------- */

/* A file of the shipped data, the first that exists of: ./REL (run from
 * the source tree), <dir of the executable>/../REL (bin/classify of a
 * source tree, run from anywhere), <dir of the executable>/../share/parley
 * (installed with `make install PREFIX=...` wherever), and the data
 * directory compiled in. probe is the file that must exist (REL itself or a
 * file inside it). Caller frees; the last candidate when none exists. */
char *tool_shipped(const char *rel, const char *probe);

/* The default model directory: $PARLEY_MODEL, else the shipped one.
 * Caller frees. */
char *tool_default_model(void);

/* ---- tool_input.c: input files ---------------------------------------- */

/* Opens path for reading ("-": standard input; *name is what messages call
 * it). A plain file is read where it is; standard input, gzip data and
 * streams that cannot seek are read through zlib as they come (inflated
 * when gzip), never whole: the first megabyte or so is kept, so a reader
 * may sniff the first line and seek back to the start. *mem is NULL (kept
 * for callers that free it). allow_empty: an empty stream reads as empty
 * (else an error). NULL with e set (ERR_DATA) when it cannot be opened or
 * read. */
FILE *tool_open_data(const char *path, const char **name, char **mem, int allow_empty,
                     struct err *e);

/* ---- tool_progress.c: progress on long work --------------------------- */

/* The library only reports (stage, done, total) through callbacks; this
 * turns them into a bar on a terminal or plain lines in a log, on the
 * stream it is given. */
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
