/* durable.h -- making a rename survive a crash.
 *
 * Models and `classify -o` outputs are written to a temporary name, synced
 * and renamed into place. The rename itself lives in the directory, so
 * until the directory is synced a power loss can bring back the old name
 * (or neither). This syncs it. */
#ifndef PARLEY_DURABLE_H
#define PARLEY_DURABLE_H

struct err;

/* fsyncs the directory that contains path ("." when path has no '/').
 * Returns 0, or -1 with e set when the directory cannot be opened or
 * synced. Filesystems that cannot sync a directory (EINVAL) count as
 * success: there is nothing more to do there. */
int durable_sync_parent(const char *path, struct err *e);

#endif
