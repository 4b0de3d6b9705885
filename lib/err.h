/* err.h -- errors as values.
 *
 * Library functions that can fail return an int status (0 ok, -1 failed)
 * and fill a struct err the caller owns. The message is lower case, has no
 * final full stop, and already names the file and line where that helps
 * ("corpus.tsv:12: unknown label 'demands'"); the CLI only prefixes its own
 * name. The kind says which exit code the CLI should use. */
#ifndef PARLEY_ERR_H
#define PARLEY_ERR_H

enum err_kind {
    ERR_NONE = 0,
    ERR_DATA = 1,  /* bad input data or model: exit 1 */
    ERR_USAGE = 2, /* caller asked for something impossible: exit 2 */
    ERR_IO = 3     /* the system refused (open, write, rename): exit 1 */
};

struct err {
    enum err_kind kind;
    char *msg; /* heap, owned by the struct; NULL when kind == ERR_NONE */
};

#define ERR_INIT {ERR_NONE, 0}

/* Sets the error (replacing any earlier one) and returns -1, so callers can
 * write `return err_set(e, ERR_DATA, "...")`. e may be NULL. */
int err_set(struct err *e, enum err_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Like err_set, appending ": strerror(errnum)". */
int err_sys(struct err *e, int errnum, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefixes the existing message with "prefix: " (adds context on the way up). */
void err_prefix(struct err *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

void err_clear(struct err *e); /* frees the message, back to ERR_NONE */

#endif
