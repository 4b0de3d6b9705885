/* durable.h -- files written atomically and durably.
 *
 * Models and `classify -o` outputs are written under a temporary name
 * beside their final one, flushed and fsynced, then renamed into place,
 * and the directory is synced too (the rename lives in the directory: until
 * it is synced a power loss can bring back the old name, or neither). A run
 * that fails leaves the old file as it was. This module is the one place
 * that does it: durable_open/durable_commit for one file, durable_close
 * and durable_sync_parent for the model directory, which model_save swaps
 * into place itself. */
#ifndef PARLEY_DURABLE_H
#define PARLEY_DURABLE_H
#include <stdio.h>
#include <sys/types.h>

struct err;

/* A file being written: the stream, and the temporary name it has until
 * durable_commit (NULL when writing to standard output). */
struct durable_file {
    FILE *f;
    char *tmp;
};

/* Opens a temporary file beside path, as readable as any new file (not
 * mkstemp's 0600), for writing; with path NULL, standard output. Returns
 * the stream, or NULL with e set. */
FILE *durable_open(struct durable_file *d, const char *path, struct err *e);

/* ok: flushes, fsyncs and closes the file, renames it over path and syncs
 * the directory; not ok (the output is incomplete): removes it. Standard
 * output is only flushed. Returns 0, or -1 with e set (a failed write or
 * rename; the temporary file is removed). */
int durable_commit(struct durable_file *d, const char *path, int ok, struct err *e);

/* Flushes, fsyncs and closes f, written as path (for messages). Returns 0,
 * or -1 with e set; f is closed either way. */
int durable_close(FILE *f, const char *path, struct err *e);

/* fsyncs the directory that contains path ("." when path has no '/').
 * Returns 0, or -1 with e set when the directory cannot be opened or
 * synced. Filesystems that cannot sync a directory (EINVAL) count as
 * success: there is nothing more to do there. */
int durable_sync_parent(const char *path, struct err *e);

/* The permissions of a new file or directory (full: 0666 or 0777) less the
 * process's umask: what mkstemp's 0600 and mkdtemp's 0700 become. */
mode_t durable_mode(mode_t full);

#endif
