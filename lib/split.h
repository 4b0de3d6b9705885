/* split.h -- cross-validation folds drawn by document.
 *
 * Sentences of one speech or article share vocabulary, names and stance;
 * splitting them across folds would flatter the figures. So folds are made
 * of whole groups: statements with the same group key stay together. The
 * group order is shuffled with GSL's generator seeded by the caller, so the
 * folds are the same on every machine for the same seed. */
#ifndef PARLEY_SPLIT_H
#define PARLEY_SPLIT_H
#include <stddef.h>

struct stmt;

/* The document a statement comes from: its `source` up to the last ':'
 * (raw record id without offsets), else its id, else a key unique to it. */
char *split_group_key(const struct stmt *s, size_t index);

/* Assigns fold[i] in [0, k) to each of n statements with group keys keys[i]:
 * groups in seeded random order, each to the currently smallest fold. */
void split_folds(char *const *keys, size_t n, int k, unsigned long seed, int *fold);

#endif
