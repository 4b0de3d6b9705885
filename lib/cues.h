/* cues.h -- the label cues of the annotation scheme as pooled features.
 *
 * ANNOTATION.md names the cue words of each label ("call on, urge, demand
 * ...", "willing/ready/prepared to, offered ..."). As plain n-grams each cue
 * is a separate and often rare feature, and stemming even merges some with
 * unrelated words ("willing" -> "will"). One pooled term per label
 * ("#cue:concession") lets the classifier learn the weight of the whole cue
 * class from all its members at once. A cue with a negation among the three
 * words before it counts under its own term ("#cue:demand:neg"), since "did
 * not demand" is not a demand. Neither a phrase nor a negation's reach
 * crosses punctuation.
 *
 * Measured (issue 4): 5-fold CV by document on the 7,139 non-dev statements,
 * macro-F1 0.587 without the cue terms, 0.603 with them; concession F1 0.368
 * -> 0.399, demand 0.593 -> 0.626.
 *
 * The list is part of what a model means: a model records its version in
 * its manifest ("cues annotation-3"), and changing the list means a new
 * version; a model of an older version is read with the list it was
 * trained with. */
#ifndef PARLEY_CUES_H
#define PARLEY_CUES_H
#include <stddef.h>

/* The versions of the list: annotation-2 (the cue words of ANNOTATION.md)
 * and annotation-3 (with the inflections annotation-2 missed). New models
 * use the latest. */
#define CUES_LATEST 3

/* The version a manifest names ("annotation-2" -> 2), or -1. */
int cues_version(const char *name);

/* Calls emit(term, arg) once per occurrence, in the normalised (case-
 * folded, unstemmed) words w[0..n), of a cue of the list's version (an
 * empty word stands for punctuation). Terms start with '#', which no
 * normalised token does, so they never collide with word n-grams. */
void cues_scan(int version, char *const *w, size_t n, void (*emit)(const char *term, void *arg),
               void *arg);

#endif
