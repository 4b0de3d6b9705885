/* target.h -- whom a position addresses: the targets the sentence names
 * after a cue such as "called on the United States and NATO to ...",
 * "urged all parties to ...", "demanded that Russia ...", "accused Kyiv
 * of ...", "concerned about Iran's ...".
 *
 * A statement stage, like attribution: it reads the sentence only, and
 * finds nothing rather than guess (a target is named by the sentence, never
 * resolved from a pronoun). Names the actor dictionary knows become its
 * canonical names. */
#ifndef PARLEY_TARGET_H
#define PARLEY_TARGET_H
#include <stddef.h>

struct actors;

/* At most this many targets per sentence. */
#define TARGETS_MAX 8

/* Finds the targets of s[0..len) (UTF-8): fills out with up to TARGETS_MAX
 * new strings (caller frees each), in the order the sentence names them,
 * without repeats; returns how many. dict may be NULL. */
size_t targets_find(const char *s, size_t len, const struct actors *dict, char **out);

#endif
